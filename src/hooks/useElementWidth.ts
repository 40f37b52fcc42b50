import { type RefObject, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/**
 * The content width of an element, kept up to date with a ResizeObserver. On the server and
 * before the first measure it is `fallbackPx`, so the first render needs no `window`.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallbackPx: number): number {
  const [width, setWidth] = useState(fallbackPx);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (px: number) => setWidth(px > 0 ? Math.round(px) : 0);
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
