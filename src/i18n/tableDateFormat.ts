import type { MonthNames } from './monthNames.js';
import type { UtcDateFields, UtcDateFormat } from './utcDateFormat.js';

/** Years written with four digits and no era, where the tables and Intl agree. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function toParts(ms: number): DateParts {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

/** 0 for the day, 1 for the month, 2 for the year: the largest field in which a and b differ. */
function largestDifference(a: DateParts, b: DateParts): number {
  if (a.year !== b.year) return 2;
  if (a.month !== b.month) return 1;
  return a.day !== b.day ? 0 : -1;
}

const HAS_LETTER = /\p{L}/u;

/**
 * `format` and `formatRange` for British English and French, written from month tables in the
 * order both use (day, month, year), with the range rules their CLDR data gives. Dates outside
 * the years 1000–9999 go to `fallback`, built on first need.
 */
export function createTableDateFormat(
  names: MonthNames,
  fields: UtcDateFields,
  fallback: () => UtcDateFormat,
): UtcDateFormat {
  const months = fields.month === 'short' ? names.short : names.long;
  // Fields from the smallest: index 0 is the day, 1 the month, 2 the year.
  const writers: readonly ((parts: DateParts) => string)[] = [
    (parts) => String(parts.day),
    (parts) => months[parts.month] ?? '',
    (parts) => String(parts.year),
  ];
  const shown = [fields.day !== undefined, fields.month !== undefined, fields.year !== undefined];
  const write = (parts: DateParts, from: number, to: number): string => {
    const words: string[] = [];
    for (let field = from; field <= to; field += 1) {
      if (shown[field]) words.push((writers[field] as (parts: DateParts) => string)(parts));
    }
    return words.join(' ');
  };
  const isTabled = (parts: DateParts) => parts.year >= FIRST_YEAR && parts.year <= LAST_YEAR;

  return {
    format(ms) {
      const parts = toParts(ms);
      return isTabled(parts) ? write(parts, 0, 2) : fallback().format(ms);
    },
    formatRange(startMs, endMs) {
      const start = toParts(startMs);
      const end = toParts(endMs);
      if (!isTabled(start) || !isTabled(end)) return fallback().formatRange(startMs, endMs);
      const differing = largestDifference(start, end);
      // Fields above the largest difference are shared and written once, after the range.
      const varyingTo = shown.slice(differing + 1).some(Boolean) ? differing : 2;
      const from = write(start, 0, varyingTo);
      const to = write(end, 0, varyingTo);
      if (differing === -1 || from === to) return write(start, 0, 2);
      const shared = write(start, varyingTo + 1, 2);
      const separator = HAS_LETTER.test(from) ? ' – ' : '–';
      return `${from}${separator}${to}${shared === '' ? '' : ` ${shared}`}`;
    },
  };
}
