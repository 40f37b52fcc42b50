import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCalendarDateString,
  getPeriodEndMs,
  getPeriodStartMs,
  parseCalendarDate,
} from '../../src/model/calendarDate.js';
import { calendarDateArbitrary, dayDateArbitrary, toDateString } from '../fixtures/arbitraries.js';

const MS_PER_DAY = 86_400_000;
const utcDayOfMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric' });

describe('calendar date properties', () => {
  it('parseCalendarDate(formatCalendarDateString(date)) returns the date', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, (date) => {
        expect(parseCalendarDate(formatCalendarDateString(date))).toEqual(date);
      }),
    );
  });

  it('formatCalendarDateString(date) writes the form an author writes', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, (date) => {
        expect(formatCalendarDateString(date)).toBe(toDateString(date));
      }),
    );
  });

  it('parseCalendarDate(text) accepts only text it writes back identically', () => {
    const nearDates = fc
      .tuple(fc.stringMatching(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/), fc.string({ maxLength: 2 }))
      .map(([date, noise]) => (noise.length === 1 ? `${date}${noise}` : date));
    fc.assert(
      fc.property(fc.oneof(nearDates, fc.string()), (text) => {
        const date = parseCalendarDate(text);
        if (date) expect(formatCalendarDateString(date)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('getPeriodStartMs(date) is UTC midnight of the first day, whatever the time zone', () => {
    fc.assert(
      fc.property(dayDateArbitrary, (date) => {
        const start = getPeriodStartMs(date);
        expect(Number.isInteger(start / MS_PER_DAY)).toBe(true);
        expect(utcDayOfMonth.format(start)).toBe(String(date.day));
        expect(getPeriodEndMs(date) - start).toBe(MS_PER_DAY);
      }),
    );
  });

  it('getPeriodEndMs(date) is the start of the next period of the same precision', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, (date) => {
        const end = new Date(getPeriodEndMs(date));
        const next = [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()];
        if (date.precision === 'year') expect(next).toEqual([date.year + 1, 1, 1]);
        if (date.precision === 'month') {
          expect(next).toEqual(
            date.month === 12 ? [date.year + 1, 1, 1] : [date.year, date.month + 1, 1],
          );
        }
        expect(Number.isInteger(end.getTime() / MS_PER_DAY)).toBe(true);
      }),
    );
  });
});
