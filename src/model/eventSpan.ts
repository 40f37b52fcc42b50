import { getPeriodEndMs, getPeriodStartMs, parseCalendarDate } from './calendarDate.js';
import type { DatePrecision, TimelineEvent } from './event.js';

/** Where an event sits in time, in UTC ms, end exclusive. */
export interface TimelineSpan {
  readonly start: number;
  readonly end: number;
  /** The precision of `start`. */
  readonly precision: DatePrecision;
}

/**
 * The period an event covers: from the first instant of `start` to just after `end`, or
 * just after `start` itself when there is no end, so that `"2024-04"` spans all of April.
 *
 * Meant for events that passed `parseTimeline`. It does not throw on others: an unreadable
 * `start` gives `NaN` bounds, and an unreadable `end` is treated as absent.
 */
export function getEventSpan(event: Pick<TimelineEvent, 'start' | 'end'>): TimelineSpan {
  const start = parseCalendarDate(event.start);
  if (!start) return { start: Number.NaN, end: Number.NaN, precision: 'day' };
  const end = event.end === undefined ? undefined : parseCalendarDate(event.end);
  return {
    start: getPeriodStartMs(start),
    end: getPeriodEndMs(end ?? start),
    precision: start.precision,
  };
}

/** Every event's span as flat arrays, `getEventSpan` without an object per event. */
export interface EventTimes {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly precisions: readonly DatePrecision[];
}

/** `getEventSpan` of each event, in input order, as columns (NaN bounds where it gives NaN). */
export function computeEventTimes(
  events: readonly Pick<TimelineEvent, 'start' | 'end'>[],
): EventTimes {
  const count = events.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const precisions = new Array<DatePrecision>(count);
  // Why: events in time order often share their dates (a day's dispatches), and then the
  // previous event's span is reused rather than the dates looked up and converted again.
  let previous: Pick<TimelineEvent, 'start' | 'end'> | undefined;
  for (let index = 0; index < count; index += 1) {
    const event = events[index] as Pick<TimelineEvent, 'start' | 'end'>;
    if (previous !== undefined && event.start === previous.start && event.end === previous.end) {
      starts[index] = starts[index - 1] as number;
      ends[index] = ends[index - 1] as number;
      precisions[index] = precisions[index - 1] as DatePrecision;
      continue;
    }
    previous = event;
    const start = parseCalendarDate(event.start);
    if (!start) {
      starts[index] = Number.NaN;
      ends[index] = Number.NaN;
      precisions[index] = 'day';
      continue;
    }
    const end = event.end === undefined ? undefined : parseCalendarDate(event.end);
    starts[index] = getPeriodStartMs(start);
    ends[index] = getPeriodEndMs(end ?? start);
    precisions[index] = start.precision;
  }
  return { starts, ends, precisions };
}
