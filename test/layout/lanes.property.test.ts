import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignRows,
  fitsInRows,
  hasCrowdedRun,
  type PixelInterval,
  sortMembersByStart,
} from '../../src/layout/lanes.js';

/** Intervals with integer or fractional ends, points (length 0) included. */
const interval: fc.Arbitrary<PixelInterval> = fc
  .tuple(
    fc.oneof(fc.integer({ min: -500, max: 500 }), fc.double({ min: -500, max: 500, noNaN: true })),
    fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 200 }),
      fc.double({ min: 0, max: 200, noNaN: true }),
    ),
  )
  .map(([start, length]) => ({ start, end: start + length }));

const items = fc.array(interval, { maxLength: 60 });
const gap = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 20 }),
  fc.double({ min: 0, max: 20, noNaN: true }),
);

/** Whether two items cannot share a row: neither ends (plus the gap) before the other starts. */
function isConflict(a: PixelInterval, b: PixelInterval, gapPx: number): boolean {
  return !(a.end + gapPx <= b.start || b.end + gapPx <= a.start);
}

/**
 * The largest set of pairwise conflicting items: for each item, it and the items starting no
 * later that conflict with it (all reach across its start, so they conflict pairwise too).
 */
function computeMaxConflictClique(list: readonly PixelInterval[], gapPx: number): number {
  let best = 0;
  list.forEach((item, i) => {
    const size = list.filter(
      (other, j) => j === i || (other.start <= item.start && isConflict(item, other, gapPx)),
    ).length;
    best = Math.max(best, size);
  });
  return best;
}

describe('assignRows(items, gapPx)', () => {
  it('never puts two items closer than gapPx in one row', () => {
    fc.assert(
      fc.property(items, gap, (list, gapPx) => {
        const { rows } = assignRows(list, gapPx);
        list.forEach((a, i) => {
          list.forEach((b, j) => {
            if (i < j && rows[i] === rows[j]) expect(isConflict(a, b, gapPx)).toBe(false);
          });
        });
      }),
    );
  });

  it('uses exactly as many rows as the most items overlapping at one point, so no fewer can do', () => {
    fc.assert(
      fc.property(items, gap, (list, gapPx) => {
        const { rows, rowCount } = assignRows(list, gapPx);
        expect(rowCount).toBe(computeMaxConflictClique(list, gapPx));
        expect(rows.every((row) => Number.isInteger(row) && row >= 0 && row < rowCount)).toBe(true);
        expect(new Set(rows).size).toBe(rowCount);
      }),
    );
  });

  it('puts an item below a row only when that row is taken where it starts', () => {
    fc.assert(
      fc.property(items, gap, (list, gapPx) => {
        const { rows } = assignRows(list, gapPx);
        list.forEach((item, i) => {
          for (let row = 0; row < (rows[i] ?? 0); row += 1) {
            const isTaken = list.some(
              (other, j) =>
                rows[j] === row && other.start <= item.start && isConflict(item, other, gapPx),
            );
            expect(isTaken).toBe(true);
          }
        });
      }),
    );
  });
});

describe('fitsInRows(items, gapPx, maxRows)', () => {
  it('is true exactly when assignRows(items, gapPx) uses at most maxRows rows', () => {
    fc.assert(
      fc.property(items, gap, fc.integer({ min: 1, max: 8 }), (list, gapPx, maxRows) => {
        expect(fitsInRows(list, gapPx, maxRows)).toBe(assignRows(list, gapPx).rowCount <= maxRows);
      }),
    );
  });
});

describe('sortMembersByStart(columns, members)', () => {
  /** Columns of intervals with many ties, in start order half the time (the usual input). */
  const columnsArbitrary = fc
    .tuple(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), {
        maxLength: 40,
      }),
      fc.boolean(),
    )
    .map(([pairs, isSorted]) => {
      const list = isSorted
        ? [...pairs].sort(([startA, endA], [startB, endB]) => startA - startB || endA - endB)
        : pairs;
      return {
        start: Float64Array.from(list, ([start]) => start),
        end: Float64Array.from(list, ([, end]) => end),
      };
    });

  it('orders members by start, then end, then position, as a comparator sort does', () => {
    fc.assert(
      fc.property(columnsArbitrary, fc.boolean(), (columns, isReversed) => {
        const members = Array.from(columns.start, (_, item) => item).filter(
          (item) => item % 3 !== 1,
        );
        if (isReversed) members.reverse();
        const expected = members
          .map((_, position) => position)
          .sort((a, b) => {
            const startA = columns.start[members[a] as number] as number;
            const startB = columns.start[members[b] as number] as number;
            const endA = columns.end[members[a] as number] as number;
            const endB = columns.end[members[b] as number] as number;
            return startA - startB || endA - endB || a - b;
          });
        expect(Array.from(sortMembersByStart(columns, members))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hasCrowdedRun(columns, members, gapPx, maxRows)', () => {
  /** Intervals bunched into a narrow stretch, so that crowded runs are common. */
  const bunched = fc
    .tuple(
      fc.integer({ min: 0, max: 60 }),
      fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 }), fc.constant(Number.NaN)),
    )
    .map(([start, length]) => ({ start, end: start + length }));

  it('finds a crowded run only where the items need more than maxRows rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(bunched, interval), { maxLength: 60 }),
        gap,
        fc.integer({ min: 0, max: 6 }),
        (list, gapPx, maxRows) => {
          const columns = {
            start: Float64Array.from(list, (item) => item.start),
            end: Float64Array.from(list, (item) => item.end),
          };
          const members = Array.from(list, (_, index) => index);
          if (hasCrowdedRun(columns, members, gapPx, maxRows)) {
            expect(fitsInRows(list, gapPx, maxRows)).toBe(false);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds the run in a lane of points one marker wide, a few px apart', () => {
    const list = Array.from({ length: 50 }, (_, index) => ({
      start: index * 2,
      end: index * 2 + 12,
    }));
    const columns = {
      start: Float64Array.from(list, (item) => item.start),
      end: Float64Array.from(list, (item) => item.end),
    };
    const members = list.map((_, index) => index);
    expect(hasCrowdedRun(columns, members, 4, 6)).toBe(true);
    expect(hasCrowdedRun(columns, members, 4, 8)).toBe(false);
    expect(fitsInRows(list, 4, 8)).toBe(true);
  });
});
