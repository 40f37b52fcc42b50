import { createMinHeap } from './minHeap.js';
import { sortIndicesBy } from './sortIndices.js';

/** A horizontal extent on screen, px; `end >= start` (equal for a point). */
export interface PixelInterval {
  readonly start: number;
  readonly end: number;
}

/** Row of each item (same order as the input) and how many rows were used. */
export interface RowAssignment {
  readonly rows: readonly number[];
  readonly rowCount: number;
}

function sortByStart(items: readonly PixelInterval[]): Uint32Array {
  return sortIndicesBy(
    Float64Array.from(items, (item) => item.start),
    Float64Array.from(items, (item) => item.end),
  );
}

/**
 * Whether `assignRows(items, gapPx)` would use at most `maxRows` rows, without assigning them:
 * first-fit needs as many rows as the most items reaching across one point, so a sweep that
 * keeps the busy rows' ends answers it, and stops at the first point where too many overlap.
 * A crowded lane of 100,000 items costs a few steps rather than a full assignment.
 */
export function fitsInRows(
  items: readonly PixelInterval[],
  gapPx: number,
  maxRows: number,
): boolean {
  const order = sortByStart(items);
  const busyUntil: number[] = [];
  for (const index of order) {
    const { start, end } = items[index] as PixelInterval;
    let kept = 0;
    for (const until of busyUntil) if (until > start) busyUntil[kept++] = until;
    busyUntil.length = kept;
    busyUntil.push(end + gapPx);
    if (busyUntil.length > maxRows) return false;
  }
  return true;
}

/**
 * Stacks intervals into as few rows as possible, so that two items in one row are at least
 * `gapPx` apart (the later one starts at or after `end + gapPx` of the earlier one). Items
 * need not be sorted. Each item takes the lowest free row, so rows fill from the top.
 *
 * Greedy first-fit by start is optimal: when an item opens row k, the other k - 1 rows are
 * all busy at its start, each with an item that started no later and whose `end + gapPx` is
 * past it. Those k items pairwise conflict (they all reach across that one point), so any
 * assignment needs k rows. Ties on start go shortest first, so a zero-length item can still
 * share a row with one that starts where it sits.
 *
 * O(n log n): one sort, then a min-heap of busy rows keyed by where they free up and a
 * min-heap of free row numbers (see Plot's dodge transform for the same problem solved
 * with an interval tree: https://github.com/observablehq/plot/blob/main/src/transforms/dodge.js).
 * @default gapPx 0
 */
export function assignRows(items: readonly PixelInterval[], gapPx = 0): RowAssignment {
  const order = sortByStart(items);
  const rows = new Array<number>(items.length).fill(0);
  const busyRows = createMinHeap();
  const freeRows = createMinHeap();
  let rowCount = 0;
  for (const index of order) {
    const { start, end } = items[index] as PixelInterval;
    while (busyRows.size() > 0 && busyRows.peekKey() <= start) {
      const row = busyRows.pop();
      freeRows.push(row, row);
    }
    const row = freeRows.size() > 0 ? freeRows.pop() : rowCount++;
    rows[index] = row;
    busyRows.push(end + gapPx, row);
  }
  return { rows, rowCount };
}
