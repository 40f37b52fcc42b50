import type { TimelineEvent } from './event.js';
import { computeEventTimes, type EventTimes } from './eventSpan.js';

type Sortable = Pick<TimelineEvent, 'id' | 'start' | 'end'>;

/** A copy with NaN (an unreadable date) replaced by Infinity, which sorts last. */
function nanLast(values: Float64Array): Float64Array {
  const keys = new Float64Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as number;
    keys[index] = Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
  }
  return keys;
}

/** The events' positions in time order, and each event's span (in input order). */
export interface EventOrder {
  readonly order: Uint32Array;
  readonly times: EventTimes;
}

/**
 * Orders events by start, then by end (shorter first), then by id, then by position, so the
 * order is total and stable. Each span is computed once, and positions are sorted over flat
 * key arrays: several times faster than sorting objects on 100,000 events. Input already in
 * order (as documents usually are) is recognised in one pass and not sorted at all.
 */
export function orderEventsInTime(events: readonly Sortable[]): EventOrder {
  const times = computeEventTimes(events);
  const starts = nanLast(times.starts);
  const ends = nanLast(times.ends);
  // Infinity - Infinity is NaN, which is falsy: two unreadable dates fall through to the id.
  const compare = (a: number, b: number): number => {
    const byDate =
      (starts[a] as number) - (starts[b] as number) || (ends[a] as number) - (ends[b] as number);
    if (byDate) return byDate;
    const idA = (events[a] as Sortable).id;
    const idB = (events[b] as Sortable).id;
    return idA === idB ? a - b : idA < idB ? -1 : 1;
  };
  const order = new Uint32Array(events.length);
  let isSorted = true;
  for (let index = 0; index < order.length; index += 1) {
    order[index] = index;
    if (isSorted && index > 0 && compare(index - 1, index) > 0) isSorted = false;
  }
  if (!isSorted) order.sort(compare);
  return { order, times };
}

/**
 * A new array of the events in time order: by start, then by end (shorter first), then by
 * id. The sort is stable, so events equal on all three keep their input order.
 */
export function sortEvents<T extends Sortable>(events: readonly T[]): T[] {
  const { order } = orderEventsInTime(events);
  return Array.from(order, (index) => events[index] as T);
}
