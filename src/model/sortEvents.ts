import type { TimelineEvent } from './event.js';
import { getEventSpan } from './eventSpan.js';

interface SortKey<T> {
  readonly event: T;
  readonly start: number;
  readonly end: number;
}

// NaN would make the comparator inconsistent; events without a readable date go last.
function orLast(ms: number): number {
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

function compareKeys<T extends Pick<TimelineEvent, 'id'>>(a: SortKey<T>, b: SortKey<T>): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  // Code-unit order rather than localeCompare, so the order is the same in every locale.
  if (a.event.id !== b.event.id) return a.event.id < b.event.id ? -1 : 1;
  return 0;
}

/**
 * A new array of the events in time order: by start, then by end (shorter first), then by
 * id. The sort is stable, so events equal on all three keep their input order.
 */
export function sortEvents<T extends Pick<TimelineEvent, 'id' | 'start' | 'end'>>(
  events: readonly T[],
): T[] {
  // Spans are computed once per event rather than once per comparison.
  const keys = events.map((event): SortKey<T> => {
    const span = getEventSpan(event);
    return { event, start: orLast(span.start), end: orLast(span.end) };
  });
  return keys.sort(compareKeys).map((key) => key.event);
}
