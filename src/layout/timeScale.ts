/** A stretch of time in UTC ms; `end` is exclusive and `end >= start` (equal for an instant). */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

const DAY_MS = 86_400_000;

/** Margin added on each side of the data, as a fraction of its extent, so end marks are not cut. */
export const DOMAIN_PADDING_RATIO = 0.03;

/** Margin on each side when all the data is one instant, which has no extent to pad by. */
export const INSTANT_DOMAIN_PADDING_MS = 30 * DAY_MS;

/**
 * Domain used when there is no data: the year around 2024-01-01 UTC. A fixed date rather than
 * `Date.now()`, so server and client render the same empty timeline.
 */
export const EMPTY_TIME_DOMAIN = Object.freeze([
  Date.UTC(2023, 6, 1),
  Date.UTC(2024, 6, 1),
] as const);

/**
 * The time domain that shows every span: from the earliest start to the latest end, padded by
 * `DOMAIN_PADDING_RATIO` of the extent on each side. All spans at one instant get
 * `INSTANT_DOMAIN_PADDING_MS` on each side; no spans (or none with finite dates) get
 * `EMPTY_TIME_DOMAIN`.
 */
export function computeTimeDomain(spans: readonly TimeSpan[]): readonly [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { start, end } of spans) {
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    min = Math.min(min, start, end);
    max = Math.max(max, start, end);
  }
  if (min > max) return EMPTY_TIME_DOMAIN;
  const padding = min === max ? INSTANT_DOMAIN_PADDING_MS : (max - min) * DOMAIN_PADDING_RATIO;
  return [min - padding, max + padding];
}

/**
 * A linear map from UTC ms to px, callable like a d3 scale: `scale(ms)` is the px of an instant.
 * Frise only ever needs this linear part of a time scale (ticks come from `computeAxisTicks`),
 * so it does not ship d3-scale's interpolators, colour parsing and tick formats to readers.
 */
export interface TimeScale {
  (ms: number): number;
  /** `[start, end]` in UTC ms. */
  readonly domain: readonly [number, number];
  /** `[start, end]` in px. */
  readonly range: readonly [number, number];
  /** The UTC ms drawn at `px`, unrounded. */
  invert(px: number): number;
}

// `a + (b - a) * t` rather than `a * (1 - t) + b * t`: exact at t = 0 and 1 for the ranges we
// use, and it keeps precision when extrapolating far beyond the ends (overscan, deep zoom).
function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/**
 * A scale mapping `domain` (UTC ms) onto `range` (px). An empty domain draws everything at the
 * middle of the range and an empty range inverts to the middle of the domain, as d3 scales do,
 * so a timeline of one instant or of zero width still yields finite positions.
 */
export function createLinearTimeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // Normalise to [0, 1] first, as d3 does, so the domain's ends land exactly on the range's.
  const toPx =
    d1 === d0 ? () => (r0 + r1) / 2 : (ms: number): number => lerp(r0, r1, (ms - d0) / (d1 - d0));
  const invert =
    r1 === r0 ? () => (d0 + d1) / 2 : (px: number): number => lerp(d0, d1, (px - r0) / (r1 - r0));
  return Object.assign(toPx, {
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
    invert,
  });
}

/** A UTC time scale mapping `domain` (UTC ms) onto `[0, width]` px. */
export function createTimeScale(domain: readonly [number, number], width: number): TimeScale {
  return createLinearTimeScale(domain, [0, width]);
}
