import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTimeDomain, type TimeSpan } from '../../src/layout/timeScale.js';

const DAY_MS = 86_400_000;

const spans = fc.array(
  fc
    .tuple(fc.integer({ min: -20_000, max: 30_000 }), fc.integer({ min: 0, max: 400 }))
    .map(([day, days]): TimeSpan => ({ start: day * DAY_MS, end: (day + days) * DAY_MS })),
  { minLength: 1, maxLength: 50 },
);

describe('computeTimeDomain(spans)', () => {
  it('covers every span with room to spare on both sides', () => {
    fc.assert(
      fc.property(spans, (list) => {
        const [start, end] = computeTimeDomain(list);
        for (const span of list) {
          expect(start).toBeLessThan(span.start);
          expect(end).toBeGreaterThan(span.end);
        }
      }),
    );
  });
});
