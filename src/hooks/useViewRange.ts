import { useCallback, useMemo, useRef } from 'react';
import { easeCubicInOut } from '../layout/easing.js';
import type { TimeScale } from '../layout/timeScale.js';
import {
  areTransformsEqual,
  constrainTransform,
  getVisibleRange,
  interpolateTransform,
  rescaleTime,
  type TransformBounds,
  transformForRange,
  type ViewTransform,
} from '../layout/viewTransform.js';
import { prefersReducedMotion } from './prefersReducedMotion.js';
import { useControllableState } from './useControllableState.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/** A visible time range as UTC milliseconds, `[start, end]`. */
export type ViewRange = readonly [start: number, end: number];

/** How long an animated zoom or pan takes; the brief asks for 300 ms at most. */
export const VIEW_TRANSITION_MS = 250;

export interface UseViewRangeOptions {
  readonly baseScale: TimeScale;
  readonly bounds: TransformBounds;
  readonly viewRange: ViewRange | undefined;
  readonly defaultViewRange: ViewRange | undefined;
  readonly onViewRangeChange: ((range: ViewRange) => void) | undefined;
}

export interface ViewUpdateOptions {
  /** Animate the change (skipped under reduced motion). */
  readonly animate?: boolean;
}

export interface UseViewRangeResult {
  readonly range: ViewRange;
  readonly transform: ViewTransform;
  /** The base scale zoomed by the current transform. */
  readonly scale: TimeScale;
  /** Applies a change to the transform; every input (wheel, drag, pinch, keys, buttons) goes through here. */
  readonly updateTransform: (
    change: (current: ViewTransform) => ViewTransform,
    options?: ViewUpdateOptions,
  ) => void;
  readonly showRange: (range: ViewRange, options?: ViewUpdateOptions) => void;
}

/**
 * The view state of a timeline. The visible range is what is stored (controlled or not), so a
 * resize keeps the same dates in view; the immutable transform is derived from it on every
 * render and is the single value that every input changes.
 */
export function useViewRange({
  baseScale,
  bounds,
  viewRange,
  defaultViewRange,
  onViewRangeChange,
}: UseViewRangeOptions): UseViewRangeResult {
  const [domainStart, domainEnd] = baseScale.domain;
  const [range, setRange] = useControllableState<ViewRange>({
    value: viewRange,
    defaultValue: defaultViewRange ?? [domainStart, domainEnd],
    onChange: onViewRangeChange,
  });

  const transform = useMemo(
    () => constrainTransform(transformForRange(baseScale, range), bounds),
    [baseScale, range, bounds],
  );
  const scale = useMemo(() => rescaleTime(baseScale, transform), [baseScale, transform]);

  // Native listeners and animation frames need the newest values, not those of their render.
  // A target chosen but not yet committed (see goTo): later inputs build on it.
  const pending = useRef<ViewTransform | null>(null);
  const latest = useRef({ baseScale, bounds, transform });
  latest.current = { baseScale, bounds, transform: pending.current ?? transform };
  const frame = useRef<number | null>(null);

  const cancelAnimation = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    pending.current = null;
  }, []);
  useIsomorphicLayoutEffect(() => cancelAnimation, [cancelAnimation]);

  const goTo = useCallback(
    (from: ViewTransform, target: ViewTransform, animate: boolean) => {
      const { baseScale: base } = latest.current;
      cancelAnimation();
      if (typeof requestAnimationFrame === 'undefined') {
        setRange(getVisibleRange(base, target));
        return;
      }
      if (!animate || prefersReducedMotion()) {
        // Inputs can outpace frames (a trackpad sends several wheel events per frame, a drag
        // several moves): the newest target is committed at the next frame, so the timeline
        // is laid out at most once per frame however fast the input comes.
        pending.current = target;
        frame.current = requestAnimationFrame(() => {
          frame.current = null;
          pending.current = null;
          setRange(getVisibleRange(latest.current.baseScale, target));
        });
        return;
      }
      const startedAt = performance.now();
      const step = (now: number) => {
        const progress = Math.min(1, (now - startedAt) / VIEW_TRANSITION_MS);
        const current = interpolateTransform(from, target, easeCubicInOut(progress));
        setRange(getVisibleRange(latest.current.baseScale, current));
        frame.current = progress < 1 ? requestAnimationFrame(step) : null;
      };
      frame.current = requestAnimationFrame(step);
    },
    [cancelAnimation, setRange],
  );

  const updateTransform = useCallback(
    (change: (current: ViewTransform) => ViewTransform, options?: ViewUpdateOptions) => {
      const { bounds: limits, transform: current } = latest.current;
      const target = constrainTransform(change(current), limits);
      // An input that changes nothing (zooming in at the deepest zoom, panning past an end)
      // neither renders nor reports a range: at the limit, a trackpad sends dozens of them.
      if (frame.current === null && areTransformsEqual(target, current)) return;
      // Inputs that arrive before the next render (several wheel events in one frame, a click
      // during an animation) then build on the target instead of on a stale transform.
      latest.current.transform = target;
      goTo(current, target, options?.animate ?? false);
    },
    [goTo],
  );

  const showRange = useCallback(
    (next: ViewRange, options?: ViewUpdateOptions) =>
      updateTransform(() => transformForRange(latest.current.baseScale, next), options),
    [updateTransform],
  );

  return { range, transform, scale, updateTransform, showRange };
}
