/** The parts of a WheelEvent that decide what it does. */
export interface WheelInput {
  readonly deltaX: number;
  readonly deltaY: number;
  /** 0 pixels, 1 lines, 2 pages, as in `WheelEvent.deltaMode`. */
  readonly deltaMode: number;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

export type WheelIntent =
  | { readonly type: 'zoom'; readonly factor: number }
  | { readonly type: 'pan'; readonly dxPx: number }
  /** Leave the event alone so the page scrolls, and tell the reader how to zoom. */
  | { readonly type: 'scrollPage' };

const LINE_HEIGHT_PX = 16;
/** Zoom per pixel of wheel travel: 2^(-Δ × rate), as d3-zoom's default wheelDelta. */
const WHEEL_ZOOM_RATE = 0.002;
/** Browsers report trackpad pinch as ctrl + wheel with small deltas, so it needs more gain. */
const PINCH_ZOOM_RATE = 0.01;

/**
 * What a wheel event over the timeline does. The article stays the reader's: a plain vertical
 * wheel scrolls the page unless `isPlainWheelZoom` (full-page apps). Ctrl/⌘ + wheel and
 * pinch zoom; shift + wheel and horizontal swipes pan.
 */
export function getWheelIntent(
  input: WheelInput,
  { isPlainWheelZoom = false, pageHeightPx = 800 } = {},
): WheelIntent {
  const unit = input.deltaMode === 1 ? LINE_HEIGHT_PX : input.deltaMode === 2 ? pageHeightPx : 1;
  const dx = input.deltaX * unit;
  const dy = input.deltaY * unit;
  const isVertical = Math.abs(dy) >= Math.abs(dx);
  if (input.ctrlKey || input.metaKey) {
    return {
      type: 'zoom',
      factor: 2 ** (-dy * (input.ctrlKey ? PINCH_ZOOM_RATE : WHEEL_ZOOM_RATE)),
    };
  }
  if (input.shiftKey) return { type: 'pan', dxPx: -(dx !== 0 ? dx : dy) };
  if (!isVertical) return { type: 'pan', dxPx: -dx };
  if (isPlainWheelZoom) return { type: 'zoom', factor: 2 ** (-dy * WHEEL_ZOOM_RATE) };
  return { type: 'scrollPage' };
}
