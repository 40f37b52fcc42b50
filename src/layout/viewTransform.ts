import { createLinearTimeScale, type TimeScale } from './timeScale.js';

/**
 * An immutable horizontal zoom and pan, like d3-zoom's `ZoomTransform` without `y`: a point
 * drawn at `base(ms)` px by the base scale appears at `base(ms) * k + x` px on screen.
 */
export interface ViewTransform {
  /** Zoom factor; 1 shows the base scale's whole domain. */
  readonly k: number;
  /** Horizontal offset in px, applied after scaling. */
  readonly x: number;
}

/** No zoom, no pan: the base scale as it is. */
export const IDENTITY_TRANSFORM: ViewTransform = Object.freeze({ k: 1, x: 0 });

/** The narrowest range the zoom may show: about a week, so day ticks stay readable. */
export const MIN_VISIBLE_MS = 7 * 86_400_000;

/** Tolerance of `areTransformsEqual`, in px for `x` and in zoom units for `k`. */
export const TRANSFORM_EPSILON = 1e-6;

/** Shortest range `transformForRange` will show, so an empty range still gives a finite zoom. */
const MIN_RANGE_MS = 1;

/** Zooms by `factor` around the screen point `anchorPx`, which stays where it is. */
export function scaleTransformBy(
  t: ViewTransform,
  factor: number,
  anchorPx: number,
): ViewTransform {
  return { k: t.k * factor, x: anchorPx - (anchorPx - t.x) * factor };
}

/** Pans by `dxPx` screen px (positive moves the content right). */
export function translateTransformBy(t: ViewTransform, dxPx: number): ViewTransform {
  return { k: t.k, x: t.x + dxPx };
}

/** What `constrainTransform` keeps a transform inside. */
export interface TransformBounds {
  /** Width of the base scale's range (and of the viewport), in px. */
  readonly width: number;
  /** Smallest zoom factor; 1 shows the whole domain. */
  readonly minK: number;
  /** Largest zoom factor. */
  readonly maxK: number;
}

/**
 * Clamps `k` into `[minK, maxK]` and `x` so that the base range `[0, width]` always covers the
 * viewport (`x <= 0` and `x + width * k >= width`): the reader can never pan past the data.
 *
 * `constrainTransform` does not know where a zoom was anchored, so when it has to clamp `k`
 * it keeps the viewport's centre fixed. Callers that zoom around a pointer and want that point
 * to stay put at the limits should clamp the factor before calling `scaleTransformBy`.
 * If `minK < 1` lets the data get narrower than the viewport, the data is centred (as d3-zoom
 * does when the extent is smaller than the viewport).
 */
export function constrainTransform(t: ViewTransform, bounds: TransformBounds): ViewTransform {
  const { width, minK, maxK } = bounds;
  const k = Number.isNaN(t.k) ? minK : Math.max(minK, Math.min(maxK, t.k));
  let x = t.x;
  if (k !== t.k && t.k > 0 && Number.isFinite(t.k) && Number.isFinite(t.x)) {
    const centre = width / 2;
    x = centre - (centre - t.x) * (k / t.k);
  }
  const minX = width * (1 - k);
  if (minX > 0) return { k, x: minX / 2 };
  x = Number.isNaN(x) ? 0 : Math.max(minX, Math.min(0, x));
  return { k, x };
}

/** Maps a screen px back to the base scale's px. */
function invertTransformX(t: ViewTransform, px: number): number {
  return (px - t.x) / t.k;
}

/**
 * A copy of `base` whose domain is what the transform shows across `base`'s range, like
 * d3-zoom's `transform.rescaleX`. `base` itself is left untouched.
 */
export function rescaleTime(base: TimeScale, t: ViewTransform): TimeScale {
  const [r0, r1] = base.range;
  return createLinearTimeScale(
    [base.invert(invertTransformX(t, r0)), base.invert(invertTransformX(t, r1))],
    base.range,
  );
}

/**
 * The `[start, end]` UTC ms the transform shows across `base`'s range, truncated to whole
 * milliseconds as a `Date` holds them, so a range survives a round trip through dates and URLs.
 */
export function getVisibleRange(base: TimeScale, t: ViewTransform): readonly [number, number] {
  const [r0, r1] = base.range;
  return [
    Math.trunc(base.invert(invertTransformX(t, r0))),
    Math.trunc(base.invert(invertTransformX(t, r1))),
  ];
}

/**
 * The transform that shows exactly `range` (UTC ms) across `base`'s range: the inverse of
 * `getVisibleRange`. A range shorter than 1 ms is widened to 1 ms so the zoom stays finite;
 * `constrainTransform` then brings it back to the largest zoom, centred on that instant.
 */
export function transformForRange(
  base: TimeScale,
  range: readonly [number, number],
): ViewTransform {
  const [r0, r1] = base.range;
  const start = Math.min(range[0], range[1]);
  const end = Math.max(range[0], range[1], start + MIN_RANGE_MS);
  const u0 = base(start);
  const u1 = base(end);
  const k = (r1 - r0) / (u1 - u0);
  return { k, x: r0 - u0 * k };
}

/**
 * The transform `progress` (0 to 1) of the way from `a` to `b`, moving both ends of the
 * visible range linearly in time. Interpolating `k` linearly instead would make a zoom-in start
 * slowly and end fast. Since the base px are linear in time, the visible base-px range
 * `[-x / k, (width - x) / k]` moves linearly exactly when `-x / k` and `1 / k` do, whatever the
 * width, so no scale is needed. `progress` 0 and 1 return `a` and `b` themselves.
 */
export function interpolateTransform(
  a: ViewTransform,
  b: ViewTransform,
  progress: number,
): ViewTransform {
  if (progress <= 0) return a;
  if (progress >= 1) return b;
  const inverseK = 1 / a.k + (1 / b.k - 1 / a.k) * progress;
  const left = -a.x / a.k + (-b.x / b.k + a.x / a.k) * progress;
  const k = 1 / inverseK;
  return { k, x: -left * k };
}

/**
 * The zoom limits for a domain shown on `width` px: from the whole domain (`minK` 1) to a
 * visible range of about `minVisibleMs` (`maxK`), never below 1 for short domains.
 * @default minVisibleMs MIN_VISIBLE_MS (7 days)
 */
export function computeZoomBounds(
  domainMs: readonly [number, number],
  width: number,
  minVisibleMs: number = MIN_VISIBLE_MS,
): TransformBounds {
  const spanMs = Math.abs(domainMs[1] - domainMs[0]);
  const maxK = minVisibleMs > 0 ? spanMs / minVisibleMs : 1;
  return { width, minK: 1, maxK: Number.isFinite(maxK) ? Math.max(1, maxK) : 1 };
}

/**
 * Whether two transforms differ by at most `epsilon` in both `k` and `x`.
 * @default epsilon TRANSFORM_EPSILON
 */
export function areTransformsEqual(
  a: ViewTransform,
  b: ViewTransform,
  epsilon: number = TRANSFORM_EPSILON,
): boolean {
  return Math.abs(a.k - b.k) <= epsilon && Math.abs(a.x - b.x) <= epsilon;
}
