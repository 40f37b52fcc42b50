import { describe, expect, it } from 'vitest';
import { describeKind } from '../../src/i18n/describeKind.js';
import { formatCalendarDate } from '../../src/i18n/formatEventDate.js';
import { formatTickLabel } from '../../src/i18n/formatTickLabel.js';
import { formatViewRange } from '../../src/i18n/formatViewRange.js';
import { en } from '../../src/i18n/messages/en.js';

// Intl throws a RangeError on these; a page that passes one must still get readable text.
const MALFORMED = ['en_US', 'not a locale!', ''];

describe('formatting with a malformed locale falls back to British English', () => {
  it.each(MALFORMED)(
    'formatCalendarDate, formatTickLabel and formatViewRange with %j',
    (locale) => {
      expect(formatCalendarDate({ precision: 'day', year: 2024, month: 4, day: 18 }, locale)).toBe(
        '18 April 2024',
      );
      expect(formatTickLabel(Date.UTC(2024, 3, 18), 'day', locale)).toBe('18 Apr');
      expect(formatViewRange([Date.UTC(2023, 2, 1), Date.UTC(2024, 4, 31)], locale)).toBe(
        formatViewRange([Date.UTC(2023, 2, 1), Date.UTC(2024, 4, 31)], 'en'),
      );
    },
  );

  it.each(MALFORMED)('describeKind with %j', (locale) => {
    const actors = [
      { id: 'a', name: 'Viginum' },
      { id: 'b', name: 'Meta' },
    ];
    expect(describeKind({ kind: 'claim', claimedBy: ['a', 'b'] }, actors, locale, en)).toBe(
      'Claim by Viginum and Meta',
    );
  });
});
