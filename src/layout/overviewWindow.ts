import { MIN_VISIBLE_MS } from './viewTransform.js';

/** A stretch of time in UTC ms, `[start, end]`: a visible range, an overview window, a domain. */
export type TimeRange = readonly [start: number, end: number];

/** Which edge of the window a resize moves. */
export type WindowEdge = 'start' | 'end';

/**
 * The narrowest overview window: the timeline's own zoom limit (about a week), so the window
 * never asks for a range the timeline cannot show.
 */
export const MIN_WINDOW_SPAN_MS = MIN_VISIBLE_MS;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/**
 * `range` made valid inside `domain`: ends in order, at least `minSpanMs` long (or the whole
 * domain when that is shorter), no longer than the domain, and shifted inside it. A window too
 * short grows around its centre; one with a NaN or infinite end becomes the whole domain.
 * Every other helper here starts from this, so their results are always valid windows.
 * @default minSpanMs MIN_WINDOW_SPAN_MS
 */
export function clampWindow(
  range: TimeRange,
  domain: TimeRange,
  minSpanMs: number = MIN_WINDOW_SPAN_MS,
): TimeRange {
  const [d0, d1] = domain;
  const domainSpan = d1 - d0;
  if (!(domainSpan > 0) || !Number.isFinite(range[0]) || !Number.isFinite(range[1])) {
    return [d0, d1];
  }
  const start = Math.min(range[0], range[1]);
  const end = Math.max(range[0], range[1]);
  const span = clamp(end - start, Math.min(Math.max(0, minSpanMs), domainSpan), domainSpan);
  // A valid window comes back as it is, not recomputed: float sums of UTC ms would move its
  // ends by a few ulps, and a resize must leave the fixed edge exactly where it was.
  if (span === end - start && start >= d0 && end <= d1) return [start, end];
  const centredStart = (start + end) / 2 - span / 2;
  const clampedStart = clamp(end - start === span ? start : centredStart, d0, d1 - span);
  return [clampedStart, Math.min(d1, clampedStart + span)];
}

/**
 * The window moved by `deltaMs` (positive is later), keeping its length and stopping at the
 * domain's ends.
 * @default minSpanMs MIN_WINDOW_SPAN_MS
 */
export function moveWindow(
  range: TimeRange,
  domain: TimeRange,
  deltaMs: number,
  minSpanMs: number = MIN_WINDOW_SPAN_MS,
): TimeRange {
  const [start, end] = clampWindow(range, domain, minSpanMs);
  if (!Number.isFinite(deltaMs)) return [start, end];
  return clampWindow([start + deltaMs, end + deltaMs], domain, minSpanMs);
}

/**
 * The window with one edge moved by `deltaMs` (the end by default) and the other left where it
 * is; the moving edge stops at the domain's end and `minSpanMs` from the other edge.
 * @default minSpanMs MIN_WINDOW_SPAN_MS
 * @default edge 'end'
 */
export function resizeWindow(
  range: TimeRange,
  domain: TimeRange,
  deltaMs: number,
  minSpanMs: number = MIN_WINDOW_SPAN_MS,
  edge: WindowEdge = 'end',
): TimeRange {
  const [start, end] = clampWindow(range, domain, minSpanMs);
  if (!Number.isFinite(deltaMs)) return [start, end];
  const minSpan = Math.min(Math.max(0, minSpanMs), domain[1] - domain[0]);
  return edge === 'end'
    ? [start, clamp(end + deltaMs, start + minSpan, domain[1])]
    : [clamp(start + deltaMs, domain[0], end - minSpan), end];
}

/**
 * The window, same length, centred on `ms` as far as the domain allows: where a click on the
 * overview outside the window sends it.
 * @default minSpanMs MIN_WINDOW_SPAN_MS
 */
export function centreWindowAt(
  range: TimeRange,
  domain: TimeRange,
  ms: number,
  minSpanMs: number = MIN_WINDOW_SPAN_MS,
): TimeRange {
  const [start, end] = clampWindow(range, domain, minSpanMs);
  if (!Number.isFinite(ms)) return [start, end];
  const half = (end - start) / 2;
  return clampWindow([ms - half, ms + half], domain, minSpanMs);
}

/** Where `ms` falls across `domain`, from 0 (its start) to 1 (its end); not clamped. */
export function getDomainFraction(ms: number, domain: TimeRange): number {
  const span = domain[1] - domain[0];
  return span > 0 ? (ms - domain[0]) / span : 0;
}

/** Where the window sits across the domain, as fractions of it: its start and its length. */
export interface WindowPosition {
  readonly start: number;
  readonly size: number;
}

/** The window's place across the domain, in `[0, 1]`, for drawing it in percent. */
export function computeWindowPosition(range: TimeRange, domain: TimeRange): WindowPosition {
  const start = clamp(getDomainFraction(Math.min(range[0], range[1]), domain), 0, 1);
  const end = clamp(getDomainFraction(Math.max(range[0], range[1]), domain), 0, 1);
  return { start, size: end - start };
}
