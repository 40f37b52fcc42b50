import { useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

export interface UseStepInViewOptions {
  /** Called with the index of the step whose block comes to cross the line. */
  readonly onStepInView: (index: number) => void;
  /**
   * The `rootMargin` of the IntersectionObserver: by default a line across the middle of the
   * viewport, so a step becomes active when its block crosses the middle.
   * @default '-50% 0px -50% 0px'
   */
  readonly rootMargin?: string;
}

export interface UseStepInViewResult {
  /** A ref callback for the block of step `index`; the same function each render. */
  readonly getStepRef: (index: number) => (element: HTMLElement | null) => void;
}

/**
 * Scrollytelling: watches each step's text block and reports the one that crosses the middle
 * of the viewport. Does nothing on the server or where IntersectionObserver is missing, so the
 * steps still read as plain text there.
 */
export function useStepInView({
  onStepInView,
  rootMargin = '-50% 0px -50% 0px',
}: UseStepInViewOptions): UseStepInViewResult {
  const elements = useRef(new Map<number, HTMLElement>());
  const indexOf = useRef(new WeakMap<Element, number>());
  const observer = useRef<IntersectionObserver | null>(null);
  const refs = useRef(new Map<number, (element: HTMLElement | null) => void>());
  // The observer outlives renders; it must call the newest callback, not the first one.
  const latest = useRef(onStepInView);
  latest.current = onStepInView;

  useIsomorphicLayoutEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const current = new IntersectionObserver(
      (entries) => {
        // Several blocks can cross in one frame on a fast scroll: the last one listed wins.
        let index: number | undefined;
        for (const entry of entries) {
          if (entry.isIntersecting) index = indexOf.current.get(entry.target) ?? index;
        }
        if (index !== undefined) latest.current(index);
      },
      { rootMargin, threshold: 0 },
    );
    observer.current = current;
    for (const element of elements.current.values()) current.observe(element);
    return () => {
      current.disconnect();
      observer.current = null;
    };
  }, [rootMargin]);

  const getStepRef = useCallback((index: number) => {
    let ref = refs.current.get(index);
    if (!ref) {
      ref = (element: HTMLElement | null) => {
        const previous = elements.current.get(index);
        if (previous) observer.current?.unobserve(previous);
        if (element) {
          elements.current.set(index, element);
          indexOf.current.set(element, index);
          observer.current?.observe(element);
        } else {
          elements.current.delete(index);
        }
      };
      refs.current.set(index, ref);
    }
    return ref;
  }, []);

  return { getStepRef };
}
