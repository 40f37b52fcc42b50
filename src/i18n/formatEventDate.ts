import { type CalendarDate, getPeriodStartMs, parseCalendarDate } from '../model/calendarDate.js';
import type { DatePrecision, TimelineEvent } from '../model/event.js';
import { getUtcDateFormat } from './getUtcDateFormat.js';
import type { UtcDateFields } from './utcDateFormat.js';

const PRECISION_FIELDS: Readonly<Record<DatePrecision, UtcDateFields>> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
};

/**
 * A calendar date in words, as precise as it was written: "2022"; "April 2024" / "avril
 * 2024"; "18 April 2024" / "18 avril 2024". Formatted in UTC, where its period starts, so the
 * reader's time zone never moves it to the day before.
 */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  return getUtcDateFormat(locale, PRECISION_FIELDS[date.precision]).format(getPeriodStartMs(date));
}

/**
 * When an event happened, in words: "18 April 2024", "13–14 September 2022",
 * "12 December 2022 – 30 September 2023", "2022". Dates of different precisions are joined
 * with " – ". A date that does not parse (in data that skipped `parseTimeline`) is shown as
 * written.
 */
export function formatEventDate(
  event: Pick<TimelineEvent, 'start' | 'end'>,
  locale: string,
): string {
  const start = parseCalendarDate(event.start);
  if (!start) return event.start;
  const end = event.end === undefined ? undefined : parseCalendarDate(event.end);
  if (event.end === undefined || event.end === event.start) {
    return formatCalendarDate(start, locale);
  }
  if (!end) return `${formatCalendarDate(start, locale)} – ${event.end}`;
  if (end.precision !== start.precision) {
    return `${formatCalendarDate(start, locale)} – ${formatCalendarDate(end, locale)}`;
  }
  return getUtcDateFormat(locale, PRECISION_FIELDS[start.precision]).formatRange(
    getPeriodStartMs(start),
    getPeriodStartMs(end),
  );
}
