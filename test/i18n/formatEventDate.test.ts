import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatEventDate } from '../../src/i18n/formatEventDate.js';

describe('formatCalendarDate(date, locale)', () => {
  it('formatCalendarDate(year, locale) writes the year alone', () => {
    expect(formatCalendarDate({ precision: 'year', year: 2022 }, 'en')).toBe('2022');
    expect(formatCalendarDate({ precision: 'year', year: 2022 }, 'fr')).toBe('2022');
  });

  it('formatCalendarDate(month, locale) writes the month in full and the year', () => {
    const april = { precision: 'month', year: 2024, month: 4 } as const;
    expect(formatCalendarDate(april, 'en')).toBe('April 2024');
    expect(formatCalendarDate(april, 'fr')).toBe('avril 2024');
  });

  it('formatCalendarDate(day, "en") writes day, month, year as British English does', () => {
    const day = { precision: 'day', year: 2024, month: 4, day: 18 } as const;
    expect(formatCalendarDate(day, 'en')).toBe('18 April 2024');
    expect(formatCalendarDate(day, 'fr')).toBe('18 avril 2024');
  });

  it('follows an explicit region, such as en-US', () => {
    expect(formatCalendarDate({ precision: 'day', year: 2024, month: 4, day: 18 }, 'en-US')).toBe(
      'April 18, 2024',
    );
  });

  it('keeps the first and last days of the year on their day', () => {
    expect(formatCalendarDate({ precision: 'day', year: 2024, month: 1, day: 1 }, 'en')).toBe(
      '1 January 2024',
    );
    expect(formatCalendarDate({ precision: 'day', year: 2023, month: 12, day: 31 }, 'en')).toBe(
      '31 December 2023',
    );
  });

  it('falls back to British English for a malformed locale rather than throwing', () => {
    expect(formatCalendarDate({ precision: 'month', year: 2024, month: 4 }, 'not a locale!')).toBe(
      'April 2024',
    );
  });
});

describe('formatEventDate(event, locale)', () => {
  it('formatEventDate({ start: "2022" }) is the year', () => {
    expect(formatEventDate({ start: '2022' }, 'en')).toBe('2022');
  });

  it('closes up a range of days within a month: "13–14 September 2022"', () => {
    const event = { start: '2022-09-13', end: '2022-09-14' };
    expect(formatEventDate(event, 'en')).toBe('13–14 September 2022');
    expect(formatEventDate(event, 'fr')).toBe('13–14 septembre 2022');
  });

  it('spaces the dash between full dates: "12 December 2022 – 30 September 2023"', () => {
    const event = { start: '2022-12-12', end: '2023-09-30' };
    expect(formatEventDate(event, 'en')).toBe('12 December 2022 – 30 September 2023');
    expect(formatEventDate(event, 'fr')).toBe('12 décembre 2022 – 30 septembre 2023');
  });

  it('writes the shared year once: "13 September – 14 October 2022"', () => {
    expect(formatEventDate({ start: '2022-09-13', end: '2022-10-14' }, 'en')).toBe(
      '13 September – 14 October 2022',
    );
  });

  it('formats ranges of months and years', () => {
    expect(formatEventDate({ start: '2024-04', end: '2024-06' }, 'en')).toBe('April – June 2024');
    expect(formatEventDate({ start: '2020', end: '2024' }, 'fr')).toBe('2020–2024');
  });

  it('writes a range that ends where it starts as one date', () => {
    expect(formatEventDate({ start: '2024-04', end: '2024-04' }, 'en')).toBe('April 2024');
  });

  it('joins dates of different precisions with a spaced dash', () => {
    expect(formatEventDate({ start: '2023-05-12', end: '2023-06' }, 'en')).toBe(
      '12 May 2023 – June 2023',
    );
  });

  it('keeps a separator that is not a dash', () => {
    expect(formatEventDate({ start: '2022', end: '2024' }, 'ja')).toBe('2022年～2024年');
  });

  it('shows dates it cannot read as written, rather than throwing', () => {
    expect(formatEventDate({ start: 'spring 2023' }, 'en')).toBe('spring 2023');
    expect(formatEventDate({ start: '2023', end: 'later' }, 'en')).toBe('2023 – later');
  });
});
