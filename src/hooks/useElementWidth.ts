import { useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/**
 * The width of `element` in whole px, kept up to date with a ResizeObserver; `undefined` until
 * it is first measured (before the first layout effect, and on the server). The element is
 * passed as a value, not a ref, so that a component can measure a placeholder first and then
 * the element that replaces it.
 */
export function useElementWidth(element: HTMLElement | null): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    if (!element) return;
    const measure = (px: number) => setWidth(px > 0 ? Math.round(px) : 0);
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const px = entry.contentRect.width;
      // Rendered in a task of its own, after the browser has delivered this round: a render
      // inside the callback (Preact commits in a microtask) can resize the observed element
      // again, which the browser reports to the page as "ResizeObserver loop completed with
      // undelivered notifications". React renders in a later task anyway.
      clearTimeout(timer);
      timer = setTimeout(() => measure(px), 0);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [element]);
  return width;
}
