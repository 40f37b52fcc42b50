import type { TimelineEvent } from './event.js';
import { computeEventTimes, type EventTimes } from './eventSpan.js';
import { sortIndicesBy } from './sortIndices.js';

type Sortable = Pick<TimelineEvent, 'id' | 'start' | 'end'>;

const DAY_MS = 86_400_000;

/**
 * Times as day numbers, with NaN (an unreadable date) as Infinity, which sorts last. Calendar
 * dates begin and end at midnight UTC, so these are small whole numbers in the same order as
 * the times, which `sortIndicesBy` packs with their positions for one native numeric sort.
 */
function toDayKeys(times: Float64Array): Float64Array {
  const keys = new Float64Array(times.length);
  for (let index = 0; index < times.length; index += 1) {
    const time = times[index] as number;
    keys[index] = Number.isNaN(time) ? Number.POSITIVE_INFINITY : time / DAY_MS;
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
 * order is total and stable. Each span is computed once, and positions are sorted by their
 * dates over flat key arrays (see `sortIndicesBy`); ids are compared only within the runs of
 * events that share both dates, which are short.
 */
export function orderEventsInTime(events: readonly Sortable[]): EventOrder {
  const times = computeEventTimes(events);
  const starts = toDayKeys(times.starts);
  const ends = toDayKeys(times.ends);
  const order = sortIndicesBy(starts, ends);
  const byId = (a: number, b: number): number => {
    const idA = (events[a] as Sortable).id;
    const idB = (events[b] as Sortable).id;
    return idA === idB ? a - b : idA < idB ? -1 : 1;
  };
  let runStart = 0;
  // Events of one day are often written in id order already: such a run is left as it is.
  let isRunInOrder = true;
  for (let position = 1; position <= order.length; position += 1) {
    const previous = order[position - 1] as number;
    const current = order[position];
    const isSameDates =
      current !== undefined &&
      starts[current] === starts[previous] &&
      ends[current] === ends[previous];
    if (isSameDates) {
      if (isRunInOrder && byId(previous, current) > 0) isRunInOrder = false;
      continue;
    }
    if (!isRunInOrder) order.subarray(runStart, position).sort(byId);
    runStart = position;
    isRunInOrder = true;
  }
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
