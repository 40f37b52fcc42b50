import { type ScaleTime, scaleUtc } from 'd3-scale';

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

/** A UTC time scale mapping `domain` (UTC ms) onto `[0, width]` px. */
export function createTimeScale(
  domain: readonly [number, number],
  width: number,
): ScaleTime<number, number> {
  return scaleUtc().domain([domain[0], domain[1]]).range([0, width]);
}
