import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSpanIndex, querySpanIndex } from '../../src/layout/spanIndex.js';
import type { TimeSpan } from '../../src/layout/timeScale.js';

const DAY_MS = 86_400_000;

/** Instants, day-long events and a few spans lasting years, over a decade. */
const spans = fc.array(
  fc
    .tuple(
      fc.integer({ min: 0, max: 3650 }),
      fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 300, max: 2000 }),
      ),
    )
    .map(([day, days]): TimeSpan => ({ start: day * DAY_MS, end: (day + days) * DAY_MS })),
  { maxLength: 120 },
);

const window = fc
  .tuple(fc.integer({ min: -100, max: 3800 }), fc.integer({ min: 0, max: 400 }))
  .map(([day, days]) => [day * DAY_MS, (day + days) * DAY_MS] as const);

/** The definition, checked span by span. */
function filterSpans(list: readonly TimeSpan[], from: number, to: number): number[] {
  if (to <= from) return [];
  return list
    .map((span, index) => ({ ...span, index }))
    .filter(({ start, end }) => start < to && (end > from || start >= from))
    .sort((a, b) => a.start - b.start || a.index - b.index)
    .map(({ index }) => index);
}

describe('querySpanIndex(createSpanIndex(spans), from, to)', () => {
  it('equals filtering every span, in start order', () => {
    fc.assert(
      fc.property(spans, fc.array(window, { minLength: 1, maxLength: 5 }), (list, windows) => {
        const index = createSpanIndex(list);
        for (const [from, to] of windows) {
          expect(querySpanIndex(index, from, to)).toEqual(filterSpans(list, from, to));
        }
      }),
    );
  });
});
