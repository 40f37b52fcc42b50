import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatEventDate } from '../../src/i18n/formatEventDate.js';
import {
  calendarDateArbitrary,
  calendarDateStringArbitrary,
  dayDateArbitrary,
} from '../fixtures/arbitraries.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('date formatting properties', () => {
  it('formatCalendarDate(day, "en") names the same day, month and year in every time zone', () => {
    fc.assert(
      fc.property(dayDateArbitrary, (date) => {
        expect(formatCalendarDate(date, 'en')).toBe(
          `${date.day} ${MONTHS[date.month - 1]} ${date.year}`,
        );
      }),
    );
  });

  it('formatCalendarDate(day, "fr") starts with the same day number in every time zone', () => {
    fc.assert(
      fc.property(dayDateArbitrary, (date) => {
        expect(formatCalendarDate(date, 'fr').split(' ')[0]).toBe(String(date.day));
      }),
    );
  });

  it('formatCalendarDate(date, locale) never throws, whatever the locale string', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, fc.string(), (date, locale) => {
        expect(formatCalendarDate(date, locale)).not.toBe('');
      }),
    );
  });

  it('formatEventDate(event, "en") mentions the years of both ends', () => {
    fc.assert(
      fc.property(calendarDateStringArbitrary, calendarDateStringArbitrary, (start, end) => {
        const text = formatEventDate({ start, end }, 'en');
        expect(text).toContain(start.slice(0, 4));
        expect(text).toContain(end.slice(0, 4));
      }),
    );
  });
});
