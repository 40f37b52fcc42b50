import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SPAN_MS } from '../../src/layout/overviewWindow.js';
import { computeStepRange } from '../../src/layout/stepRange.js';

const DAY_MS = 86_400_000;

/** A domain of 10 days to 40 years and an event span inside it. */
const domainAndSpan = fc
  .record({
    start: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
    length: fc.integer({ min: 10 * DAY_MS, max: 40 * 365 * DAY_MS }),
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ start, length, a, b }) => ({
    domain: [start, start + length] as const,
    span: {
      start: start + Math.floor(Math.min(a, b) * length),
      end: start + Math.floor(Math.max(a, b) * length),
    },
  }));

describe('computeStepRange(span, domain)', () => {
  it('always shows the whole event, inside the domain, at least a week long', () => {
    fc.assert(
      fc.property(domainAndSpan, ({ domain, span }) => {
        const [start, end] = computeStepRange(span, domain);
        expect(start).toBeLessThanOrEqual(span.start);
        expect(end).toBeGreaterThanOrEqual(span.end);
        expect(start).toBeGreaterThanOrEqual(domain[0]);
        expect(end).toBeLessThanOrEqual(domain[1]);
        expect(end - start).toBeGreaterThanOrEqual(
          Math.min(MIN_WINDOW_SPAN_MS, domain[1] - domain[0]),
        );
      }),
    );
  });

  it('shows context on both sides of the event unless the domain ends first', () => {
    fc.assert(
      fc.property(domainAndSpan, ({ domain, span }) => {
        const [start, end] = computeStepRange(span, domain);
        const isCut = start === domain[0] || end === domain[1];
        if (!isCut) {
          expect(span.start - start).toBeGreaterThanOrEqual(45 * DAY_MS - 1e-3);
          expect(end - span.end).toBeGreaterThanOrEqual(45 * DAY_MS - 1e-3);
        }
      }),
    );
  });
});
