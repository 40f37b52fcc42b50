import { afterEach, describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import type { TimelineProblem } from '../../src/model/timelineProblem.js';
import {
  createSmallTimeline,
  createTimelineWithEvent,
  createTimelineWithRawEvent,
  omitEventField,
  VALID_EVENT,
} from '../fixtures/smallTimeline.js';

// How the validator names valid values, spelled out so that a change of wording shows here.
const ID = 'an id of letters, digits, "-" and "_" that starts with a letter or digit';
const DATE = 'a real calendar date "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
const TEXT = 'text (a string, or an object of strings by language tag)';
const URL = 'an http(s) URL';
const CATEGORY_ID = "the id of one of the document's categories";
const ACTOR_ID = "the id of one of the document's actors";
const UNREADABLE = 'a value that throws when read';
const VALID_EVENT_IDS = ['first', 'second', 'third'];

type Expected = Pick<TimelineProblem, 'path' | 'expected' | 'received'>;

interface CatalogueCase {
  readonly name: string;
  readonly input: () => unknown;
  readonly problems: readonly Expected[];
  /** The exact message of the first problem, where the wording itself is the point. */
  readonly message?: string;
  /** The event ids kept; by default the three valid ones, the broken fourth being dropped. */
  readonly keptEventIds?: readonly string[];
}

const at = (path: string, expected: string, received: string): Expected => ({
  path,
  expected,
  received,
});
const event3 = (field: string, expected: string, received: string) =>
  at(`events[3].${field}`, expected, received);
const withEvent = (patch: Record<string, unknown>) => () => createTimelineWithEvent(patch);

function throwingGetter(): never {
  throw new Error('getter threw');
}

function nest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

const CATALOGUE: readonly CatalogueCase[] = [
  // Types and patterns of each event field
  {
    name: 'an id that is a number',
    input: withEvent({ id: 42 }),
    problems: [event3('id', ID, '42')],
    message: `event 3: id must be ${ID}, got 42`,
  },
  {
    name: 'an id with a space',
    input: withEvent({ id: 'big 2023' }),
    problems: [event3('id', ID, '"big 2023"')],
  },
  {
    name: 'an id of 101 characters',
    input: withEvent({ id: 'a'.repeat(101) }),
    problems: [event3('id', 'at most 100 characters', `"${'a'.repeat(59)}…" (101 characters)`)],
  },
  {
    name: 'an empty id',
    input: withEvent({ id: '' }),
    problems: [event3('id', ID, '""')],
  },
  {
    name: 'a missing start',
    input: () => createTimelineWithRawEvent(omitEventField('start')),
    problems: [event3('start', DATE, 'nothing')],
    message: `event 3 "big-2023-07": start must be ${DATE}, got nothing`,
  },
  {
    name: 'start 2023-02-30, a day that does not exist',
    input: withEvent({ start: '2023-02-30' }),
    problems: [event3('start', DATE, '"2023-02-30"')],
    message: `event 3 "big-2023-07": start must be ${DATE}, got "2023-02-30"`,
  },
  {
    name: 'start 2023-13-01, month 13',
    input: withEvent({ start: '2023-13-01' }),
    problems: [event3('start', DATE, '"2023-13-01"')],
  },
  {
    name: 'start 0000, year 0',
    input: withEvent({ start: '0000' }),
    problems: [event3('start', DATE, '"0000"')],
  },
  {
    name: 'start as a number',
    input: withEvent({ start: 20230712 }),
    problems: [event3('start', DATE, '20230712')],
  },
  {
    name: 'start as a JS Date',
    input: withEvent({ start: new Date(Date.UTC(2023, 6, 12)) }),
    problems: [event3('start', DATE, 'object')],
  },
  {
    name: 'end before start',
    input: withEvent({ start: '2023-07-12', end: '2023-07-01' }),
    problems: [event3('end', 'a date on or after start ("2023-07-12")', '"2023-07-01"')],
    message:
      'event 3 "big-2023-07": end must be a date on or after start ("2023-07-12"), got "2023-07-01"',
  },
  {
    name: 'end 2023-02-29, outside a leap year',
    input: withEvent({ start: '2023-01', end: '2023-02-29' }),
    problems: [event3('end', DATE, '"2023-02-29"')],
  },
  {
    name: 'a title that is a number',
    input: withEvent({ title: 5 }),
    problems: [event3('title', TEXT, '5')],
  },
  {
    name: 'an empty title',
    input: withEvent({ title: '' }),
    problems: [event3('title', 'a non-empty string', '""')],
  },
  {
    name: 'a title of spaces only',
    input: withEvent({ title: '   ' }),
    problems: [event3('title', 'a non-empty string', '"   "')],
  },
  {
    name: 'a title of 10,000 characters',
    input: withEvent({ title: 'x'.repeat(10_000) }),
    problems: [
      event3('title', 'at most 300 characters', `"${'x'.repeat(59)}…" (10000 characters)`),
    ],
  },
  {
    name: 'a title with no translation',
    input: withEvent({ title: {} }),
    problems: [event3('title', 'text in at least one language', 'an empty object')],
  },
  {
    name: 'a title keyed by a language name rather than a tag',
    input: withEvent({ title: { English: 'Resolution' } }),
    problems: [
      event3(
        'title.English',
        'keyed by a language tag such as "en" or "fr-CA"',
        'the key "English"',
      ),
    ],
  },
  {
    name: 'a translation that is not a string',
    input: withEvent({ title: { en: 'Resolution', 'fr-CA': 7 } }),
    problems: [event3('title["fr-CA"]', 'a string', '7')],
  },
  {
    name: 'a summary that is an array',
    input: withEvent({ summary: ['a', 'b'] }),
    problems: [event3('summary', TEXT, 'array')],
  },
  {
    name: 'a summary of 5,001 characters',
    input: withEvent({ summary: 's'.repeat(5001) }),
    problems: [
      event3('summary', 'at most 5000 characters', `"${'s'.repeat(59)}…" (5001 characters)`),
    ],
  },
  {
    name: 'an unknown category',
    input: withEvent({ category: 'sports' }),
    problems: [event3('category', CATEGORY_ID, '"sports"')],
    message: `event 3 "big-2023-07": category must be ${CATEGORY_ID}, got "sports"`,
  },
  {
    name: 'a missing category',
    input: () => createTimelineWithRawEvent(omitEventField('category')),
    problems: [event3('category', CATEGORY_ID, 'nothing')],
  },
  {
    name: 'a kind outside the enum',
    input: withEvent({ kind: 'rumour' }),
    problems: [event3('kind', '"fact" | "claim" | "statement"', '"rumour"')],
    message: 'event 3 "big-2023-07": kind must be "fact" | "claim" | "statement", got "rumour"',
  },
  {
    name: 'a claim without claimedBy',
    input: withEvent({ kind: 'claim' }),
    problems: [
      event3('claimedBy', 'a non-empty array of actor ids when kind is "claim"', 'nothing'),
    ],
    message:
      'event 3 "big-2023-07": claimedBy must be a non-empty array of actor ids when kind is "claim", got nothing',
  },
  {
    name: 'a statement with an empty claimedBy',
    input: withEvent({ kind: 'statement', claimedBy: [] }),
    problems: [event3('claimedBy', 'a non-empty array of actor ids', 'an empty array')],
  },
  {
    name: 'claimedBy naming an unknown actor',
    input: withEvent({ kind: 'claim', claimedBy: ['baku', 'moscow'] }),
    problems: [event3('claimedBy[1]', ACTOR_ID, '"moscow"')],
  },
  {
    name: 'actors as a string rather than an array',
    input: withEvent({ actors: 'baku' }),
    problems: [event3('actors', 'an array of actor ids', '"baku"')],
  },
  {
    name: 'actors naming an unknown actor',
    input: withEvent({ actors: ['paris', 'ankara'] }),
    problems: [event3('actors[1]', ACTOR_ID, '"ankara"')],
  },
  {
    name: 'missing sources',
    input: () => createTimelineWithRawEvent(omitEventField('sources')),
    problems: [event3('sources', 'a non-empty array of sources', 'nothing')],
  },
  {
    name: 'an empty sources array',
    input: withEvent({ sources: [] }),
    problems: [event3('sources', 'a non-empty array of sources', 'an empty array')],
  },
  {
    name: 'a source that is a string',
    input: withEvent({ sources: ['https://example.org'] }),
    problems: [event3('sources[0]', 'a source object', '"https://example.org"')],
  },
  {
    name: 'a source without publisher, title or url',
    input: withEvent({ sources: [{ date: '2023-07-12' }] }),
    problems: [
      event3('sources[0].publisher', 'a string', 'nothing'),
      event3('sources[0].title', 'a string', 'nothing'),
      event3('sources[0].url', URL, 'nothing'),
    ],
  },
  {
    name: 'a source with an empty publisher',
    input: withEvent({ sources: [{ ...VALID_EVENT.sources[0], publisher: '' }] }),
    problems: [event3('sources[0].publisher', 'a non-empty string', '""')],
  },
  {
    name: 'a javascript: source URL',
    input: withEvent({ sources: [{ ...VALID_EVENT.sources[0], url: 'javascript:alert(1)' }] }),
    problems: [event3('sources[0].url', URL, '"javascript:alert(1)"')],
    message:
      'event 3 "big-2023-07": sources[0].url must be an http(s) URL, got "javascript:alert(1)"',
  },
  {
    name: 'a data: source URL',
    input: withEvent({ sources: [{ ...VALID_EVENT.sources[0], url: 'data:text/html,<b>x</b>' }] }),
    problems: [event3('sources[0].url', URL, '"data:text/html,<b>x</b>"')],
  },
  {
    name: 'a vbscript: source URL',
    input: withEvent({ sources: [{ ...VALID_EVENT.sources[0], url: 'vbscript:msgbox(1)' }] }),
    problems: [event3('sources[0].url', URL, '"vbscript:msgbox(1)"')],
  },
  {
    name: 'a protocol-relative source URL',
    input: withEvent({ sources: [{ ...VALID_EVENT.sources[0], url: '//evil.example/x' }] }),
    problems: [event3('sources[0].url', URL, '"//evil.example/x"')],
  },
  {
    name: 'a relative source URL',
    input: withEvent({ sources: [{ ...VALID_EVENT.sources[0], url: '/articles/1' }] }),
    problems: [event3('sources[0].url', URL, '"/articles/1"')],
  },
  {
    name: 'a source date that does not exist',
    input: withEvent({ sources: [{ ...VALID_EVENT.sources[0], date: '2023-04-31' }] }),
    problems: [event3('sources[0].date', DATE, '"2023-04-31"')],
  },
  {
    name: 'importance 4',
    input: withEvent({ importance: 4 }),
    problems: [event3('importance', '1 | 2 | 3', '4')],
  },
  {
    name: 'importance as the string "3"',
    input: withEvent({ importance: '3' }),
    problems: [event3('importance', '1 | 2 | 3', '"3"')],
  },
  {
    name: 'a confidence outside the enum',
    input: withEvent({ confidence: 'certain' }),
    problems: [event3('confidence', '"high" | "medium" | "low"', '"certain"')],
  },
  {
    name: 'media without alt text',
    input: withEvent({ media: { url: 'https://example.org/photo.jpg' } }),
    problems: [event3('media.alt', TEXT, 'nothing')],
  },
  {
    name: 'media with a data: URL',
    input: withEvent({ media: { url: 'data:image/png;base64,AAAA', alt: 'A photo' } }),
    problems: [event3('media.url', URL, '"data:image/png;base64,AAAA"')],
  },
  {
    name: 'followUp as a string',
    input: withEvent({ followUp: 'yes' }),
    problems: [event3('followUp', 'true or false', '"yes"')],
  },
  {
    name: 'a tag that is a number',
    input: withEvent({ tags: ['ok', 1] }),
    problems: [event3('tags[1]', 'a string', '1')],
  },
  {
    name: 'several problems in one event, each reported',
    input: withEvent({ start: '2023-02-30', kind: 'rumour', importance: 0 }),
    problems: [
      event3('start', DATE, '"2023-02-30"'),
      event3('kind', '"fact" | "claim" | "statement"', '"rumour"'),
      event3('importance', '1 | 2 | 3', '0'),
    ],
  },
  // Events as a whole
  {
    name: 'a duplicate event id, reported on the second event',
    input: withEvent({ id: 'second' }),
    problems: [event3('id', 'unique among events', '"second" (event 1 has it too)')],
    message: 'event 3 "second": id must be unique among events, got "second" (event 1 has it too)',
  },
  {
    name: 'a null event',
    input: () => createTimelineWithRawEvent(null),
    problems: [at('events[3]', 'an event object', 'null')],
    message: 'event 3 must be an event object, got null',
  },
  {
    name: 'an event that is a string',
    input: () => createTimelineWithRawEvent('big-2023-07'),
    problems: [at('events[3]', 'an event object', '"big-2023-07"')],
  },
  {
    name: 'a hole in a sparse events array',
    input: () => {
      const data = createSmallTimeline();
      const events = [...data.events];
      events.length = 5;
      events[4] = { ...VALID_EVENT, id: 'after-hole' };
      return { ...data, events };
    },
    problems: [at('events[3]', 'an event object', 'nothing')],
    keptEventIds: [...VALID_EVENT_IDS, 'after-hole'],
  },
  {
    name: 'deeply nested garbage in place of a source',
    input: withEvent({ sources: nest(10_000) }),
    problems: [event3('sources[0]', 'a source object', 'array')],
  },
  {
    name: 'a cyclic object: an event whose media is itself',
    input: () => {
      const event: Record<string, unknown> = { ...VALID_EVENT };
      event.media = event;
      event.self = event;
      return createTimelineWithRawEvent(event);
    },
    problems: [event3('media.url', URL, 'nothing'), event3('media.alt', TEXT, 'nothing')],
  },
  {
    name: 'a getter that throws',
    input: () => {
      const event = { ...VALID_EVENT };
      Object.defineProperty(event, 'title', { get: throwingGetter, enumerable: true });
      return createTimelineWithRawEvent(event);
    },
    problems: [event3('title', TEXT, UNREADABLE)],
  },
  {
    name: 'a revoked proxy as an event',
    input: () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return createTimelineWithRawEvent(proxy);
    },
    problems: [at('events[3]', 'a readable event', UNREADABLE)],
  },
  {
    name: 'a __proto__ key in a title, from JSON.parse',
    input: () =>
      createTimelineWithEvent({
        title: JSON.parse('{"en": "Resolution", "__proto__": {"polluted": true}}'),
      }),
    problems: [
      event3(
        'title.__proto__',
        'keyed by a language tag such as "en" or "fr-CA"',
        'the key "__proto__"',
      ),
    ],
  },
  // Categories and actors
  {
    name: 'a category colour outside the palette',
    input: () => {
      const data = createSmallTimeline();
      return {
        ...data,
        categories: [...data.categories, { id: 'economy', label: 'Economy', color: 'pink' }],
      };
    },
    problems: [
      at(
        'categories[2].color',
        '"blue" | "orange" | "green" | "red" | "purple" | "teal" | "brown" | "gray"',
        '"pink"',
      ),
    ],
    message:
      'category 2 "economy": color must be "blue" | "orange" | "green" | "red" | "purple" | "teal" | "brown" | "gray", got "pink"',
    keptEventIds: VALID_EVENT_IDS,
  },
  {
    name: 'a duplicate category id',
    input: () => {
      const data = createSmallTimeline();
      return {
        ...data,
        categories: [...data.categories, { id: 'war', label: 'War again', color: 'gray' }],
      };
    },
    problems: [at('categories[2].id', 'unique among categories', '"war" (category 1 has it too)')],
    keptEventIds: VALID_EVENT_IDS,
  },
  {
    name: 'a category id with a slash, and the event that uses it',
    input: () => {
      const data = createSmallTimeline();
      const categories = [...data.categories, { id: 'a/b', label: 'A/B', color: 'teal' }];
      return { ...data, categories, events: [...data.events, { ...VALID_EVENT, category: 'a/b' }] };
    },
    problems: [at('categories[2].id', ID, '"a/b"'), event3('category', CATEGORY_ID, '"a/b"')],
  },
  {
    name: 'an actor without a name',
    input: () => {
      const data = createSmallTimeline();
      return { ...data, actors: [...data.actors, { id: 'ankara' }] };
    },
    problems: [at('actors[2].name', TEXT, 'nothing')],
    keptEventIds: VALID_EVENT_IDS,
  },
  // The document
  {
    name: 'null instead of a document',
    input: () => null,
    problems: [at('', 'a timeline object with title, categories, actors and events', 'null')],
    message:
      'the document must be a timeline object with title, categories, actors and events, got null',
    keptEventIds: [],
  },
  {
    name: 'an array instead of a document',
    input: () => [createSmallTimeline()],
    problems: [at('', 'a timeline object with title, categories, actors and events', 'array')],
    keptEventIds: [],
  },
  {
    name: 'a JSON string instead of a parsed document',
    input: () => JSON.stringify(createSmallTimeline()),
    problems: [
      at(
        '',
        'a timeline object with title, categories, actors and events',
        // Cut at 60 characters once quoted and escaped, with the length of the whole.
        String.raw`"{\"title\":{\"en\":\"Test timeline\",\"fr\":\"Frise de test…"` +
          ` (${JSON.stringify(createSmallTimeline()).length} characters)`,
      ),
    ],
    keptEventIds: [],
  },
  {
    name: 'a document without a title',
    input: () => ({ ...createSmallTimeline(), title: undefined }),
    problems: [at('title', TEXT, 'nothing')],
    message: `title must be ${TEXT}, got nothing`,
  },
  {
    name: 'events that are an object rather than an array',
    input: () => ({ ...createSmallTimeline(), events: { first: VALID_EVENT } }),
    problems: [at('events', 'an array of events', 'object')],
    keptEventIds: [],
  },
  {
    name: 'categories missing, so no event has a lane',
    input: () => ({ ...createSmallTimeline(), categories: undefined }),
    problems: [
      at('categories', 'an array of categories', 'nothing'),
      at('events[0].category', CATEGORY_ID, '"diplomacy"'),
      at('events[1].category', CATEGORY_ID, '"war"'),
      at('events[2].category', CATEGORY_ID, '"diplomacy"'),
    ],
    keptEventIds: [],
  },
  {
    name: 'a __proto__ and a constructor key on the document, from JSON.parse',
    input: () => {
      const text = JSON.stringify(createSmallTimeline()).replace(
        /^\{/,
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
      );
      return JSON.parse(text);
    },
    problems: [],
  },
];

function summarize(problem: TimelineProblem): Expected {
  return { path: problem.path, expected: problem.expected, received: problem.received };
}

describe('parseTimeline(input) on malformed input', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('has a catalogue of at least 30 cases', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CATALOGUE)('reports $name exactly', ({ input, problems, message, keptEventIds }) => {
    const result = parseTimeline(input());
    expect(result.problems.map(summarize)).toEqual(problems);
    if (message !== undefined) expect(result.problems[0]?.message).toBe(message);
    expect(result.data.events.map((event) => event.id)).toEqual(keptEventIds ?? VALID_EVENT_IDS);
  });
});
