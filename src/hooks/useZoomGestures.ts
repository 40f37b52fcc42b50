import { type RefObject, useRef } from 'react';
import { getWheelIntent } from '../interaction/wheelIntent.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

export interface ZoomGestureHandlers {
  /** Zoom by `factor` (> 1 zooms in) keeping the point at `anchorPx` fixed. */
  readonly zoomAt: (factor: number, anchorPx: number, animate?: boolean) => void;
  /** Move the view content by `dxPx` (positive moves it right, back in time). */
  readonly panBy: (dxPx: number) => void;
  /** A plain wheel scrolled the page: remind the reader how to zoom. */
  readonly onPageWheel: () => void;
}

export interface UseZoomGesturesOptions extends ZoomGestureHandlers {
  /** Zoom on a plain wheel too, for full-page apps where nothing else scrolls. */
  readonly isPlainWheelZoom: boolean;
}

/** Movement a press needs before it becomes a drag, so a click on an event stays a click. */
const DRAG_THRESHOLD_PX = 4;
/** Zoom factor of a double-click or double-tap. */
const DOUBLE_CLICK_ZOOM = 2;

interface Pointer {
  x: number;
  y: number;
}

/**
 * Wheel, drag, pinch and double-click on `ref`, all turned into `zoomAt`/`panBy` calls.
 * Listeners are native: the wheel one must be non-passive to stop the page from zooming on
 * ctrl + wheel, which React's synthetic wheel listener cannot do. Touch relies on the
 * element's `touch-action: pan-y`: the browser keeps vertical swipes (the page scrolls and we
 * get `pointercancel`) and hands us horizontal pans and pinches.
 */
export function useZoomGestures(
  ref: RefObject<HTMLElement | null>,
  options: UseZoomGesturesOptions,
): void {
  // Listeners are attached once; they read the newest handlers through this ref.
  const latest = useRef(options);
  latest.current = options;

  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const pointers = new Map<number, Pointer>();
    let dragDistance = 0;
    let isDragging = false;
    let suppressClick = false;
    const localX = (clientX: number) => clientX - element.getBoundingClientRect().left;

    const onWheel = (event: WheelEvent) => {
      const intent = getWheelIntent(event, {
        isPlainWheelZoom: latest.current.isPlainWheelZoom,
        pageHeightPx: element.clientHeight,
      });
      if (intent.type === 'scrollPage') {
        latest.current.onPageWheel();
        return;
      }
      event.preventDefault();
      if (intent.type === 'zoom') latest.current.zoomAt(intent.factor, localX(event.clientX));
      else latest.current.panBy(intent.dxPx);
    };

    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.size === 1) {
        dragDistance = 0;
        isDragging = false;
      }
    };

    const onPointerMove = (event: PointerEvent) => {
      const previous = pointers.get(event.pointerId);
      if (!previous) return;
      if (pointers.size >= 2) {
        const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)?.[1];
        pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
        if (!other) return;
        const before = Math.hypot(previous.x - other.x, previous.y - other.y);
        const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
        const midBefore = (previous.x + other.x) / 2;
        const midAfter = (event.clientX + other.x) / 2;
        isDragging = true;
        if (before > 0 && after > 0) latest.current.zoomAt(after / before, localX(midAfter));
        latest.current.panBy(midAfter - midBefore);
        return;
      }
      const dx = event.clientX - previous.x;
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      dragDistance += Math.abs(dx);
      if (!isDragging && dragDistance >= DRAG_THRESHOLD_PX) {
        isDragging = true;
        // Captured only once it is a drag: capturing on press would retarget the click.
        element.setPointerCapture?.(event.pointerId);
        element.dataset.state = 'dragging';
      }
      if (isDragging) latest.current.panBy(dx);
    };

    const onPointerEnd = (event: PointerEvent) => {
      if (!pointers.delete(event.pointerId)) return;
      if (pointers.size === 0) {
        if (isDragging) suppressClick = event.type === 'pointerup';
        isDragging = false;
        delete element.dataset.state;
      }
    };

    // A drag that ends over an event must not select it.
    const onClickCapture = (event: MouseEvent) => {
      if (!suppressClick) return;
      suppressClick = false;
      event.stopPropagation();
      event.preventDefault();
    };
    const onPointerDownReset = () => {
      suppressClick = false;
    };

    const onDoubleClick = (event: MouseEvent) => {
      latest.current.zoomAt(DOUBLE_CLICK_ZOOM, localX(event.clientX), true);
    };

    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('pointerdown', onPointerDownReset, { capture: true });
    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerEnd);
    element.addEventListener('pointercancel', onPointerEnd);
    element.addEventListener('click', onClickCapture, { capture: true });
    element.addEventListener('dblclick', onDoubleClick);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('pointerdown', onPointerDownReset, { capture: true });
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerEnd);
      element.removeEventListener('pointercancel', onPointerEnd);
      element.removeEventListener('click', onClickCapture, { capture: true });
      element.removeEventListener('dblclick', onDoubleClick);
    };
  }, [ref]);
}
