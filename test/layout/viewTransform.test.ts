import { describe, expect, it } from 'vitest';
import { createTimeScale } from '../../src/layout/timeScale.js';
import {
  areTransformsEqual,
  computeZoomBounds,
  constrainTransform,
  getVisibleRange,
  IDENTITY_TRANSFORM,
  interpolateTransform,
  rescaleTime,
  scaleTransformBy,
  transformForRange,
  translateTransformBy,
} from '../../src/layout/viewTransform.js';

const DAY_MS = 86_400_000;
const YEAR_2024: readonly [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
const bounds = { width: 1000, minK: 1, maxK: 10 };

describe('scaleTransformBy(t, factor, anchorPx) and translateTransformBy(t, dxPx)', () => {
  it('scaleTransformBy(identity, 2, 500) doubles the zoom around the middle', () => {
    expect(scaleTransformBy(IDENTITY_TRANSFORM, 2, 500)).toEqual({ k: 2, x: -500 });
  });

  it('scaleTransformBy(t, 0.5, 0) halves the zoom around the left edge', () => {
    expect(scaleTransformBy({ k: 4, x: -300 }, 0.5, 0)).toEqual({ k: 2, x: -150 });
  });

  it('translateTransformBy(t, dxPx) moves by screen px whatever the zoom', () => {
    expect(translateTransformBy({ k: 3, x: -200 }, 50)).toEqual({ k: 3, x: -150 });
  });

  it('returns new transforms and leaves the given one untouched', () => {
    const t = { k: 2, x: -10 };
    scaleTransformBy(t, 3, 100);
    translateTransformBy(t, 5);
    expect(t).toEqual({ k: 2, x: -10 });
  });
});

describe('constrainTransform(t, bounds)', () => {
  it('leaves a transform inside the bounds as it is', () => {
    expect(constrainTransform({ k: 2, x: -400 }, bounds)).toEqual({ k: 2, x: -400 });
  });

  it('zooms out no further than the whole range', () => {
    expect(constrainTransform({ k: 0.5, x: 250 }, bounds)).toEqual({ k: 1, x: 0 });
  });

  it('clamps k to maxK keeping the viewport centre fixed', () => {
    // Centre 500 px shows base px (500 + 4500) / 20 = 250; at k 10 that lands at x = 500 - 2500.
    expect(constrainTransform({ k: 20, x: -4500 }, bounds)).toEqual({ k: 10, x: -2000 });
  });

  it('stops panning at either end of the data', () => {
    expect(constrainTransform({ k: 2, x: 100 }, bounds)).toEqual({ k: 2, x: 0 });
    expect(constrainTransform({ k: 2, x: -1500 }, bounds)).toEqual({ k: 2, x: -1000 });
  });

  it('centres the data when minK < 1 lets it get narrower than the viewport', () => {
    expect(constrainTransform({ k: 0.5, x: 0 }, { width: 1000, minK: 0.5, maxK: 2 })).toEqual({
      k: 0.5,
      x: 250,
    });
  });

  it('turns NaN into the widest view', () => {
    expect(constrainTransform({ k: Number.NaN, x: Number.NaN }, bounds)).toEqual({ k: 1, x: 0 });
  });
});

describe('rescaleTime(base, t) and getVisibleRange(base, t)', () => {
  const base = createTimeScale(YEAR_2024, 1000);

  it('rescaleTime(base, identity) shows the base domain, and base keeps its own', () => {
    const zoomed = rescaleTime(base, { k: 4, x: -1500 });
    expect(rescaleTime(base, IDENTITY_TRANSFORM).domain).toEqual(base.domain);
    expect(base.domain).toEqual([...YEAR_2024]);
    expect(zoomed.range).toEqual([0, 1000]);
  });

  it('rescaleTime(base, t) draws each instant at base(ms) * k + x', () => {
    const t = { k: 4, x: -1500 };
    const ms = Date.UTC(2024, 4, 10);
    expect(rescaleTime(base, t)(ms)).toBeCloseTo(base(ms) * t.k + t.x, 6);
  });

  it('getVisibleRange(base, t) at k 4, x -1000 shows the second quarter of 2024', () => {
    const [start, end] = getVisibleRange(base, { k: 4, x: -1000 });
    expect(start).toBe(Date.UTC(2024, 0, 1) + 91.5 * DAY_MS);
    expect(end).toBe(Date.UTC(2024, 0, 1) + 183 * DAY_MS);
  });
});

describe('transformForRange(base, range)', () => {
  const base = createTimeScale(YEAR_2024, 1000);

  it('transformForRange(base, domain) is the identity', () => {
    expect(transformForRange(base, YEAR_2024)).toEqual(IDENTITY_TRANSFORM);
  });

  it('shows April to June across the whole width', () => {
    const range = [Date.UTC(2024, 3, 1), Date.UTC(2024, 6, 1)] as const;
    const t = transformForRange(base, range);
    expect(t.k).toBeCloseTo(366 / 91, 9);
    const scale = rescaleTime(base, t);
    expect(scale(range[0])).toBeCloseTo(0, 6);
    expect(scale(range[1])).toBeCloseTo(1000, 6);
  });

  it('widens an empty range to 1 ms, which constrainTransform turns into the closest view', () => {
    const instant = Date.UTC(2024, 6, 1);
    const t = constrainTransform(transformForRange(base, [instant, instant]), bounds);
    const [start, end] = getVisibleRange(base, t);
    expect(t.k).toBe(10);
    expect((start + end) / 2).toBeCloseTo(instant, -3);
  });
});

describe('interpolateTransform(a, b, progress)', () => {
  const a = { k: 1, x: 0 };
  const b = { k: 5, x: -2000 };

  it('returns a at 0 and b at 1, exactly', () => {
    expect(interpolateTransform(a, b, 0)).toBe(a);
    expect(interpolateTransform(a, b, 1)).toBe(b);
  });

  it('moves the visible ends linearly: halfway from [0, 1000] to [400, 600] is [200, 800]', () => {
    const base = createTimeScale([0, 1000], 1000);
    const [start, end] = getVisibleRange(base, interpolateTransform(a, b, 0.5));
    expect(start).toBe(200);
    expect(end).toBe(800);
  });
});

describe('computeZoomBounds(domainMs, width, minVisibleMs)', () => {
  it('lets a ten-year domain zoom to about one week', () => {
    const domain = [Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1)] as const;
    const { minK, maxK, width } = computeZoomBounds(domain, 800);
    expect({ minK, width }).toEqual({ minK: 1, width: 800 });
    expect(maxK).toBeCloseTo(3653 / 7, 9);
  });

  it('never goes below 1 for a domain shorter than a week', () => {
    expect(computeZoomBounds([0, 3 * DAY_MS], 800).maxK).toBe(1);
  });

  it('takes another narrowest range', () => {
    expect(computeZoomBounds([0, 30 * DAY_MS], 800, DAY_MS).maxK).toBe(30);
  });
});

describe('areTransformsEqual(a, b, epsilon)', () => {
  it('ignores differences within epsilon and sees those beyond it', () => {
    expect(areTransformsEqual({ k: 2, x: -10 }, { k: 2 + 1e-9, x: -10 - 1e-9 })).toBe(true);
    expect(areTransformsEqual({ k: 2, x: -10 }, { k: 2, x: -10.5 })).toBe(false);
    expect(areTransformsEqual({ k: 2, x: -10 }, { k: 2, x: -10.5 }, 1)).toBe(true);
  });
});
