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
