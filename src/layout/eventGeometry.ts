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

/**
 * The part of a mark worth drawing between `minX` and `maxX`: a mark that crosses either
 * bound is cut there, and one wholly outside shrinks to its end nearest the window. No mark
 * gets narrower than `minWidth` (or its own width, when that is less), and the marker centre
 * does not move.
 *
 * Why: at a deep zoom a period of months spans tens of thousands of pixels, and the browser
 * paints a dashed or rounded border along its whole length on every frame of a pan, though
 * only a screen's width of it can show.
 */
export function clipEventGeometry(
  geometry: EventGeometry,
  minX: number,
  maxX: number,
  minWidth: number,
): EventGeometry {
  const keep = Math.min(geometry.x1 - geometry.x0, minWidth);
  const x0 = Math.max(geometry.x0, Math.min(minX, geometry.x1 - keep));
  const x1 = Math.min(geometry.x1, Math.max(maxX, x0 + keep));
  if (x0 === geometry.x0 && x1 === geometry.x1) return geometry;
  const { band } = geometry;
  if (!band) return { x0, x1, cx: geometry.cx };
  const bandX0 = Math.min(Math.max(band.x0, x0), x1);
  return {
    x0,
    x1,
    cx: geometry.cx,
    band: { x0: bandX0, x1: Math.max(bandX0, Math.min(band.x1, x1)) },
  };
}
