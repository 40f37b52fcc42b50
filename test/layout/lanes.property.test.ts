import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignRows, fitsInRows, type PixelInterval } from '../../src/layout/lanes.js';

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
