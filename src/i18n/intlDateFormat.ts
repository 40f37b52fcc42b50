import type { UtcDateFields, UtcDateFormat } from './utcDateFormat.js';

const DASH_SEPARATOR = /^\s*[-–—]\s*$/;
const HAS_LETTER = /\p{L}/u;

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
  return [...before, HAS_LETTER.test(startText) ? ' – ' : '–', ...after].join('');
}

/**
 * A date format in UTC for `locale`, written by Intl. Bare `"en"` resolves to en-US, which
 * writes "April 18, 2024"; news pages read "18 April 2024", so it means British English here.
 * A malformed tag (`"en_US"`) makes Intl throw a RangeError: British English dates beat a
 * broken page.
 */
export function createIntlDateFormat(locale: string, fields: UtcDateFields): UtcDateFormat {
  const options: Intl.DateTimeFormatOptions = { ...fields, timeZone: 'UTC' };
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, options);
  } catch {
    formatter = new Intl.DateTimeFormat('en-GB', options);
  }
  return {
    format: (ms) => formatter.format(ms),
    formatRange: (startMs, endMs) => formatRange(formatter, startMs, endMs),
  };
}
