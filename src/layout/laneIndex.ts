import type { EventSpan } from './timelineModel.js';

/** One lane's events as flat arrays in start order, for sweeps that must not allocate per event. */
export interface LaneIndex {
  /** Event indices (into the model) in start order. */
  readonly indices: Int32Array;
  /** Start of each event's period, UTC ms. */
  readonly starts: Float64Array;
  /** Exclusive end of each event's period, UTC ms. */
  readonly ends: Float64Array;
  /** 1 for an event with an end (drawn as a bar), 0 for a point. */
  readonly isRange: Uint8Array;
  /** The longest span, so a window search can start early enough to catch long bars. */
  readonly maxDurationMs: number;
}

/** Splits the model's events (already in time order) into per-lane arrays. */
export function createLaneIndexes(
  spans: readonly EventSpan[],
  laneOf: ArrayLike<number>,
  laneCount: number,
): readonly LaneIndex[] {
  const counts = new Array<number>(laneCount).fill(0);
  for (let index = 0; index < laneOf.length; index += 1) {
    const lane = laneOf[index] as number;
    if (lane >= 0) counts[lane] = (counts[lane] ?? 0) + 1;
  }
  const lanes = counts.map((count) => ({
    indices: new Int32Array(count),
    starts: new Float64Array(count),
    ends: new Float64Array(count),
    isRange: new Uint8Array(count),
    maxDurationMs: 0,
    fill: 0,
  }));
  spans.forEach((span, index) => {
    const lane = lanes[laneOf[index] ?? -1];
    if (!lane) return;
    const at = lane.fill++;
    lane.indices[at] = index;
    lane.starts[at] = span.start;
    lane.ends[at] = span.end;
    lane.isRange[at] = span.isRange ? 1 : 0;
    lane.maxDurationMs = Math.max(lane.maxDurationMs, span.end - span.start);
  });
  return lanes.map(({ fill: _fill, ...lane }) => lane);
}

/** First position whose start is at least `ms` (binary search). */
export function findFirstStartAtOrAfter(starts: Float64Array, ms: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] as number) < ms) low = mid + 1;
    else high = mid;
  }
  return low;
}
