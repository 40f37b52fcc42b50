import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeTimeDomain,
  createLinearTimeScale,
  type TimeSpan,
} from '../../src/layout/timeScale.js';

const DAY_MS = 86_400_000;
const MS_2000 = Date.UTC(2000, 0, 1);
const MS_2100 = Date.UTC(2100, 0, 1);

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

describe('createLinearTimeScale(domain, range)', () => {
  it('scale.invert(scale(ms)) returns ms within a microsecond, and scale keeps order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MS_2000, max: MS_2100 }),
        fc.integer({ min: 1, max: 10 * 365 * 86_400_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: MS_2000, max: MS_2100 }),
        fc.integer({ min: MS_2000, max: MS_2100 }),
        (d0, extent, width, a, b) => {
          const scale = createLinearTimeScale([d0, d0 + extent], [0, width]);
          expect(Math.abs(scale.invert(scale(a)) - a)).toBeLessThan(1e-3);
          if (a < b) expect(scale(a)).toBeLessThanOrEqual(scale(b));
        },
      ),
    );
  });
});
