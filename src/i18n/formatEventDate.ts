import { type CalendarDate, getPeriodStartMs, parseCalendarDate } from '../model/calendarDate.js';
import type { DatePrecision, TimelineEvent } from '../model/event.js';
import { createUtcDateFormat } from './createUtcDateFormat.js';

const PRECISION_OPTIONS: Readonly<Record<DatePrecision, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
};

// Building an Intl.DateTimeFormat costs far more than formatting with one, and dates are
// formatted for every event on every render.
const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = createUtcDateFormat(locale, PRECISION_OPTIONS[precision]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A calendar date in words, as precise as it was written: "2022"; "April 2024" / "avril
 * 2024"; "18 April 2024" / "18 avril 2024". Formatted in UTC, where its period starts, so the
 * reader's time zone never moves it to the day before.
 */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  return getFormatter(locale, date.precision).format(getPeriodStartMs(date));
}

const DASH_SEPARATOR = /^\s*[-–—]\s*$/;
const LETTER = /\p{L}/u;

/**
 * Intl's range, with its separator made the same everywhere. Versions of the CLDR data differ
 * on the spaces around the dash (en-GB has "13 – 14 September" with thin spaces, fr has
 * "13–14 septembre"), so: closed up between bare numbers ("13–14 September 2022",
 * "2022–2024"), a spaced en dash between words ("April – June 2024"). Separators that are not
 * a dash (such as Japanese "～") are kept.
 */
function formatRange(formatter: Intl.DateTimeFormat, startMs: number, endMs: number): string {
  const parts = formatter.formatRangeToParts(startMs, endMs);
  const firstEnd = parts.findIndex((part) => part.source === 'endRange');
  const lastStart = parts.map((part) => part.source).lastIndexOf('startRange');
  if (lastStart === -1 || firstEnd <= lastStart) return parts.map((part) => part.value).join('');
  const before = parts.slice(0, lastStart + 1).map((part) => part.value);
  const separator = parts
    .slice(lastStart + 1, firstEnd)
    .map((part) => part.value)
    .join('');
  const after = parts.slice(firstEnd).map((part) => part.value);
  if (!DASH_SEPARATOR.test(separator)) return [...before, separator, ...after].join('');
  const startText = parts
    .filter((part) => part.source === 'startRange')
    .map((part) => part.value)
    .join('');
  return [...before, LETTER.test(startText) ? ' – ' : '–', ...after].join('');
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
  return formatRange(
    getFormatter(locale, start.precision),
    getPeriodStartMs(start),
    getPeriodStartMs(end),
  );
}
