import type { TimelineData } from './event.js';

/**
 * Returns its argument unchanged. Writing a document as `defineTimeline({ … })` makes
 * TypeScript check it against the format, and keeps its literal types (ids, kinds) for
 * code that reads it back. It does not validate at run time: `parseTimeline` does.
 */
export function defineTimeline<const T extends TimelineData>(data: T): T {
  return data;
}
