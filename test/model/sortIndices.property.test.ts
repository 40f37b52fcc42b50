import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortIndicesBy } from '../../src/model/sortIndices.js';

/** Few distinct values, so ties are common, with the awkward ones: ±0 and ±Infinity. */
const keyArbitrary = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(-0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e15, -2.5),
  fc.double({ noNaN: true }),
);

function referenceOrder(primary: readonly number[], secondary?: readonly number[]): number[] {
  return primary
    .map((_, index) => index)
    .sort(
      (a, b) =>
        (primary[a] as number) - (primary[b] as number) ||
        (secondary ? (secondary[a] as number) - (secondary[b] as number) : 0) ||
        a - b,
    );
}

describe('sortIndicesBy(primary, secondary)', () => {
  it('orders by primary, then secondary, then position, for any keys', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keyArbitrary, keyArbitrary), { maxLength: 200 }),
        fc.boolean(),
        (pairs, hasSecondary) => {
          const primary = pairs.map(([key]) => key);
          const secondary = hasSecondary ? pairs.map(([, key]) => key) : undefined;
          const order = sortIndicesBy(
            Float64Array.from(primary),
            secondary && Float64Array.from(secondary),
          );
          expect(Array.from(order)).toEqual(referenceOrder(primary, secondary));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('orders by secondary, then position, within runs of equal primary keys already in order', () => {
    fc.assert(
      fc.property(
        // Long runs of one key as well as short ones: the two are ordered differently.
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), keyArbitrary), {
          maxLength: 200,
          size: 'max',
        }),
        (pairs) => {
          const primary = pairs.map(([key]) => key).sort((a, b) => a - b);
          const secondary = pairs.map(([, key]) => key);
          const order = sortIndicesBy(Float64Array.from(primary), Float64Array.from(secondary));
          expect(Array.from(order)).toEqual(referenceOrder(primary, secondary));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the same order when packed keys would be too large and it compares them instead', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keyArbitrary, keyArbitrary), { maxLength: 100 }),
        fc.integer({ min: 0, max: 50 }),
        (pairs, maxPacked) => {
          const primary = pairs.map(([key]) => key);
          const secondary = pairs.map(([, key]) => key);
          const order = sortIndicesBy(
            Float64Array.from(primary),
            Float64Array.from(secondary),
            maxPacked,
          );
          expect(Array.from(order)).toEqual(referenceOrder(primary, secondary));
        },
      ),
    );
  });

  it('gives the same order for integer keys, packed directly when their range is narrow enough', () => {
    // Day numbers are the usual case; large integers and a small limit make the packing decline.
    const integerKey = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.integer({ min: 18_000, max: 20_000 }),
      fc.constantFrom(-0, 2 ** 40, -(2 ** 40)),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(integerKey, integerKey), { maxLength: 200 }),
        fc.boolean(),
        fc.oneof(fc.constant(2 ** 53), fc.integer({ min: 0, max: 5000 })),
        (pairs, hasSecondary, maxPacked) => {
          const primary = pairs.map(([key]) => key);
          const secondary = hasSecondary ? pairs.map(([, key]) => key) : undefined;
          const order = sortIndicesBy(
            Float64Array.from(primary),
            secondary && Float64Array.from(secondary),
            maxPacked,
          );
          expect(Array.from(order)).toEqual(referenceOrder(primary, secondary));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps positions in order on ties', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1), { maxLength: 100 }), (keys) => {
        const order = Array.from(sortIndicesBy(Float64Array.from(keys)));
        for (let i = 1; i < order.length; i += 1) {
          const previous = order[i - 1] as number;
          const current = order[i] as number;
          if (keys[previous] === keys[current]) expect(previous).toBeLessThan(current);
        }
      }),
    );
  });
});
