import { type RefObject, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/** The container width below which a timeline is listed vertically. */
export const DEFAULT_BREAKPOINT_PX = 640;

/** Which side of a width breakpoint a container is on. */
export type ContainerSize = 'narrow' | 'wide';

/**
 * `'narrow'` while the element's width is under `breakpointPx`, `'wide'` from it up. It
 * follows the container, not the viewport, so a timeline in a narrow column of a wide page
 * is narrow. Measured before the first paint and kept up to date with a ResizeObserver.
 *
 * `initial` (by default `'wide'`) on the server and until the element is measured. A width of
 * 0 (an element that is not laid out, e.g. inside `display: none`) tells nothing, so it keeps
 * the last answer.
 *
 * @default breakpointPx 640
 * @default initial 'wide'
 */
export function useContainerBreakpoint(
  ref: RefObject<HTMLElement | null>,
  breakpointPx: number = DEFAULT_BREAKPOINT_PX,
  initial: ContainerSize = 'wide',
): ContainerSize {
  const [size, setSize] = useState<ContainerSize>(initial);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (px: number) => {
      if (px > 0) setSize(px < breakpointPx ? 'narrow' : 'wide');
    };
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const px = entry.contentRect.width;
      // As in useElementWidth: swapping the list and the timeline inside the callback would
      // resize the observed element before the browser has delivered this round.
      clearTimeout(timer);
      timer = setTimeout(() => measure(px), 0);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [ref, breakpointPx]);
  return size;
}
