import { describe, expect, it } from 'vitest';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import type { TimelineEvent } from '../../src/model/event.js';
import {
  countEventsBy,
  filterEvents,
  filterTimelineData,
  getInvolvedActorIds,
  normalizeSearchText,
} from '../../src/model/filterEvents.js';
import { VALID_EVENT } from '../fixtures/smallTimeline.js';

const event = (patch: Partial<TimelineEvent>): TimelineEvent => ({ ...VALID_EVENT, ...patch });

const EVENTS: readonly TimelineEvent[] = [
  event({
    id: 'ceasefire',
    category: 'war',
    actors: ['baku', 'yerevan'],
    title: { en: 'Ceasefire signed', fr: 'Cessez-le-feu signé' },
    summary: { en: 'Moscow brokers the deal.', fr: 'Moscou arbitre l’accord.' },
  }),
  event({
    id: 'claim',
    category: 'information',
    kind: 'claim',
    claimedBy: ['viginum'],
    title: { en: 'Campaign against the Olympics', fr: 'Campagne contre les Jeux' },
    summary: { en: 'Viginum links accounts to Baku.', fr: 'Viginum relie des comptes à Bakou.' },
  }),
  event({
    id: 'embassy',
    category: 'diplomacy',
    actors: ['paris'],
    title: { en: 'Ambassador recalled from Azerbaïdjan', fr: 'Rappel de l’ambassadeur' },
  }),
];

const ids = (events: readonly TimelineEvent[]) => events.map((item) => item.id);

describe('filterEvents(events, filters, locale)', () => {
  it('keeps every event, in order, under empty filters', () => {
    expect(ids(filterEvents(EVENTS, {}, 'en'))).toEqual(['ceasefire', 'claim', 'embassy']);
  });

  it('keeps only the listed categories; an empty list keeps none', () => {
    expect(ids(filterEvents(EVENTS, { categories: ['war', 'diplomacy'] }, 'en'))).toEqual([
      'ceasefire',
      'embassy',
    ]);
    expect(filterEvents(EVENTS, { categories: [] }, 'en')).toEqual([]);
  });

  it('keeps events whose participants or claimants include one of the actors', () => {
    expect(ids(filterEvents(EVENTS, { actors: ['viginum'] }, 'en'))).toEqual(['claim']);
    expect(ids(filterEvents(EVENTS, { actors: ['paris', 'yerevan'] }, 'en'))).toEqual([
      'ceasefire',
      'embassy',
    ]);
    expect(filterEvents(EVENTS, { actors: [] }, 'en')).toEqual([]);
  });

  it('matches the query in the title or the summary, ignoring case and accents', () => {
    expect(ids(filterEvents(EVENTS, { query: 'VIGINUM' }, 'en'))).toEqual(['claim']);
    expect(ids(filterEvents(EVENTS, { query: 'azerbaidjan' }, 'en'))).toEqual(['embassy']);
    expect(ids(filterEvents(EVENTS, { query: 'cessez-le-feu' }, 'en'))).toEqual([]);
  });

  it('reads titles and summaries in the locale', () => {
    expect(ids(filterEvents(EVENTS, { query: 'cessez-le-feu' }, 'fr'))).toEqual(['ceasefire']);
    expect(ids(filterEvents(EVENTS, { query: 'bakou' }, 'fr'))).toEqual(['claim']);
    expect(ids(filterEvents(EVENTS, { query: 'bakou' }, 'en'))).toEqual([]);
  });

  it('needs every word of the query, in any order and place', () => {
    expect(ids(filterEvents(EVENTS, { query: '  deal   ceasefire ' }, 'en'))).toEqual([
      'ceasefire',
    ]);
    expect(filterEvents(EVENTS, { query: 'ceasefire olympics' }, 'en')).toEqual([]);
  });

  it('treats a blank query as no query', () => {
    expect(filterEvents(EVENTS, { query: ' \t ' }, 'en')).toHaveLength(EVENTS.length);
  });

  it('matches a straight apostrophe to a curly one', () => {
    expect(ids(filterEvents(EVENTS, { query: "l'accord" }, 'fr'))).toEqual(['ceasefire']);
  });

  it('combines the filters with "and"', () => {
    const filters = { categories: ['war', 'information'], actors: ['viginum', 'baku'] };
    expect(ids(filterEvents(EVENTS, { ...filters, query: 'moscow' }, 'en'))).toEqual(['ceasefire']);
  });

  it('finds the Viginum events of the France–Azerbaijan dataset, in English and French', () => {
    const english = filterEvents(franceAzerbaijan.events, { query: 'viginum' }, 'en');
    expect(english.length).toBeGreaterThan(2);
    expect(english.length).toBeLessThan(franceAzerbaijan.events.length);
    expect(filterEvents(franceAzerbaijan.events, { query: 'viginum' }, 'fr').length).toBe(
      english.length,
    );
  });
});

describe('normalizeSearchText(text)', () => {
  it('drops accents, case and curly apostrophes', () => {
    expect(normalizeSearchText('Azerbaïdjan, l’ÉTÉ')).toBe("azerbaidjan, l'ete");
  });

  it('drops the dot that lower-casing a dotted capital I adds', () => {
    expect(normalizeSearchText('İstanbul')).toBe('istanbul');
  });
});

describe('getInvolvedActorIds(event)', () => {
  it('lists participants and claimants once each', () => {
    expect(getInvolvedActorIds({ actors: ['a', 'b'], claimedBy: ['b', 'c'] })).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(getInvolvedActorIds({})).toEqual([]);
  });
});

describe('countEventsBy(events)', () => {
  it('counts events per category and per involved actor, once per event', () => {
    const counts = countEventsBy([
      ...EVENTS,
      event({ id: 'both', category: 'war', actors: ['viginum'], claimedBy: ['viginum'] }),
    ]);
    expect(Object.fromEntries(counts.categories)).toEqual({
      war: 2,
      information: 1,
      diplomacy: 1,
    });
    expect(Object.fromEntries(counts.actors)).toEqual({
      baku: 1,
      yerevan: 1,
      viginum: 2,
      paris: 1,
    });
  });

  it('counts the 46 France–Azerbaijan events across its six categories', () => {
    const counts = countEventsBy(franceAzerbaijan.events);
    const total = [...counts.categories.values()].reduce((sum, count) => sum + count, 0);
    expect(total).toBe(46);
    expect(counts.categories.size).toBe(6);
  });
});

describe('filterTimelineData(data, filters, locale)', () => {
  it('returns the same document with only the matching events', () => {
    const filtered = filterTimelineData(franceAzerbaijan, { categories: ['diplomacy'] }, 'en');
    expect(filtered.title).toBe(franceAzerbaijan.title);
    expect(filtered.categories).toBe(franceAzerbaijan.categories);
    expect(filtered.actors).toBe(franceAzerbaijan.actors);
    expect(filtered.events.length).toBeGreaterThan(0);
    expect(filtered.events.every((item) => item.category === 'diplomacy')).toBe(true);
  });
});
