import type { DatePrecision } from '../model/event.js';
import type { TimeScale } from './timeScale.js';

/** Where an event's mark sits on screen, in px along the axis. */
export interface EventGeometry {
  /** Left edge of the mark (marker, band or bar). */
  readonly x0: number;
  /** Right edge of the mark. */
  readonly x1: number;
  /** Centre of the marker. */
  readonly cx: number;
  /** The period a month- or year-precision point event may fall in, drawn as a faded band. */
  readonly band?: { readonly x0: number; readonly x1: number };
}

export interface EventGeometryInput {
  /** UTC ms; `end` is exclusive (end of the last day, month or year). */
  readonly start: number;
  readonly end: number;
  readonly precision: DatePrecision;
  readonly isRange: boolean;
}

/**
 * A point event is a marker at the centre of its period; when the period is a month or a
 * year, a band over the whole period shows the uncertainty. An event with an end is a bar
 * over its whole period. Marks are at least `markerPx` wide so they stay visible and clickable.
 */
export function computeEventGeometry(
  input: EventGeometryInput,
  scale: TimeScale,
  markerPx: number,
): EventGeometry {
  const start = scale(input.start);
  const end = scale(input.end);
  if (input.isRange) {
    return { x0: start, x1: Math.max(end, start + markerPx), cx: start + markerPx / 2 };
  }
  const cx = (start + end) / 2;
  const half = markerPx / 2;
  if (input.precision === 'day') return { x0: cx - half, x1: cx + half, cx };
  return {
    x0: Math.min(cx - half, start),
    x1: Math.max(cx + half, end),
    cx,
    band: { x0: start, x1: end },
  };
}
