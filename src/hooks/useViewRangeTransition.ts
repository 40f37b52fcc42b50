import { useCallback, useRef } from 'react';
import { easeCubicInOut } from '../layout/easing.js';
import { interpolateRange } from '../layout/stepRange.js';
import { prefersReducedMotion } from './prefersReducedMotion.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';
import { VIEW_TRANSITION_MS, type ViewRange } from './useViewRange.js';

/**
 * Animates a controlled `viewRange` to a target, as the timeline animates its own zooms: over
 * 250 ms, easing in and out (cubic), with both ends of the range on a straight path in time;
 * at once under reduced motion.
 * A change made by anything else meanwhile (the reader zooming, the minimap) stops it.
 *
 * ```tsx
 * const [viewRange, setViewRange] = useState<ViewRange>(domain);
 * const showRange = useViewRangeTransition(viewRange, setViewRange);
 * <TimelineStory onStepEvent={(id, range) => { setSelectedId(id); showRange(range); }} … />
 * ```
 */
export function useViewRangeTransition(
  viewRange: ViewRange,
  setViewRange: (range: ViewRange) => void,
): (target: ViewRange) => void {
  const latest = useRef({ viewRange, setViewRange });
  latest.current = { viewRange, setViewRange };
  const frame = useRef<number | null>(null);

  const cancel = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  }, []);
  useIsomorphicLayoutEffect(() => cancel, [cancel]);

  return useCallback(
    (target: ViewRange) => {
      cancel();
      const { viewRange: from } = latest.current;
      if (prefersReducedMotion() || typeof requestAnimationFrame === 'undefined') {
        latest.current.setViewRange(target);
        return;
      }
      const startedAt = performance.now();
      // Every range this animation has set: the parent may render a frame late, so the range
      // it holds can be any of them. Anything else was set by someone else, whose change wins.
      const produced: ViewRange[] = [from];
      const step = (now: number) => {
        const { viewRange: current, setViewRange: set } = latest.current;
        if (!produced.some((range) => range[0] === current[0] && range[1] === current[1])) {
          frame.current = null;
          return;
        }
        const progress = Math.min(1, (now - startedAt) / VIEW_TRANSITION_MS);
        const next = interpolateRange(from, target, easeCubicInOut(progress));
        produced.push(next);
        set(next);
        frame.current = progress < 1 ? requestAnimationFrame(step) : null;
      };
      frame.current = requestAnimationFrame(step);
    },
    [cancel],
  );
}
