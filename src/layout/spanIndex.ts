import { sortIndicesBy } from '../model/sortIndices.js';
import type { TimeSpan } from './timeScale.js';

/**
 * Spans sorted by start, for finding the visible ones by binary search. Treat it as opaque:
 * build it with `createSpanIndex` and read it with `querySpanIndex`.
 */
export interface SpanIndex {
  /** Input indices in start order (ties by index). */
  readonly order: Uint32Array;
  /** `starts[i]` and `ends[i]` belong to `order[i]`. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** The longest span, which bounds how far before a query a matching span can start. */
  readonly maxDurationMs: number;
}

/** Sorts the spans once, O(n log n), so each query is a binary search plus its results. */
export function createSpanIndex(spans: readonly TimeSpan[]): SpanIndex {
  const inputStarts = new Float64Array(spans.length);
  for (let index = 0; index < spans.length; index += 1) {
    inputStarts[index] = (spans[index] as TimeSpan).start;
  }
  const order = sortIndicesBy(inputStarts);
  const starts = new Float64Array(order.length);
  const ends = new Float64Array(order.length);
  let maxDurationMs = 0;
  for (let position = 0; position < order.length; position += 1) {
    const { start, end } = spans[order[position] as number] as TimeSpan;
    starts[position] = start;
    ends[position] = end;
    maxDurationMs = Math.max(maxDurationMs, end - start);
  }
  return { order, starts, ends, maxDurationMs };
}

/** First position whose start is at least `value`. */
function findFirstStartAtLeast(starts: Float64Array, value: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Indices of the spans intersecting `[from, to)`, in start order: those that start before `to`
 * and end after `from`, plus instants (`start === end`) at `from`. An empty window
 * (`to <= from`) meets nothing.
 *
 * A span that starts before `from` can still reach into the query, but not if it starts more
 * than the longest duration before it, so the scan starts at `from - maxDurationMs`. One very
 * long span therefore widens every scan; the scan stays linear in the spans it passes over.
 */
export function querySpanIndex(index: SpanIndex, from: number, to: number): readonly number[] {
  const { order, starts, ends, maxDurationMs } = index;
  const result: number[] = [];
  if (!(to > from)) return result;
  const stop = findFirstStartAtLeast(starts, to);
  for (let i = findFirstStartAtLeast(starts, from - maxDurationMs); i < stop; i += 1) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    if (end > from || (start === end && start === from)) result.push(order[i] as number);
  }
  return result;
}
