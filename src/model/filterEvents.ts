import type { TimelineData, TimelineEvent } from './event.js';
import { resolveText } from './localizedText.js';

/**
 * What the reader has chosen to see. Every field is optional, and an empty object shows
 * every event; the fields combine with "and".
 */
export interface TimelineFilters {
  /** Ids of the categories shown; `undefined` shows every category and `[]` none. */
  readonly categories?: readonly string[];
  /**
   * Ids of actors: an event is shown when at least one of them takes part in it (`actors`) or
   * makes its claim or statement (`claimedBy`). `undefined` shows events whoever is involved.
   */
  readonly actors?: readonly string[];
  /**
   * Words that must all appear in the event's title or summary, in the reader's language,
   * ignoring case and accents: `"azerbaidjan paris"` finds "Azerbaïdjan … à Paris".
   */
  readonly query?: string;
}

/** How many events fall in each category and involve each actor. */
export interface EventCounts {
  /** Events per category id. */
  readonly categories: ReadonlyMap<string, number>;
  /** Events per actor id, whether the actor takes part or makes the claim; once per event. */
  readonly actors: ReadonlyMap<string, number>;
}

const COMBINING_MARK = /\p{M}/gu;
// Typographic apostrophes are what editors write and straight ones what readers type.
const APOSTROPHE = /[\u2018\u2019\u02bc]/g;

/**
 * Text folded for matching: lower-cased, decomposed (NFD) with its combining marks dropped
 * so that "é" matches "e", and curly apostrophes made straight. Lower-casing comes first
 * because it can itself add a mark ("İ" becomes "i" and a combining dot).
 */
export function normalizeSearchText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARK, '').replace(APOSTROPHE, "'");
}

/** The query's words, folded; none for a blank query. */
function getQueryWords(query: string | undefined): string[] {
  if (query === undefined) return [];
  return normalizeSearchText(query).split(/\s+/u).filter(Boolean);
}

/** The ids of everyone involved in an event, each once. */
export function getInvolvedActorIds(event: Pick<TimelineEvent, 'actors' | 'claimedBy'>): string[] {
  return [...new Set([...(event.actors ?? []), ...(event.claimedBy ?? [])])];
}

/**
 * The events that pass every filter, in their input order; the input is left alone. Titles
 * and summaries are read in `locale`, as the reader sees them.
 *
 * @example
 * filterEvents(events, { categories: ['diplomacy'], query: 'viginum' }, 'en');
 */
export function filterEvents(
  events: readonly TimelineEvent[],
  filters: TimelineFilters,
  locale: string,
): TimelineEvent[] {
  const categories = filters.categories === undefined ? undefined : new Set(filters.categories);
  const actors = filters.actors === undefined ? undefined : new Set(filters.actors);
  const words = getQueryWords(filters.query);
  return events.filter((event) => {
    if (categories && !categories.has(event.category)) return false;
    if (actors && !getInvolvedActorIds(event).some((id) => actors.has(id))) return false;
    if (words.length === 0) return true;
    const text = normalizeSearchText(
      `${resolveText(event.title, locale)}\n${resolveText(event.summary, locale)}`,
    );
    return words.every((word) => text.includes(word));
  });
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** How many of `events` are in each category and involve each actor (ids with no event are absent). */
export function countEventsBy(events: readonly TimelineEvent[]): EventCounts {
  const categories = new Map<string, number>();
  const actors = new Map<string, number>();
  for (const event of events) {
    increment(categories, event.category);
    for (const id of getInvolvedActorIds(event)) increment(actors, id);
  }
  return { categories, actors };
}

/**
 * The same document with only the events that pass `filters`: categories and actors are
 * kept, so lanes and names stay as they were. Feed it to `<Timeline data>`, and filtered-out
 * events leave the drawing and its keyboard navigation.
 */
export function filterTimelineData(
  data: TimelineData,
  filters: TimelineFilters,
  locale: string,
): TimelineData {
  return { ...data, events: filterEvents(data.events, filters, locale) };
}
