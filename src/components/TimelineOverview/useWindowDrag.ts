import { type PointerEvent, type RefObject, useCallback, useRef, useState } from 'react';
import {
  MIN_WINDOW_SPAN_MS,
  moveWindow,
  resizeWindow,
  type TimeRange,
} from '../../layout/overviewWindow.js';

/** What a pointer drags: the window's body moves it, a handle moves one of its edges. */
export type WindowDragPart = 'move' | 'start' | 'end';

export interface UseWindowDragOptions {
  /** The strip the window slides along; its width turns pixels into time. */
  readonly stripRef: RefObject<HTMLElement | null>;
  readonly range: TimeRange;
  readonly domain: TimeRange;
  readonly onChange: (range: TimeRange) => void;
}

export interface WindowDrag {
  readonly isDragging: boolean;
  /** `onPointerDown` for the window's body (`move`) or one of its handles. */
  readonly getPartProps: (part: WindowDragPart) => {
    readonly onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  };
  /** Listeners for the window element, which the captured pointer's events bubble to. */
  readonly windowProps: {
    readonly onPointerMove: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerUp: (event: PointerEvent<HTMLElement>) => void;
    readonly onPointerCancel: (event: PointerEvent<HTMLElement>) => void;
  };
}

interface DragStart {
  readonly pointerId: number;
  readonly part: WindowDragPart;
  readonly x: number;
  readonly range: TimeRange;
  readonly msPerPx: number;
}

/**
 * Dragging the overview window with a mouse, pen or finger. Each move is measured from where
 * the drag began, not from the last event, so rounding never accumulates and a drag back to
 * the start returns exactly to the start. The pointer is captured, so the drag keeps going
 * outside the strip.
 */
export function useWindowDrag({
  stripRef,
  range,
  domain,
  onChange,
}: UseWindowDragOptions): WindowDrag {
  const drag = useRef<DragStart | null>(null);
  const [isDragging, setIsDragging] = useState(false);
  const latest = useRef({ range, domain, onChange });
  latest.current = { range, domain, onChange };

  const getPartProps = useCallback(
    (part: WindowDragPart) => ({
      onPointerDown: (event: PointerEvent<HTMLElement>) => {
        const width = stripRef.current?.getBoundingClientRect().width ?? 0;
        if (event.button !== 0 || drag.current !== null || width <= 0) return;
        // A handle inside the window must not also start a move of the window.
        event.stopPropagation();
        event.currentTarget.setPointerCapture(event.pointerId);
        const { range: current, domain: extent } = latest.current;
        drag.current = {
          pointerId: event.pointerId,
          part,
          x: event.clientX,
          range: current,
          msPerPx: (extent[1] - extent[0]) / width,
        };
        setIsDragging(true);
      },
    }),
    [stripRef],
  );

  const onPointerMove = useCallback((event: PointerEvent<HTMLElement>) => {
    const start = drag.current;
    if (start === null || start.pointerId !== event.pointerId) return;
    const { domain: extent, onChange: notify } = latest.current;
    const deltaMs = (event.clientX - start.x) * start.msPerPx;
    notify(
      start.part === 'move'
        ? moveWindow(start.range, extent, deltaMs)
        : resizeWindow(start.range, extent, deltaMs, MIN_WINDOW_SPAN_MS, start.part),
    );
  }, []);

  const onPointerEnd = useCallback((event: PointerEvent<HTMLElement>) => {
    if (drag.current?.pointerId !== event.pointerId) return;
    drag.current = null;
    setIsDragging(false);
  }, []);

  return {
    isDragging,
    getPartProps,
    windowProps: { onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd },
  };
}
