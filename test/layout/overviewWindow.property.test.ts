import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centreWindowAt,
  clampWindow,
  MIN_WINDOW_SPAN_MS,
  moveWindow,
  resizeWindow,
  type TimeRange,
} from '../../src/layout/overviewWindow.js';

const DAY_MS = 86_400_000;
/** Tolerance for float sums of UTC ms (about 1e12): a thousandth of a millisecond. */
const EPSILON_MS = 1e-3;

/** A domain of 10 days to 30 years starting between 1900 and 2100. */
const domain = fc
  .record({
    start: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
    length: fc.integer({ min: 10 * DAY_MS, max: 30 * 365 * DAY_MS }),
  })
  .map(({ start, length }): TimeRange => [start, start + length]);

/** A domain and any range around it, inside, outside, reversed or tiny. */
const domainAndRange = domain.chain((d) => {
  const span = d[1] - d[0];
  const ms = fc.double({ min: d[0] - span, max: d[1] + span, noNaN: true });
  return fc.tuple(fc.constant(d), fc.tuple(ms, ms));
});

const delta = fc.double({ min: -1e12, max: 1e12, noNaN: true });

function expectValid(window: TimeRange, d: TimeRange, minSpanMs = MIN_WINDOW_SPAN_MS) {
  expect(window[0]).toBeGreaterThanOrEqual(d[0] - EPSILON_MS);
  expect(window[1]).toBeLessThanOrEqual(d[1] + EPSILON_MS);
  expect(window[1] - window[0]).toBeGreaterThanOrEqual(
    Math.min(minSpanMs, d[1] - d[0]) - EPSILON_MS,
  );
}

describe('clampWindow(range, domain)', () => {
  it('always gives a window inside the domain, at least a week long', () => {
    fc.assert(fc.property(domainAndRange, ([d, range]) => expectValid(clampWindow(range, d), d)));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(domainAndRange, ([d, range]) => {
        const once = clampWindow(range, d);
        expect(clampWindow(once, d)).toEqual(once);
      }),
    );
  });
});

describe('moveWindow(range, domain, deltaMs)', () => {
  it('keeps the window valid and its length unchanged', () => {
    fc.assert(
      fc.property(domainAndRange, delta, ([d, range], by) => {
        const valid = clampWindow(range, d);
        const moved = moveWindow(valid, d, by);
        expectValid(moved, d);
        expect(Math.abs(moved[1] - moved[0] - (valid[1] - valid[0]))).toBeLessThan(EPSILON_MS);
      }),
    );
  });

  it('moves the window in the direction of deltaMs, never past it', () => {
    fc.assert(
      fc.property(domainAndRange, delta, ([d, range], by) => {
        const valid = clampWindow(range, d);
        const shift = moveWindow(valid, d, by)[0] - valid[0];
        // Never backwards, beyond the float noise of sums of UTC ms.
        expect(shift * Math.sign(by)).toBeGreaterThanOrEqual(-EPSILON_MS);
        expect(Math.abs(shift)).toBeLessThanOrEqual(Math.abs(by) + EPSILON_MS);
      }),
    );
  });

  it('comes back to where it started after moving by deltaMs and back, away from the ends', () => {
    fc.assert(
      fc.property(domainAndRange, delta, ([d, range], by) => {
        const valid = clampWindow(range, d);
        const there = moveWindow(valid, d, by);
        fc.pre(Math.abs(there[0] - valid[0] - by) < EPSILON_MS);
        const back = moveWindow(there, d, -by);
        expect(Math.abs(back[0] - valid[0])).toBeLessThan(EPSILON_MS);
      }),
    );
  });
});

describe('resizeWindow(range, domain, deltaMs, minSpanMs, edge)', () => {
  it('keeps the window valid and leaves the other edge where it was', () => {
    fc.assert(
      fc.property(
        domainAndRange,
        delta,
        fc.constantFrom('start' as const, 'end' as const),
        fc.integer({ min: 0, max: 60 * DAY_MS }),
        ([d, range], by, edge, minSpanMs) => {
          const valid = clampWindow(range, d, minSpanMs);
          const resized = resizeWindow(valid, d, by, minSpanMs, edge);
          expectValid(resized, d, minSpanMs);
          const fixed = edge === 'end' ? 0 : 1;
          expect(resized[fixed]).toBe(valid[fixed]);
        },
      ),
    );
  });
});

describe('centreWindowAt(range, domain, ms)', () => {
  it('keeps the window valid, and centres it on ms whenever the domain allows', () => {
    fc.assert(
      fc.property(domainAndRange, fc.double({ min: 0, max: 1, noNaN: true }), ([d, range], at) => {
        const valid = clampWindow(range, d);
        const ms = d[0] + (d[1] - d[0]) * at;
        const centred = centreWindowAt(valid, d, ms);
        expectValid(centred, d);
        const half = (valid[1] - valid[0]) / 2;
        if (ms - half >= d[0] && ms + half <= d[1]) {
          expect(Math.abs((centred[0] + centred[1]) / 2 - ms)).toBeLessThan(EPSILON_MS);
        }
      }),
    );
  });
});
