import { describe, expect, it } from 'vitest';
import {
  compareCalendarDates,
  formatCalendarDateString,
  getDaysInMonth,
  getPeriodEndMs,
  getPeriodStartMs,
  parseCalendarDate,
} from '../../src/model/calendarDate.js';

describe('parseCalendarDate(text)', () => {
  it('parseCalendarDate("2022") returns a year-precision date', () => {
    expect(parseCalendarDate('2022')).toEqual({ precision: 'year', year: 2022 });
  });

  it('parseCalendarDate("2024-04") returns a month-precision date', () => {
    expect(parseCalendarDate('2024-04')).toEqual({ precision: 'month', year: 2024, month: 4 });
  });

  it('parseCalendarDate("2024-02-29") returns a day-precision date', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({
      precision: 'day',
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  it('parseCalendarDate("2000-02-29") accepts a leap day of a century divisible by 400', () => {
    expect(parseCalendarDate('2000-02-29')).toEqual({
      precision: 'day',
      year: 2000,
      month: 2,
      day: 29,
    });
  });

  it.each([
    ['2023-02-29', 'a leap day outside a leap year'],
    ['1900-02-29', 'a leap day of a century not divisible by 400'],
    ['2024-02-30', 'the 30th of February'],
    ['2024-04-31', 'the 31st of a 30-day month'],
    ['2024-13', 'month 13'],
    ['2024-00', 'month 0'],
    ['2024-01-00', 'day 0'],
    ['0000', 'year 0'],
    ['0999', 'a year before 1000'],
    ['99999', 'a five-digit year'],
    [' 2024', 'a leading space'],
    ['2024 ', 'a trailing space'],
    ['2024-4', 'a one-digit month'],
    ['2024-04-1', 'a one-digit day'],
    ['2024/04/18', 'slashes'],
    ['2024-04-18T00:00', 'a time'],
    ['-2024', 'a sign'],
    ['', 'an empty string'],
    ['２０２４', 'full-width digits'],
  ])('parseCalendarDate(%j) returns undefined for %s', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
  });

  it('parseCalendarDate(value) returns undefined for a value that is not a string', () => {
    expect(parseCalendarDate(2024 as unknown as string)).toBeUndefined();
  });
});

describe('formatCalendarDateString(date)', () => {
  it('writes each precision back in its string form', () => {
    expect(formatCalendarDateString({ precision: 'year', year: 2022 })).toBe('2022');
    expect(formatCalendarDateString({ precision: 'month', year: 2024, month: 4 })).toBe('2024-04');
    expect(formatCalendarDateString({ precision: 'day', year: 2024, month: 4, day: 8 })).toBe(
      '2024-04-08',
    );
  });
});

describe('getPeriodStartMs(date) and getPeriodEndMs(date)', () => {
  it('span a whole year, end exclusive', () => {
    const year = { precision: 'year', year: 2022 } as const;
    expect(getPeriodStartMs(year)).toBe(Date.UTC(2022, 0, 1));
    expect(getPeriodEndMs(year)).toBe(Date.UTC(2023, 0, 1));
  });

  it('span a whole month, and December ends on 1 January of the next year', () => {
    expect(getPeriodStartMs({ precision: 'month', year: 2024, month: 2 })).toBe(
      Date.UTC(2024, 1, 1),
    );
    expect(getPeriodEndMs({ precision: 'month', year: 2024, month: 2 })).toBe(Date.UTC(2024, 2, 1));
    expect(getPeriodEndMs({ precision: 'month', year: 2023, month: 12 })).toBe(
      Date.UTC(2024, 0, 1),
    );
  });

  it('span one day, and 31 December ends on 1 January', () => {
    const day = { precision: 'day', year: 2023, month: 12, day: 31 } as const;
    expect(getPeriodStartMs(day)).toBe(Date.UTC(2023, 11, 31));
    expect(getPeriodEndMs(day)).toBe(Date.UTC(2024, 0, 1));
  });

  it('give the same instants in every time zone, as UTC midnight', () => {
    const day = { precision: 'day', year: 2024, month: 4, day: 18 } as const;
    expect(new Date(getPeriodStartMs(day)).toISOString()).toBe('2024-04-18T00:00:00.000Z');
  });
});

describe('getDaysInMonth(year, month)', () => {
  it('knows February in leap and common years', () => {
    expect([2023, 2024, 1900, 2000].map((year) => getDaysInMonth(year, 2))).toEqual([
      28, 29, 28, 29,
    ]);
  });
});

describe('compareCalendarDates(a, b)', () => {
  const parse = (text: string) => parseCalendarDate(text) ?? expect.unreachable(text);

  it('orders by the start of the period', () => {
    expect(compareCalendarDates(parse('2023-05-12'), parse('2023-06'))).toBe(-1);
    expect(compareCalendarDates(parse('2024'), parse('2023-12-31'))).toBe(1);
  });

  it('puts the shorter period first when two start on the same day', () => {
    expect(compareCalendarDates(parse('2023-01-01'), parse('2023-01'))).toBe(-1);
    expect(compareCalendarDates(parse('2023'), parse('2023-01'))).toBe(1);
  });

  it('returns 0 for the same date', () => {
    expect(compareCalendarDates(parse('2023-01'), parse('2023-01'))).toBe(0);
  });
});
