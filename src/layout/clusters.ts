import { sortIndicesBy } from '../model/sortIndices.js';
import type { PixelInterval } from './lanes.js';

/** An item of one lane to cluster, with its index in the caller's list. */
export interface ClusterInput extends PixelInterval {
  readonly index: number;
}

/** Items drawn as one mark: their combined px extent and their indices. */
export interface EventCluster {
  readonly start: number;
  readonly end: number;
  /** The members' `index` values, ordered by start. */
  readonly members: readonly number[];
}

/**
 * Merges items of one lane whose pixel intervals come within `minGapPx` of each other
 * (transitively) into clusters; an item alone is a cluster of one. Clusters come out in order,
 * each starting more than `minGapPx` after the previous one ends.
 *
 * The sweep by start keeps the running end of the open cluster, so the clusters are the
 * connected pieces of the union of the intervals widened by `minGapPx` on the right. Zooming
 * in moves every gap further apart, so it can split clusters but never merges them.
 * O(n log n) for the sort.
 */
export function clusterIntervals(
  items: readonly ClusterInput[],
  minGapPx: number,
): readonly EventCluster[] {
  const order = sortIndicesBy(
    Float64Array.from(items, (item) => item.start),
    Float64Array.from(items, (item) => item.end),
  );
  const clusters: EventCluster[] = [];
  let members: number[] = [];
  let start = 0;
  let end = 0;
  for (const position of order) {
    const item = items[position] as ClusterInput;
    if (members.length > 0 && item.start - end > minGapPx) {
      clusters.push({ start, end, members });
      members = [];
    }
    if (members.length === 0) {
      start = item.start;
      end = item.end;
    }
    members.push(item.index);
    end = Math.max(end, item.end);
  }
  if (members.length > 0) clusters.push({ start, end, members });
  return clusters;
}
