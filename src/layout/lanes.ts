import { sortIndicesBy } from '../model/sortIndices.js';
import { createMinHeap } from './minHeap.js';

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

/**
 * Intervals as flat arrays: `start[i]` and `end[i]` are item i's extent, in px. Packing reads
 * these rather than objects, so that 100,000 marks allocate none.
 */
export interface IntervalColumns {
  readonly start: Float64Array;
  readonly end: Float64Array;
}

function toColumns(items: readonly PixelInterval[]): IntervalColumns {
  const start = new Float64Array(items.length);
  const end = new Float64Array(items.length);
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] as PixelInterval;
    start[i] = item.start;
    end[i] = item.end;
  }
  return { start, end };
}

/**
 * Whether `members` are already ordered by start, then end; false also when a key is NaN.
 * Read in place: members that come from a time-ordered model nearly always are.
 */
function isInStartOrder(columns: IntervalColumns, members: ArrayLike<number>): boolean {
  const { start, end } = columns;
  for (let k = 1; k < members.length; k += 1) {
    const before = members[k - 1] as number;
    const item = members[k] as number;
    const startBefore = start[before] as number;
    const startItem = start[item] as number;
    if (startBefore < startItem) continue;
    if (!(startBefore === startItem && (end[before] as number) <= (end[item] as number))) {
      return false;
    }
  }
  return true;
}

/** Positions of `members` (item numbers) ordered by start, then end, then item number. */
export function sortMembersByStart(
  columns: IntervalColumns,
  members: ArrayLike<number>,
): Uint32Array {
  if (isInStartOrder(columns, members)) {
    const order = new Uint32Array(members.length);
    for (let k = 0; k < order.length; k += 1) order[k] = k;
    return order;
  }
  const starts = new Float64Array(members.length);
  const ends = new Float64Array(members.length);
  for (let k = 0; k < members.length; k += 1) {
    const item = members[k] as number;
    starts[k] = columns.start[item] as number;
    ends[k] = columns.end[item] as number;
  }
  return sortIndicesBy(starts, ends);
}

/**
 * Whether some `maxRows + 1` members that come one after another in `members` all reach across
 * one point, which proves they need more than `maxRows` rows (`membersFitInRows` is false).
 * One-sided: false proves nothing. Why: members in time order are nearly in start order, so in
 * a crowded lane the first few already show such a point, and its sort can be skipped.
 */
export function hasCrowdedRun(
  columns: IntervalColumns,
  members: ArrayLike<number>,
  gapPx: number,
  maxRows: number,
): boolean {
  const size = maxRows + 1;
  for (let last = size - 1; last < members.length; last += 1) {
    let latestStart = Number.NEGATIVE_INFINITY;
    let earliestFree = Number.POSITIVE_INFINITY;
    for (let k = last - size + 1; k <= last; k += 1) {
      const item = members[k] as number;
      const start = columns.start[item] as number;
      const free = (columns.end[item] as number) + gapPx;
      // NaN never proves anything: the window cannot pass the test below.
      if (Number.isNaN(start + free)) {
        earliestFree = Number.NaN;
        break;
      }
      if (start > latestStart) latestStart = start;
      if (free < earliestFree) earliestFree = free;
    }
    // Each one is busy past the latest start, so all of them are busy there at once.
    if (earliestFree > latestStart) return true;
  }
  return false;
}

/**
 * `fitsInRows` over columns: `members` are the items of one lane, `order` their positions in
 * start order (from `sortMembersByStart`).
 */
export function membersFitInRows(
  columns: IntervalColumns,
  members: ArrayLike<number>,
  order: Uint32Array,
  gapPx: number,
  maxRows: number,
): boolean {
  const busyUntil: number[] = [];
  for (let k = 0; k < order.length; k += 1) {
    const item = members[order[k] as number] as number;
    const start = columns.start[item] as number;
    let kept = 0;
    for (const until of busyUntil) if (until > start) busyUntil[kept++] = until;
    busyUntil.length = kept;
    busyUntil.push((columns.end[item] as number) + gapPx);
    if (busyUntil.length > maxRows) return false;
  }
  return true;
}

/**
 * `assignRows` over columns: the row of each member (in `members` order) and the row count.
 * `order` is the members' positions in start order (from `sortMembersByStart`).
 */
export function assignMemberRows(
  columns: IntervalColumns,
  members: ArrayLike<number>,
  order: Uint32Array,
  gapPx: number,
): RowAssignment {
  const rows = new Array<number>(members.length).fill(0);
  const busyRows = createMinHeap();
  const freeRows = createMinHeap();
  let rowCount = 0;
  for (let k = 0; k < order.length; k += 1) {
    const position = order[k] as number;
    const item = members[position] as number;
    const start = columns.start[item] as number;
    while (busyRows.size() > 0 && busyRows.peekKey() <= start) {
      const row = busyRows.pop();
      freeRows.push(row, row);
    }
    const row = freeRows.size() > 0 ? freeRows.pop() : rowCount++;
    rows[position] = row;
    busyRows.push((columns.end[item] as number) + gapPx, row);
  }
  return { rows, rowCount };
}

function allItems(count: number): Uint32Array {
  const members = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) members[i] = i;
  return members;
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
  const columns = toColumns(items);
  const members = allItems(items.length);
  return membersFitInRows(columns, members, sortMembersByStart(columns, members), gapPx, maxRows);
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
  const columns = toColumns(items);
  const members = allItems(items.length);
  return assignMemberRows(columns, members, sortMembersByStart(columns, members), gapPx);
}
