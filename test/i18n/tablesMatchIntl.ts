import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getUtcDateFormat } from '../../src/i18n/getUtcDateFormat.js';
import { createIntlDateFormat } from '../../src/i18n/intlDateFormat.js';
import { joinNames } from '../../src/i18n/joinNames.js';
import type { UtcDateFields } from '../../src/i18n/utcDateFormat.js';

/** The tags written from tables. */
const TABLED_LOCALES = ['en', 'en-GB', 'fr', 'fr-FR'] as const;

/** Every set of fields the timeline formats dates with. */
const FIELD_SETS: readonly UtcDateFields[] = [
  { year: 'numeric' },
  { month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'long', year: 'numeric' },
  { month: 'short', year: 'numeric' },
  { day: 'numeric', month: 'short' },
];
const FIELD_SETS_WITH_YEAR = FIELD_SETS.filter((fields) => fields.year !== undefined);

const DAY_MS = 86_400_000;
/** Whole UTC days, with a time of day, from the year 0 to 11000: outside 1000–9999 too. */
const instantArbitrary = fc
  .integer({ min: Date.UTC(0, 0, 1) / DAY_MS, max: Date.UTC(11000, 0, 1) / DAY_MS })
  .chain((day) => fc.integer({ min: 0, max: DAY_MS - 1 }).map((time) => day * DAY_MS + time));
/** Mostly near each other, so that ranges share a month or a year often enough. */
const orderedPairArbitrary = fc
  .tuple(
    instantArbitrary,
    fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 800 })),
  )
  .map(([start, days]) => [start, start + days * DAY_MS] as const);

/**
 * Holds the tables to the Intl of the engine running the tests, with `numRuns` cases a
 * property: Node's ICU in the property project and Chromium's in the browser one.
 */
export function describeTablesMatchIntl(numRuns: number): void {
  describe('dates written from tables match Intl', () => {
    it.each(TABLED_LOCALES)('format in %s, for every field set and any instant', (locale) => {
      fc.assert(
        fc.property(fc.constantFrom(...FIELD_SETS), instantArbitrary, (fields, ms) => {
          expect(getUtcDateFormat(locale, fields).format(ms)).toBe(
            createIntlDateFormat(locale, fields).format(ms),
          );
        }),
        { numRuns },
      );
    });

    it.each(TABLED_LOCALES)('formatRange in %s, for any ordered pair of instants', (locale) => {
      fc.assert(
        fc.property(
          fc.constantFrom(...FIELD_SETS_WITH_YEAR),
          orderedPairArbitrary,
          (fields, [startMs, endMs]) => {
            expect(getUtcDateFormat(locale, fields).formatRange(startMs, endMs)).toBe(
              createIntlDateFormat(locale, fields).formatRange(startMs, endMs),
            );
          },
        ),
        { numRuns },
      );
    });
  });

  describe('names joined from tables match Intl.ListFormat', () => {
    it.each(TABLED_LOCALES)('in %s, for any list of names', (locale) => {
      fc.assert(
        fc.property(
          fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 6 }),
          (names) => {
            const intl = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
            expect(joinNames(names, locale)).toBe(intl.format(names));
          },
        ),
        { numRuns: Math.ceil(numRuns / 4) },
      );
    });
  });
}
