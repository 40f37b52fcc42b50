import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeScale } from '../../src/layout/timeScale.js';
import {
  computeZoomBounds,
  constrainTransform,
  getVisibleRange,
  interpolateTransform,
  rescaleTime,
  scaleTransformBy,
  type TransformBounds,
  transformForRange,
  type ViewTransform,
} from '../../src/layout/viewTransform.js';

const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;

const finite = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const transform = fc.record({ k: finite(1e-3, 1e3), x: finite(-1e6, 1e6) });

/** Anything a careless caller could pass, NaN and infinities included. */
const arbitraryTransform = fc.record({ k: fc.double(), x: fc.double() });

const bounds: fc.Arbitrary<TransformBounds> = fc
  .record({ width: finite(1, 4000), maxK: finite(1, 1e4) })
  .map(({ width, maxK }) => ({ width, minK: 1, maxK }));

/** A base scale over 3 days to 40 years starting between 1900 and 2100, and its bounds. */
const view = fc
  .record({
    start: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
    duration: fc.integer({ min: 3 * DAY_MS, max: 40 * YEAR_MS }),
    width: fc.integer({ min: 200, max: 2000 }),
  })
  .map(({ start, duration, width }) => {
    const domain = [start, start + duration] as const;
    return { base: createTimeScale(domain, width), bounds: computeZoomBounds(domain, width) };
  });

/** A transform inside the view's bounds, from a free zoom fraction and pan fraction. */
const viewWithTransform = fc
  .tuple(
    view,
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([{ base, bounds: limits }, zoom, pan]) => {
    const k = limits.minK * (limits.maxK / limits.minK) ** zoom;
    const t: ViewTransform = { k, x: 0 - pan * limits.width * (k - 1) };
    return { base, bounds: limits, t };
  });

describe('scaleTransformBy(t, factor, anchorPx)', () => {
  it('keeps the point under anchorPx where it is', () => {
    fc.assert(
      fc.property(transform, finite(0.01, 100), finite(-2000, 4000), (t, factor, anchor) => {
        const scaled = scaleTransformBy(t, factor, anchor);
        const basePx = (anchor - t.x) / t.k;
        const tolerance = 1e-9 * (Math.abs(anchor) + Math.abs(t.x) * factor + 1);
        expect(Math.abs(basePx * scaled.k + scaled.x - anchor)).toBeLessThanOrEqual(tolerance);
        expect(scaled.k).toBeCloseTo(t.k * factor, 9);
      }),
    );
  });
});

describe('constrainTransform(t, bounds)', () => {
  it('keeps k in bounds and the viewport inside the data, for any transform', () => {
    fc.assert(
      fc.property(arbitraryTransform, bounds, (t, limits) => {
        const { k, x } = constrainTransform(t, limits);
        expect(Number.isFinite(k) && Number.isFinite(x)).toBe(true);
        expect(k).toBeGreaterThanOrEqual(limits.minK);
        expect(k).toBeLessThanOrEqual(limits.maxK);
        expect(x).toBeLessThanOrEqual(0);
        // Floating error grows with the magnitude of width * k at deep zoom.
        expect(x + limits.width * k).toBeGreaterThanOrEqual(
          limits.width * (1 - 1e-12 * Math.max(1, k)),
        );
      }),
    );
  });

  it('changes nothing the second time', () => {
    fc.assert(
      fc.property(arbitraryTransform, bounds, (t, limits) => {
        const once = constrainTransform(t, limits);
        expect(constrainTransform(once, limits)).toEqual(once);
      }),
    );
  });

  it('leaves a transform already inside the bounds as it is', () => {
    fc.assert(
      fc.property(viewWithTransform, ({ bounds: limits, t }) => {
        expect(constrainTransform(t, limits)).toEqual(t);
      }),
    );
  });
});

describe('rescaleTime(base, t)', () => {
  it('draws each instant at base(ms) * k + x, and inverts back to the same instant', () => {
    fc.assert(
      fc.property(viewWithTransform, finite(0, 1), ({ base, t }, fraction) => {
        const [d0, d1] = base.domain;
        const ms = Math.round(d0 + (d1 - d0) * fraction);
        const scale = rescaleTime(base, t);
        const px = scale(ms);
        // The zoomed scale's domain is whole milliseconds (Dates), which can shift a px by up
        // to one millisecond's width at this zoom.
        const [, width] = base.range;
        const msWidthPx = (width / (d1 - d0)) * t.k;
        expect(Math.abs(px - (base(ms) * t.k + t.x))).toBeLessThan(
          1e-6 * (1 + Math.abs(t.x) + Math.abs(px)) + msWidthPx,
        );
        // d3 rounds inverted instants to the millisecond; float error at deep zoom adds one more.
        expect(Math.abs(scale.invert(px) - ms)).toBeLessThanOrEqual(2);
        expect(base.domain).toEqual([d0, d1]);
      }),
    );
  });
});

describe('transformForRange(base, getVisibleRange(base, t))', () => {
  it('gives back t, up to the millisecond rounding of the visible range', () => {
    fc.assert(
      fc.property(viewWithTransform, ({ base, t }) => {
        const back = transformForRange(base, getVisibleRange(base, t));
        const [d0, d1] = base.domain;
        const [, width] = base.range;
        // One ms of rounding at each end, seen at zoom k, over the base px per ms.
        const pxPerMs = (width / (d1 - d0)) * t.k;
        expect(Math.abs(back.k - t.k) / t.k).toBeLessThan(1e-6);
        expect(Math.abs(back.x - t.x)).toBeLessThan(2 * pxPerMs * t.k + 1e-6);
      }),
    );
  });

  it('and getVisibleRange(base, transformForRange(base, range)) gives back the range', () => {
    fc.assert(
      fc.property(view, finite(0, 1), finite(0, 1), ({ base }, a, b) => {
        const [d0, d1] = base.domain;
        const start = Math.round(d0 + (d1 - d0) * Math.min(a, b));
        const end = Math.round(d0 + (d1 - d0) * Math.max(a, b)) + DAY_MS;
        const [shownStart, shownEnd] = getVisibleRange(base, transformForRange(base, [start, end]));
        expect(Math.abs(shownStart - start)).toBeLessThanOrEqual(1);
        expect(Math.abs(shownEnd - end)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('interpolateTransform(a, b, progress)', () => {
  it('is exactly a at 0 and b at 1', () => {
    fc.assert(
      fc.property(transform, transform, (a, b) => {
        expect(interpolateTransform(a, b, 0)).toEqual(a);
        expect(interpolateTransform(a, b, 1)).toEqual(b);
      }),
    );
  });

  it('moves both visible ends linearly in time', () => {
    fc.assert(
      fc.property(viewWithTransform, viewWithTransform, finite(0, 1), (first, second, p) => {
        const { base } = first;
        const b = constrainTransform(second.t, first.bounds);
        const [a0, a1] = getVisibleRange(base, first.t);
        const [b0, b1] = getVisibleRange(base, b);
        const [m0, m1] = getVisibleRange(base, interpolateTransform(first.t, b, p));
        expect(Math.abs(m0 - (a0 + (b0 - a0) * p))).toBeLessThanOrEqual(2);
        expect(Math.abs(m1 - (a1 + (b1 - a1) * p))).toBeLessThanOrEqual(2);
      }),
    );
  });
});
