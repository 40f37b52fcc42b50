import {
  MIN_WINDOW_SPAN_MS,
  moveWindow,
  resizeWindow,
  type TimeRange,
} from '../layout/overviewWindow.js';
import type { KeyPress } from './keyboardIntents.js';

/** What a key press asks of the overview window; `by` is in window lengths, positive is later. */
export type OverviewIntent =
  | { readonly type: 'move'; readonly by: number }
  | { readonly type: 'resize'; readonly by: number }
  | { readonly type: 'first' }
  | { readonly type: 'last' };

/** How far an arrow key moves or resizes the window, as a fraction of its length. */
export const WINDOW_KEY_STEP_RATIO = 0.1;

/** A key press with Shift, which turns the arrows from moving the window into resizing it. */
export interface OverviewKeyPress extends KeyPress {
  readonly shiftKey?: boolean;
}

/**
 * The intent of a key press on the overview window, or `undefined` to leave it alone. Like a
 * slider: ←/→ (and ↓/↑) move the window by a tenth of its length, Page Down/Up by a whole
 * length, Home/End to the ends; Shift + ←/→ shrink or grow it at its end. In a right-to-left
 * page the left arrow moves forward in time; ↑/↓ and the page keys do not depend on direction.
 * @default direction 'ltr'
 */
export function getOverviewIntent(
  press: OverviewKeyPress,
  direction: 'ltr' | 'rtl' = 'ltr',
): OverviewIntent | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const forward = direction === 'rtl' ? -1 : 1;
  const step = WINDOW_KEY_STEP_RATIO;
  switch (press.key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const sign = press.key === 'ArrowRight' ? forward : -forward;
      return { type: press.shiftKey ? 'resize' : 'move', by: sign * step };
    }
    case 'ArrowUp':
      return { type: 'move', by: step };
    case 'ArrowDown':
      return { type: 'move', by: -step };
    case 'PageUp':
      return { type: 'move', by: 1 };
    case 'PageDown':
      return { type: 'move', by: -1 };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    default:
      return undefined;
  }
}

/**
 * The window after `intent`, kept inside `domain` and at least `minSpanMs` long.
 * @default minSpanMs MIN_WINDOW_SPAN_MS
 */
export function applyOverviewIntent(
  range: TimeRange,
  domain: TimeRange,
  intent: OverviewIntent,
  minSpanMs: number = MIN_WINDOW_SPAN_MS,
): TimeRange {
  const span = Math.abs(range[1] - range[0]);
  switch (intent.type) {
    case 'move':
      return moveWindow(range, domain, intent.by * span, minSpanMs);
    case 'resize':
      return resizeWindow(range, domain, intent.by * span, minSpanMs, 'end');
    case 'first':
      return moveWindow(range, domain, domain[0] - Math.min(range[0], range[1]), minSpanMs);
    case 'last':
      return moveWindow(range, domain, domain[1] - Math.max(range[0], range[1]), minSpanMs);
    default:
      return intent satisfies never;
  }
}
