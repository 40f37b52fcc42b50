const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether the reader asks for less motion right now; `false` on the server. Read when an
 * animation starts, the only time it matters, so nothing listens for changes in between.
 */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(QUERY).matches;
}
