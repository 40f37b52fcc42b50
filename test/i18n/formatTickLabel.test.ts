import { describe, expect, it } from 'vitest';
import { formatTickLabel } from '../../src/i18n/formatTickLabel.js';

const APRIL_18 = Date.UTC(2024, 3, 18);
const NEW_YEAR = Date.UTC(2024, 0, 1);

describe('formatTickLabel(ms, level, locale)', () => {
  it('writes years as digits', () => {
    expect(formatTickLabel(NEW_YEAR, 'year', 'en')).toBe('2024');
    expect(formatTickLabel(NEW_YEAR, 'year', 'fr')).toBe('2024');
  });

  it('writes quarters as "Q2 2024" in English and "T2 2024" in French', () => {
    expect(formatTickLabel(Date.UTC(2024, 3, 1), 'quarter', 'en')).toBe('Q2 2024');
    expect(formatTickLabel(Date.UTC(2024, 3, 1), 'quarter', 'fr')).toBe('T2 2024');
    expect(formatTickLabel(Date.UTC(2024, 9, 1), 'quarter', 'fr-CA')).toBe('T4 2024');
    expect(formatTickLabel(NEW_YEAR, 'quarter', 'de')).toBe('Q1 2024');
  });

  it('writes months as a short month and the year', () => {
    expect(formatTickLabel(Date.UTC(2024, 3, 1), 'month', 'en')).toBe('Apr 2024');
    expect(formatTickLabel(Date.UTC(2024, 3, 1), 'month', 'fr')).toBe('avr. 2024');
    expect(formatTickLabel(NEW_YEAR, 'month', 'fr')).toBe('janv. 2024');
  });

  it('writes weeks and days as day and short month, day first in English too', () => {
    expect(formatTickLabel(APRIL_18, 'day', 'en')).toBe('18 Apr');
    expect(formatTickLabel(APRIL_18, 'week', 'en')).toBe('18 Apr');
    expect(formatTickLabel(APRIL_18, 'day', 'fr')).toBe('18 avr.');
    expect(formatTickLabel(APRIL_18, 'day', 'en-US')).toBe('Apr 18');
  });

  it('reads the date in UTC, not in the reader’s zone', () => {
    // Midnight UTC on 1 January is still 31 December west of Greenwich.
    expect(formatTickLabel(NEW_YEAR, 'day', 'en')).toBe('1 Jan');
    expect(formatTickLabel(NEW_YEAR - 1, 'year', 'en')).toBe('2023');
  });

  it('falls back to British English for a malformed locale rather than throwing', () => {
    expect(formatTickLabel(APRIL_18, 'day', 'not a locale!')).toBe('18 Apr');
  });
});
