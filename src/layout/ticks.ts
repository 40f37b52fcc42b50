import { bisector } from 'd3-array';
import { type TimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import type { TimeScale } from './timeScale.js';

/** How coarse a tick is; the label format depends on it. */
export type TickLevel = 'year' | 'quarter' | 'month' | 'week' | 'day';

/** One labelled tick of the time axis. */
export interface AxisTick {
  /** The tick's instant, UTC ms (the start of its day, week, month, quarter or year). */
  readonly ms: number;
  /** Its position on the scale's range, px. */
  readonly x: number;
  readonly level: TickLevel;
  readonly label: string;
}

export interface ComputeAxisTicksOptions {
  /** Formats one tick's label for its level (the caller does i18n). */
  readonly format: (ms: number, level: TickLevel) => string;
  /**
   * Width in px of a label.
   * @default 7 px per character (a deterministic estimate usable in Node)
   */
  readonly measure?: (label: string) => number;
  /**
   * Minimum free px between two labels.
   * @default MIN_TICK_LABEL_GAP_PX
   */
  readonly minGapPx?: number;
}

/** Default free space between two tick labels. */
export const MIN_TICK_LABEL_GAP_PX = 12;

/** Width per character of the default label measure, at the axis font size. */
export const TICK_LABEL_CHAR_PX = 7;

/** Ticks closer than this are never tried, even with no gap and empty labels. */
const MIN_TICK_SPACING_PX = 1;

const DAY_MS = 86_400_000;

interface TickInterval {
  readonly interval: TimeInterval;
  readonly level: TickLevel;
  /** Typical length of one step, used only to skip intervals that are far too fine. */
  readonly durationMs: number;
}

function everyUtcYears(step: number): TimeInterval {
  return utcYear.filter((date) => date.getUTCFullYear() % step === 0);
}

/**
 * Finest first, like d3-time's `tickIntervals` (https://github.com/d3/d3-time/blob/main/src/ticks.js)
 * but only from days up. Multi-step intervals are filters on absolute values (even epoch days,
 * quarter months, years divisible by 2, 5 or 10), so a tick never changes as the view pans.
 * Weeks start on Monday (ISO 8601), the usual convention for European news pages.
 */
const TICK_INTERVALS: readonly TickInterval[] = [
  { interval: utcDay, level: 'day', durationMs: DAY_MS },
  {
    interval: utcDay.filter((date) => Math.floor(date.getTime() / DAY_MS) % 2 === 0),
    level: 'day',
    durationMs: 2 * DAY_MS,
  },
  { interval: utcMonday, level: 'week', durationMs: 7 * DAY_MS },
  { interval: utcMonth, level: 'month', durationMs: 30 * DAY_MS },
  {
    interval: utcMonth.filter((date) => date.getUTCMonth() % 3 === 0),
    level: 'quarter',
    durationMs: 91 * DAY_MS,
  },
  { interval: utcYear, level: 'year', durationMs: 365 * DAY_MS },
  { interval: everyUtcYears(2), level: 'year', durationMs: 2 * 365 * DAY_MS },
  { interval: everyUtcYears(5), level: 'year', durationMs: 5 * 365 * DAY_MS },
  { interval: everyUtcYears(10), level: 'year', durationMs: 10 * 365 * DAY_MS },
];

const bisectDuration = bisector((entry: TickInterval) => entry.durationMs).left;

function measureByCharacters(label: string): number {
  return label.length * TICK_LABEL_CHAR_PX;
}

interface LabelOptions {
  readonly format: (ms: number, level: TickLevel) => string;
  readonly measure: (label: string) => number;
  readonly gapPx: number;
}

/**
 * Labels the interval's ticks inside `[d0, d1]`. Labels start at their tick (the axis draws
 * them left-aligned), so two labels collide when the next tick comes before the previous
 * label's end plus the gap; checking neighbours is enough. With `isStrict`, gives up at the
 * first collision (cheap for intervals far too fine); otherwise labels every tick.
 */
function labelTicks(
  scale: TimeScale,
  entry: TickInterval,
  domain: readonly [number, number],
  options: LabelOptions,
  isStrict: boolean,
): AxisTick[] | undefined {
  const [d0, d1] = domain;
  const ticks: AxisTick[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const date of entry.interval.range(new Date(d0), new Date(d1 + 1))) {
    const ms = date.getTime();
    if (ms < d0 || ms > d1) continue;
    const x = scale(ms);
    if (isStrict && x < previousEnd) return undefined;
    const label = options.format(ms, entry.level);
    ticks.push({ ms, x, level: entry.level, label });
    previousEnd = x + options.measure(label) + options.gapPx;
  }
  return ticks;
}

function fitsEvery(ticks: readonly AxisTick[], step: number, options: LabelOptions): boolean {
  for (let i = 0; i + step < ticks.length; i += step) {
    const left = ticks[i] as AxisTick;
    const right = ticks[i + step] as AxisTick;
    if (right.x < left.x + options.measure(left.label) + options.gapPx) return false;
  }
  return true;
}

/** Keeps every n-th tick, for the smallest n whose labels fit; one tick always fits. */
function thinTicks(ticks: readonly AxisTick[], options: LabelOptions): readonly AxisTick[] {
  let step = 2;
  while (step < ticks.length && !fitsEvery(ticks, step, options)) step += 1;
  return ticks.filter((_, i) => i % step === 0);
}

/**
 * Ticks inside the scale's domain, strictly increasing, whose labels never collide: picks the
 * finest interval whose labels fit, then thins if still needed.
 *
 * Intervals go from days to decades. The search starts at the first interval whose typical step
 * is at least `minGapPx` wide on screen (a bisection of the table, as d3-time does) and moves to
 * coarser ones until every label fits. Two cases thin instead: when even ten-year ticks collide,
 * and when the first interval that fits has fewer than two ticks in view (a few days seen
 * between two Mondays), where every n-th tick of the finer interval says more.
 * Labels are taken to start at their tick's x. Assumes an increasing range (`r0 < r1`).
 */
export function computeAxisTicks(
  scale: TimeScale,
  options: ComputeAxisTicksOptions,
): readonly AxisTick[] {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  if (!(d1 > d0) || !(r1 > r0) || !Number.isFinite(d1 - d0)) return [];
  const domain = [d0, d1] as const;
  const labelOptions: LabelOptions = {
    format: options.format,
    measure: options.measure ?? measureByCharacters,
    gapPx: options.minGapPx ?? MIN_TICK_LABEL_GAP_PX,
  };
  const minStepMs = (Math.max(labelOptions.gapPx, MIN_TICK_SPACING_PX) * (d1 - d0)) / (r1 - r0);
  const first = Math.min(bisectDuration(TICK_INTERVALS, minStepMs), TICK_INTERVALS.length - 1);
  const thinInterval = (entry: TickInterval) =>
    thinTicks(labelTicks(scale, entry, domain, labelOptions, false) ?? [], labelOptions);
  let collided: TickInterval | undefined;
  for (const entry of TICK_INTERVALS.slice(first)) {
    const ticks = labelTicks(scale, entry, domain, labelOptions, true);
    if (!ticks) {
      collided = entry;
      continue;
    }
    if (ticks.length >= 2 || !collided) return ticks;
    const thinned = thinInterval(collided);
    return thinned.length > ticks.length ? thinned : ticks;
  }
  // Even ten-year labels collide.
  return collided ? thinInterval(collided) : [];
}
