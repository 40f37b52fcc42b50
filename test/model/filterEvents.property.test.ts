import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineData, TimelineEvent } from '../../src/model/event.js';
import {
  filterEvents,
  filterTimelineData,
  normalizeSearchText,
  type TimelineFilters,
} from '../../src/model/filterEvents.js';
import { resolveText } from '../../src/model/localizedText.js';
import { timelineDataArbitrary } from '../fixtures/arbitraries.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const LOCALES = ['en', 'fr', 'fr-CA', 'de'];

/** A document, a locale and filters drawn from the document's own ids and words. */
const caseArbitrary = fc
  .tuple(timelineDataArbitrary({ maxEvents: 12 }), fc.constantFrom(...LOCALES))
  .chain(([data, locale]) => {
    const words = data.events.flatMap((event) =>
      resolveText(event.title, locale).split(/\s+/u).filter(Boolean),
    );
    const query = fc.oneof(
      fc.string({ maxLength: 6 }),
      words.length > 0
        ? fc
            .subarray(words, { maxLength: Math.min(2, words.length) })
            .map((picked) => picked.join(' '))
        : fc.constant(''),
    );
    const filters = fc
      .record(
        {
          categories: fc.subarray(data.categories.map((category) => category.id)),
          actors: fc.subarray(data.actors.map((actor) => actor.id)),
          query,
        },
        { requiredKeys: [] },
      )
      .map((record) => record as TimelineFilters);
    return fc.tuple(fc.constant(data), fc.constant(locale), filters);
  });

/** Whether `subset` is `events` with some left out, in the same order and by identity. */
function isSubsequence(subset: readonly TimelineEvent[], events: readonly TimelineEvent[]) {
  let from = 0;
  for (const event of subset) {
    const index = events.indexOf(event, from);
    if (index === -1) return false;
    from = index + 1;
  }
  return true;
}

describe('filterEvents(events, filters, locale) properties', () => {
  it('never adds an event and keeps the input order', () => {
    fc.assert(
      fc.property(caseArbitrary, ([data, locale, filters]) => {
        const result = filterEvents(data.events, filters, locale);
        expect(result.length).toBeLessThanOrEqual(data.events.length);
        expect(isSubsequence(result, data.events)).toBe(true);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(caseArbitrary, ([data, locale, filters]) => {
        const once = filterEvents(data.events, filters, locale);
        expect(filterEvents(once, filters, locale)).toEqual(once);
      }),
    );
  });

  it('keeps every event under empty filters', () => {
    fc.assert(
      fc.property(caseArbitrary, ([data, locale]) => {
        expect(filterEvents(data.events, {}, locale)).toEqual(data.events);
        expect(filterEvents(data.events, { query: '' }, locale)).toEqual(data.events);
      }),
    );
  });

  it('keeps exactly the events that pass each filter on its own', () => {
    fc.assert(
      fc.property(caseArbitrary, ([data, locale, filters]) => {
        const passesAlone = (event: TimelineEvent) =>
          (Object.keys(filters) as (keyof TimelineFilters)[]).every(
            (key) => filterEvents([event], { [key]: filters[key] }, locale).length === 1,
          );
        expect(filterEvents(data.events, filters, locale)).toEqual(data.events.filter(passesAlone));
      }),
    );
  });

  it('finds every event by a word of its title, however it is cased or accented', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.nat(), ([data, locale], pick) => {
        const event = data.events[pick % Math.max(1, data.events.length)];
        const word = event && resolveText(event.title, locale).split(/\s+/u).find(Boolean);
        fc.pre(event !== undefined && word !== undefined);
        const shouted = (word as string).toUpperCase().normalize('NFD');
        // Upper-casing can change a word beyond what folding undoes ("ß" → "SS").
        fc.pre(normalizeSearchText(shouted) === normalizeSearchText(word as string));
        expect(filterEvents(data.events, { query: shouted }, locale)).toContain(event);
      }),
    );
  });
});

describe('filterTimelineData(data, filters, locale) properties', () => {
  it('changes nothing but the events', () => {
    fc.assert(
      fc.property(caseArbitrary, ([data, locale, filters]) => {
        const { events, ...rest } = filterTimelineData(data, filters, locale);
        const { events: _all, ...original } = data as Mutable<TimelineData>;
        expect(rest).toEqual(original);
        expect(events).toEqual(filterEvents(data.events, filters, locale));
      }),
    );
  });
});
