import type { CalendarDateString } from './event.js';

/**
 * A calendar date as a value: a year, a month or a day, with the precision it was written
 * at. It names a period of the calendar, not an instant, so it never depends on a time zone.
 */
export type CalendarDate =
  | { readonly precision: 'year'; readonly year: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | {
      readonly precision: 'day';
      readonly year: number;
      readonly month: number;
      readonly day: number;
    };

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a four-digit year from 1000 and a month and day
 * that can exist in some month. Whether the day exists in its month is checked separately.
 * The JSON Schema publishes this pattern too, which is why it is written without flags.
 */
export const CALENDAR_DATE_PATTERN =
  /^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days in a month (1–12) of the proleptic Gregorian calendar. */
export function getDaysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function readCalendarDate(text: string): CalendarDate | undefined {
  if (!CALENDAR_DATE_PATTERN.test(text)) return undefined;
  const year = Number(text.slice(0, 4));
  if (text.length === 4) return { precision: 'year', year };
  const month = Number(text.slice(5, 7));
  if (text.length === 7) return { precision: 'month', year, month };
  const day = Number(text.slice(8, 10));
  if (day > getDaysInMonth(year, month)) return undefined;
  return { precision: 'day', year, month, day };
}

// A large document repeats a few thousand dates across its events, and validation, sorting
// and layout each read them: each distinct text is parsed once. Bounded, so a stream of
// distinct dates cannot grow it without limit; the values are frozen, as they are shared.
const MAX_CACHED_DATES = 20_000;
const parsedDates = new Map<string, CalendarDate>();

/**
 * Reads `"2022"`, `"2024-04"` or `"2024-04-18"`; returns `undefined` for anything else,
 * including dates that do not exist (`"2023-02-29"`) and surrounding spaces.
 */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  // The longest date has 10 characters: nothing longer reaches the pattern or the cache.
  if (typeof text !== 'string' || text.length > 10) return undefined;
  const cached = parsedDates.get(text);
  if (cached !== undefined) return cached;
  const date = readCalendarDate(text);
  if (date === undefined) return undefined;
  if (parsedDates.size >= MAX_CACHED_DATES) parsedDates.clear();
  parsedDates.set(text, Object.freeze(date));
  return date;
}

/** The string form an author writes: `"2022"`, `"2024-04"`, `"2024-04-18"`. */
export function formatCalendarDateString(date: CalendarDate): CalendarDateString {
  const year = String(date.year).padStart(4, '0');
  if (date.precision === 'year') return year;
  const month = String(date.month).padStart(2, '0');
  if (date.precision === 'month') return `${year}-${month}`;
  return `${year}-${month}-${String(date.day).padStart(2, '0')}`;
}

/** UTC ms of the first instant of the period (1 January, the 1st of the month, or midnight). */
export function getPeriodStartMs(date: CalendarDate): number {
  switch (date.precision) {
    case 'year':
      return Date.UTC(date.year, 0, 1);
    case 'month':
      return Date.UTC(date.year, date.month - 1, 1);
    case 'day':
      return Date.UTC(date.year, date.month - 1, date.day);
    default:
      return date satisfies never;
  }
}

/** UTC ms just after the period: the next year, month or day (the end is exclusive). */
export function getPeriodEndMs(date: CalendarDate): number {
  // Date.UTC carries overflowing months and days into the next year or month.
  switch (date.precision) {
    case 'year':
      return Date.UTC(date.year + 1, 0, 1);
    case 'month':
      return Date.UTC(date.year, date.month, 1);
    case 'day':
      return Date.UTC(date.year, date.month - 1, date.day + 1);
    default:
      return date satisfies never;
  }
}

/**
 * Orders periods by their start, then by their end, so that on the same first day the
 * shorter period comes first (`2023-01-01` < `2023-01` < `2023`). Returns -1, 0 or 1.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return (
    Math.sign(getPeriodStartMs(a) - getPeriodStartMs(b)) ||
    Math.sign(getPeriodEndMs(a) - getPeriodEndMs(b))
  );
}

/**
 * Whether the period of date text `date` starts before that of `other`; false when either is
 * not a calendar date. How `end` is checked against `start`.
 */
export function startsBefore(date: unknown, other: unknown): boolean {
  const a = typeof date === 'string' ? parseCalendarDate(date) : undefined;
  const b = typeof other === 'string' ? parseCalendarDate(other) : undefined;
  return a !== undefined && b !== undefined && getPeriodStartMs(a) < getPeriodStartMs(b);
}
