import { afterEach, describe, expect, it } from 'vitest';
import { type ParseTimelineResult, parseTimeline } from '../../src/model/parseTimeline.js';
import {
  type ParseTimelineCsvOptions,
  parseTimelineCsv,
} from '../../src/model/parseTimelineCsv.js';
import {
  createSmallTimeline,
  createTimelineWithEvent,
  createTimelineWithRawEvent,
  VALID_EVENT,
} from '../fixtures/smallTimeline.js';

/*
 * The hardening catalogue: hostile and broken input, grouped by kind, through parseTimeline
 * and parseTimelineCsv. Every case states the exact problems it must produce (where, what was
 * expected, what was received), or that the input comes back unchanged. None may throw, leave
 * Object.prototype polluted, or return an object with an own "__proto__" key.
 */

// How the validator names valid values, spelled out so that a change of wording shows here.
const ID = 'an id of letters, digits, "-" and "_" that starts with a letter or digit';
const DATE = 'a real calendar date "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
const TEXT = 'text (a string, or an object of strings by language tag)';
const URL = 'an http(s) URL';
const CATEGORY_ID = "the id of one of the document's categories";
const ACTOR_ID = "the id of one of the document's actors";
const UNREADABLE = 'a value that throws when read';
const LANGUAGE_KEY = 'keyed by a language tag such as "en" or "fr-CA"';
const COLORS = '"blue" | "orange" | "green" | "red" | "purple" | "teal" | "brown" | "gray"';
const DOCUMENT = 'a timeline object with title, categories, actors and events';
const VALID_IDS = ['first', 'second', 'third'];
const ALL_IDS = [...VALID_IDS, 'big-2023-07'];
const FIFTY_MB = 50 * 1024 * 1024;

interface Expected {
  readonly path: string;
  readonly expected: string;
  readonly received: string;
}

interface CatalogueCase {
  readonly name: string;
  readonly input: () => unknown;
  /** Exactly these problems, in this order. */
  readonly problems: readonly Expected[];
  /** The event ids kept. @default the three valid ones, the fourth being broken */
  readonly keptEventIds?: readonly string[];
  /** More about the result, for cases whose point is what comes back. */
  readonly check?: (result: ParseTimelineResult) => void;
}

const at = (path: string, expected: string, received: string): Expected => ({
  path,
  expected,
  received,
});
const event3 = (field: string, expected: string, received: string) =>
  at(`events[3].${field}`, expected, received);
const withEvent = (patch: Record<string, unknown>) => () => createTimelineWithEvent(patch);
const withSource = (patch: Record<string, unknown>) =>
  withEvent({ sources: [{ ...VALID_EVENT.sources[0], ...patch }] });
const withMedia = (patch: Record<string, unknown>) =>
  withEvent({ media: { url: 'https://example.org/photo.jpg', alt: 'A photo', ...patch } });

function withCategory(category: Record<string, unknown>) {
  return () => {
    const data = createSmallTimeline();
    const valid = { id: 'economy', label: 'Economy', color: 'green' };
    return { ...data, categories: [...data.categories, { ...valid, ...category }] };
  };
}

function withActor(actor: Record<string, unknown>) {
  return () => {
    const data = createSmallTimeline();
    return { ...data, actors: [...data.actors, { id: 'ankara', name: 'Ankara', ...actor }] };
  };
}

function withDocument(patch: Record<string, unknown>) {
  return () => ({ ...createSmallTimeline(), ...patch });
}

function throwingGetter(): never {
  throw new Error('getter threw');
}

function nestArrays(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

/** The title of the event at index 3 as it comes back, which the case says must be kept. */
function keptTitle(result: ParseTimelineResult): unknown {
  return result.data.events.find((event) => event.id === 'big-2023-07')?.title;
}

function expectVerbatim(text: string) {
  return {
    name: `${JSON.stringify(text)} as a title, kept as it is`,
    input: withEvent({ title: text }),
    problems: [],
    keptEventIds: ALL_IDS,
    check: (result: ParseTimelineResult) => expect(keptTitle(result)).toBe(text),
  };
}

/** Every object in the output is a plain object or array, and none has an own __proto__ key. */
function expectPlainOutput(value: unknown, depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 20) return;
  expect(Object.hasOwn(value, '__proto__')).toBe(false);
  expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
  for (const item of Object.values(value)) expectPlainOutput(item, depth + 1);
}

function runCase({ input, problems, keptEventIds, check }: CatalogueCase): void {
  const value = input();
  let result: ParseTimelineResult | undefined;
  expect(() => {
    result = parseTimeline(value);
  }).not.toThrow();
  if (result === undefined) return;
  expect(
    result.problems.map(({ path, expected, received }) => ({ path, expected, received })),
  ).toEqual(problems);
  expect(result.data.events.map((event) => event.id)).toEqual(keptEventIds ?? VALID_IDS);
  expectPlainOutput(result.data);
  check?.(result);
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
});

const TYPES: readonly CatalogueCase[] = [
  { name: 'event id 42', input: withEvent({ id: 42 }), problems: [event3('id', ID, '42')] },
  {
    name: 'event start 20230712, a number',
    input: withEvent({ start: 20230712 }),
    problems: [event3('start', DATE, '20230712')],
  },
  {
    name: 'event end true',
    input: withEvent({ end: true }),
    problems: [event3('end', DATE, 'true')],
  },
  { name: 'event title 5', input: withEvent({ title: 5 }), problems: [event3('title', TEXT, '5')] },
  {
    name: 'event summary ["a"]',
    input: withEvent({ summary: ['a'] }),
    problems: [event3('summary', TEXT, 'array')],
  },
  {
    name: 'event category 7',
    input: withEvent({ category: 7 }),
    problems: [event3('category', CATEGORY_ID, '7')],
  },
  {
    name: 'event actors "paris", a string',
    input: withEvent({ actors: 'paris' }),
    problems: [event3('actors', 'an array of actor ids', '"paris"')],
  },
  {
    name: 'event kind 1',
    input: withEvent({ kind: 1 }),
    problems: [event3('kind', '"fact" | "claim" | "statement"', '1')],
  },
  {
    name: 'event claimedBy {}',
    input: withEvent({ kind: 'claim', claimedBy: {} }),
    problems: [event3('claimedBy', 'a non-empty array of actor ids', 'object')],
  },
  {
    name: 'event sources "https://example.org", a string',
    input: withEvent({ sources: 'https://example.org' }),
    problems: [event3('sources', 'a non-empty array of sources', '"https://example.org"')],
  },
  {
    name: 'event importance "3", a string',
    input: withEvent({ importance: '3' }),
    problems: [event3('importance', '1 | 2 | 3', '"3"')],
  },
  {
    name: 'event confidence 2',
    input: withEvent({ confidence: 2 }),
    problems: [event3('confidence', '"high" | "medium" | "low"', '2')],
  },
  {
    name: 'event tags "a", a string',
    input: withEvent({ tags: 'a' }),
    problems: [event3('tags', 'an array of tags', '"a"')],
  },
  {
    name: 'event media, a URL string',
    input: withEvent({ media: 'https://example.org/photo.jpg' }),
    problems: [event3('media', 'a media object', '"https://example.org/photo.jpg"')],
  },
  {
    name: 'event followUp "yes"',
    input: withEvent({ followUp: 'yes' }),
    problems: [event3('followUp', 'true or false', '"yes"')],
  },
  {
    name: 'source publisher 1',
    input: withSource({ publisher: 1 }),
    problems: [event3('sources[0].publisher', 'a string', '1')],
  },
  {
    name: 'source title null',
    input: withSource({ title: null }),
    problems: [event3('sources[0].title', 'a string', 'null')],
  },
  {
    name: 'source date 20230712, a number',
    input: withSource({ date: 20230712 }),
    problems: [event3('sources[0].date', DATE, '20230712')],
  },
  {
    name: 'source url {}',
    input: withSource({ url: {} }),
    problems: [event3('sources[0].url', URL, 'object')],
  },
  {
    name: 'media url 1',
    input: withMedia({ url: 1 }),
    problems: [event3('media.url', URL, '1')],
  },
  {
    name: 'media alt []',
    input: withMedia({ alt: [] }),
    problems: [event3('media.alt', TEXT, 'array')],
  },
  {
    name: 'media credit false',
    input: withMedia({ credit: false }),
    problems: [event3('media.credit', 'a string', 'false')],
  },
  {
    name: 'category id 5',
    input: withCategory({ id: 5 }),
    problems: [at('categories[2].id', ID, '5')],
  },
  {
    name: 'category label null',
    input: withCategory({ label: null }),
    problems: [at('categories[2].label', TEXT, 'null')],
  },
  {
    name: 'category color 1',
    input: withCategory({ color: 1 }),
    problems: [at('categories[2].color', COLORS, '1')],
  },
  {
    name: 'actor id []',
    input: withActor({ id: [] }),
    problems: [at('actors[2].id', ID, 'array')],
  },
  {
    name: 'actor name 4',
    input: withActor({ name: 4 }),
    problems: [at('actors[2].name', TEXT, '4')],
  },
  {
    name: 'document title 12',
    input: withDocument({ title: 12 }),
    problems: [at('title', TEXT, '12')],
  },
  {
    name: 'document description {}',
    input: withDocument({ description: {} }),
    problems: [at('description', 'text in at least one language', 'an empty object')],
  },
  {
    name: 'document events "x"',
    input: withDocument({ events: 'x' }),
    problems: [at('events', 'an array of events', '"x"')],
    keptEventIds: [],
  },
];

const dateCase = (start: string, received = JSON.stringify(start)): CatalogueCase => ({
  name: `start ${JSON.stringify(start)}`,
  input: withEvent({ start }),
  problems: [event3('start', DATE, received)],
});

const DATES: readonly CatalogueCase[] = [
  dateCase('0000'),
  dateCase('0999'),
  dateCase('99999'),
  dateCase('2023-13-01'),
  dateCase('2023-00-10'),
  dateCase('2024-02-30'),
  dateCase('2023-02-29'),
  dateCase('2023-04-31'),
  dateCase(' 2024-01-01'),
  dateCase('2024-01-01 '),
  dateCase('2024-1-1'),
  dateCase('2024/01/01'),
  dateCase('18/04/2024'),
  dateCase('２０２４'),
  dateCase('2024-01-01T00:00:00Z'),
  dateCase(''),
  {
    name: 'start as a JS Date',
    input: withEvent({ start: new Date(Date.UTC(2024, 0, 1)) }),
    problems: [event3('start', DATE, 'object')],
  },
  {
    name: 'start 2024-02-29, a leap day, kept',
    input: withEvent({ start: '2024-02-29' }),
    problems: [],
    keptEventIds: ALL_IDS,
  },
  {
    name: 'end before start',
    input: withEvent({ start: '2023-07-12', end: '2023-07-01' }),
    problems: [event3('end', 'a date on or after start ("2023-07-12")', '"2023-07-01"')],
  },
  {
    name: 'end 2023-07, a month that begins before a start of 2023-07-12',
    input: withEvent({ start: '2023-07-12', end: '2023-07' }),
    problems: [event3('end', 'a date on or after start ("2023-07-12")', '"2023-07"')],
  },
  {
    name: 'end 2023-08 after a start of 2023-07-12, kept',
    input: withEvent({ start: '2023-07-12', end: '2023-08' }),
    problems: [],
    keptEventIds: ALL_IDS,
  },
  {
    name: 'source date 2023-02-29',
    input: withSource({ date: '2023-02-29' }),
    problems: [event3('sources[0].date', DATE, '"2023-02-29"')],
  },
];

const IDS: readonly CatalogueCase[] = [
  {
    name: 'an event id used twice, reported on the second',
    input: withEvent({ id: 'second' }),
    problems: [event3('id', 'unique among events', '"second" (event 1 has it too)')],
  },
  {
    name: 'id "big 2023"',
    input: withEvent({ id: 'big 2023' }),
    problems: [event3('id', ID, '"big 2023"')],
  },
  { name: 'id "-big"', input: withEvent({ id: '-big' }), problems: [event3('id', ID, '"-big"')] },
  { name: 'id ""', input: withEvent({ id: '' }), problems: [event3('id', ID, '""')] },
  {
    name: 'id "événement"',
    input: withEvent({ id: 'événement' }),
    problems: [event3('id', ID, '"événement"')],
  },
  {
    name: 'id "__proto__"',
    input: withEvent({ id: '__proto__' }),
    problems: [event3('id', ID, '"__proto__"')],
  },
  {
    name: 'id of 101 characters',
    input: withEvent({ id: 'a'.repeat(101) }),
    problems: [event3('id', 'at most 100 characters', `"${'a'.repeat(59)}…" (101 characters)`)],
  },
  {
    name: 'a category id used twice',
    input: withCategory({ id: 'war' }),
    problems: [at('categories[2].id', 'unique among categories', '"war" (category 1 has it too)')],
  },
  {
    name: 'an actor id used twice',
    input: withActor({ id: 'baku' }),
    problems: [at('actors[2].id', 'unique among actors', '"baku" (actor 0 has it too)')],
  },
  {
    name: 'an event in a category that was left out for its own problem',
    input: () => {
      const data = withCategory({ id: 'economy', color: 'pink' })();
      return { ...data, events: [...data.events, { ...VALID_EVENT, category: 'economy' }] };
    },
    problems: [
      at('categories[2].color', COLORS, '"pink"'),
      event3('category', CATEGORY_ID, '"economy"'),
    ],
  },
];

const HTML = '<b onclick="alert(1)">bold</b> & <script>alert(1)</script>';
const PAYLOAD = '<img src=x onerror=alert(1)>';

const TEXTS: readonly CatalogueCase[] = [
  {
    name: 'a title of 10,000 characters',
    input: withEvent({ title: 'x'.repeat(10_000) }),
    problems: [
      event3('title', 'at most 300 characters', `"${'x'.repeat(59)}…" (10000 characters)`),
    ],
  },
  {
    name: 'a summary of 5,001 characters in French',
    input: withEvent({ summary: { fr: 's'.repeat(5001) } }),
    problems: [
      event3('summary.fr', 'at most 5000 characters', `"${'s'.repeat(59)}…" (5001 characters)`),
    ],
  },
  {
    name: 'an empty title',
    input: withEvent({ title: '' }),
    problems: [event3('title', 'a non-empty string', '""')],
  },
  {
    name: 'a title of spaces and a tab',
    input: withEvent({ title: '  \t ' }),
    problems: [event3('title', 'a non-empty string', '"  \\t "')],
  },
  {
    name: 'an empty source publisher',
    input: withSource({ publisher: '' }),
    problems: [event3('sources[0].publisher', 'a non-empty string', '""')],
  },
  expectVerbatim('Null\u0000byte'),
  expectVerbatim('Bell\u0007character'),
  expectVerbatim('Right-to-left \u202Eoverride'),
  expectVerbatim('Half a pair \uD800 of surrogates'),
  expectVerbatim('أذربيجان وفرنسا — עברית'),
  expectVerbatim('👨‍👩‍👧 🇫🇷🇦🇿 1️⃣'),
  expectVerbatim(`<script>alert(1)</script>`),
  expectVerbatim(PAYLOAD),
  {
    name: 'a U+202E in a title too long, escaped in the problem so the message reads in order',
    input: withEvent({ title: `\u202E${'x'.repeat(400)}` }),
    problems: [
      event3('title', 'at most 300 characters', `"\\u202e${'x'.repeat(53)}…" (401 characters)`),
    ],
  },
  {
    name: 'control characters in a bad value, escaped in the problem',
    input: withEvent({ kind: 'fact\u0000\u0007' }),
    problems: [event3('kind', '"fact" | "claim" | "statement"', '"fact\\u0000\\u0007"')],
  },
  {
    name: 'HTML in every text field, kept as text',
    input: () => {
      const data = createSmallTimeline();
      const event = {
        ...VALID_EVENT,
        title: { en: HTML, fr: PAYLOAD },
        summary: HTML,
        tags: [HTML],
        sources: [{ publisher: HTML, title: PAYLOAD, url: 'https://example.org/a' }],
        media: { url: 'https://example.org/p.jpg', alt: { ar: HTML }, credit: PAYLOAD },
      };
      return {
        ...data,
        title: HTML,
        description: { en: PAYLOAD },
        categories: [...data.categories, { id: 'html', label: HTML, color: 'gray' }],
        actors: [...data.actors, { id: 'html', name: { fr: PAYLOAD } }],
        events: [...data.events, event],
      };
    },
    problems: [],
    keptEventIds: ALL_IDS,
    check: ({ data }) => {
      expect(data.title).toBe(HTML);
      expect(data.description).toEqual({ en: PAYLOAD });
      expect(data.categories[2]?.label).toBe(HTML);
      expect(data.actors[2]?.name).toEqual({ fr: PAYLOAD });
      expect(data.events[3]).toEqual({
        ...VALID_EVENT,
        title: { en: HTML, fr: PAYLOAD },
        summary: HTML,
        tags: [HTML],
        sources: [{ publisher: HTML, title: PAYLOAD, url: 'https://example.org/a' }],
        media: { url: 'https://example.org/p.jpg', alt: { ar: HTML }, credit: PAYLOAD },
      });
    },
  },
];

const urlCase = (url: string, field = 'sources[0].url'): CatalogueCase => ({
  name: `${field} ${JSON.stringify(url)}`,
  input: field === 'media.url' ? withMedia({ url }) : withSource({ url }),
  problems: [event3(field, URL, JSON.stringify(url))],
});

const URLS: readonly CatalogueCase[] = [
  urlCase('javascript:alert(1)'),
  urlCase('JaVaScRiPt:alert(1)'),
  urlCase(' javascript:alert(1)'),
  urlCase('java\tscript:alert(1)'),
  urlCase('\u0000javascript:alert(1)'),
  urlCase('data:text/html,<script>alert(1)</script>'),
  urlCase('vbscript:msgbox(1)'),
  urlCase('file:///etc/passwd'),
  urlCase('//evil.example/x'),
  urlCase('http:/x'),
  urlCase('http:evil.example'),
  urlCase('/articles/1'),
  urlCase('article.html'),
  urlCase('https://'),
  urlCase('https://exa mple.org'),
  urlCase('https://[::1'),
  urlCase('javascript:alert(1)', 'media.url'),
  urlCase('data:image/png;base64,AAAA', 'media.url'),
  urlCase(' https://example.org/leading-space'),
  {
    name: 'a URL of 2,049 characters',
    input: withSource({ url: `https://example.org/${'a'.repeat(2029)}` }),
    problems: [
      event3(
        'sources[0].url',
        'at most 2048 characters',
        `"https://example.org/${'a'.repeat(39)}…" (2049 characters)`,
      ),
    ],
  },
  {
    name: 'an upper-case HTTPS URL, kept',
    input: withSource({ url: 'HTTPS://EXAMPLE.ORG/A' }),
    problems: [],
    keptEventIds: ALL_IDS,
  },
];

const PROTO_JSON = '{"polluted": true}';

const PROTOTYPE_POLLUTION: readonly CatalogueCase[] = [
  {
    name: 'a __proto__ key on the document, from JSON.parse',
    input: () =>
      JSON.parse(
        JSON.stringify(createSmallTimeline()).replace(/^\{/, `{"__proto__": ${PROTO_JSON},`),
      ),
    problems: [],
  },
  {
    name: 'constructor.prototype on the document, from JSON.parse',
    input: () =>
      JSON.parse(
        JSON.stringify(createSmallTimeline()).replace(
          /^\{/,
          `{"constructor": {"prototype": ${PROTO_JSON}}, "prototype": ${PROTO_JSON},`,
        ),
      ),
    problems: [],
  },
  ...(['__proto__', 'constructor', 'prototype'] as const).map(
    (key): CatalogueCase => ({
      name: `a ${key} key on an event, from JSON.parse`,
      input: () =>
        createTimelineWithRawEvent(
          JSON.parse(JSON.stringify(VALID_EVENT).replace(/^\{/, `{"${key}": ${PROTO_JSON},`)),
        ),
      problems: [],
      keptEventIds: ALL_IDS,
      check: ({ data }) => expect(data.events[3]).toEqual(VALID_EVENT),
    }),
  ),
  ...(['__proto__', 'constructor', 'prototype'] as const).map(
    (key): CatalogueCase => ({
      name: `a ${key} key in a title, from JSON.parse`,
      input: withEvent({ title: JSON.parse(`{"en": "Resolution", "${key}": ${PROTO_JSON}}`) }),
      problems: [event3(`title.${key}`, LANGUAGE_KEY, `the key "${key}"`)],
    }),
  ),
  {
    name: 'a __proto__ key on a source and on a category, from JSON.parse',
    input: () => {
      const data = createSmallTimeline();
      const source = JSON.parse(
        `{"__proto__": ${PROTO_JSON}, "publisher": "P", "title": "T", "url": "https://a.example"}`,
      );
      const category = JSON.parse(
        `{"__proto__": ${PROTO_JSON}, "id": "x", "label": "X", "color": "red"}`,
      );
      return {
        ...data,
        categories: [...data.categories, category],
        events: [...data.events, { ...VALID_EVENT, sources: [source] }],
      };
    },
    problems: [],
    keptEventIds: ALL_IDS,
  },
  {
    name: 'ids named constructor and toString, looked up as ids only',
    input: () => {
      const data = createSmallTimeline();
      return {
        ...data,
        categories: [...data.categories, { id: 'constructor', label: 'C', color: 'red' }],
        actors: [...data.actors, { id: 'toString', name: 'T' }],
        events: [
          ...data.events,
          { ...VALID_EVENT, category: 'constructor', kind: 'claim', claimedBy: ['toString'] },
          { ...VALID_EVENT, id: 'unknown', category: 'hasOwnProperty' },
        ],
      };
    },
    problems: [at('events[4].category', CATEGORY_ID, '"hasOwnProperty"')],
    keptEventIds: ALL_IDS,
  },
  {
    name: 'values on a polluted Object.prototype, never read as fields',
    input: () => {
      const { sources: _sources, ...event } = VALID_EVENT;
      return createTimelineWithRawEvent(event);
    },
    problems: [event3('sources', 'a non-empty array of sources', 'nothing')],
  },
  {
    name: 'a document, events and a title with no prototype at all',
    input: () => {
      const bare = <T extends object>(value: T): T => Object.assign(Object.create(null), value);
      const data = createSmallTimeline();
      const events = [...data.events, bare({ ...VALID_EVENT, title: bare({ en: 'Bare' }) })];
      return bare({ ...data, events });
    },
    problems: [],
    keptEventIds: ALL_IDS,
    check: (result) => expect(keptTitle(result)).toEqual({ en: 'Bare' }),
  },
];

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const keysThrow = () => new Proxy({}, { ownKeys: throwingGetter });

const STRUCTURE: readonly CatalogueCase[] = [
  {
    name: 'arrays nested 10,000 deep as sources',
    input: withEvent({ sources: nestArrays(10_000) }),
    problems: [event3('sources[0]', 'a source object', 'array')],
  },
  {
    name: 'arrays nested 10,000 deep as a title',
    input: withEvent({ title: nestArrays(10_000) }),
    problems: [event3('title', TEXT, 'array')],
  },
  {
    name: 'arrays nested 10,000 deep as the document',
    input: () => nestArrays(10_000),
    problems: [at('', DOCUMENT, 'array')],
    keptEventIds: [],
  },
  {
    name: 'a sources array that contains itself',
    input: () => {
      const sources: unknown[] = [{ ...VALID_EVENT.sources[0] }];
      sources.push(sources);
      return createTimelineWithEvent({ sources });
    },
    problems: [event3('sources[1]', 'a source object', 'array')],
  },
  {
    name: 'a document and a category that refer to the document',
    input: () => {
      const data: Record<string, unknown> = { ...createSmallTimeline() };
      data.self = data;
      data.categories = [
        { id: 'war', label: 'War', color: 'red', owner: data },
        ...createSmallTimeline().categories.slice(0, 1),
      ];
      return data;
    },
    problems: [],
  },
  {
    name: 'a getter that throws, as an event title',
    input: () => {
      const event = { ...VALID_EVENT };
      Object.defineProperty(event, 'title', { get: throwingGetter, enumerable: true });
      return createTimelineWithRawEvent(event);
    },
    problems: [event3('title', TEXT, UNREADABLE)],
  },
  {
    name: 'a getter that throws, as the document events',
    input: () => {
      const data = { ...createSmallTimeline() };
      Object.defineProperty(data, 'events', { get: throwingGetter, enumerable: true });
      return data;
    },
    problems: [at('events', 'an array of events', UNREADABLE)],
    keptEventIds: [],
  },
  {
    name: 'a getter that throws, as an item of the events array',
    input: () => {
      const events: unknown[] = [...createSmallTimeline().events];
      Object.defineProperty(events, 3, { get: throwingGetter, enumerable: true });
      return { ...createSmallTimeline(), events };
    },
    problems: [at('events[3]', 'an event object', UNREADABLE)],
  },
  {
    name: 'a proxy whose keys throw, as an event title',
    input: withEvent({ title: keysThrow() }),
    problems: [at('events[3]', 'a readable event', UNREADABLE)],
  },
  {
    name: 'a proxy whose keys throw, as the document title',
    input: withDocument({ title: keysThrow() }),
    problems: [at('title', 'a readable value', UNREADABLE)],
  },
  {
    name: 'a revoked proxy as the document',
    input: revokedProxy,
    problems: [at('', DOCUMENT, UNREADABLE)],
    keptEventIds: [],
  },
  {
    name: 'a 50 MB title',
    input: withEvent({ title: 'x'.repeat(FIFTY_MB) }),
    problems: [
      event3('title', 'at most 300 characters', `"${'x'.repeat(59)}…" (${FIFTY_MB} characters)`),
    ],
  },
  {
    name: 'a 50 MB id',
    input: withEvent({ id: 'a'.repeat(FIFTY_MB) }),
    problems: [
      event3('id', 'at most 100 characters', `"${'a'.repeat(59)}…" (${FIFTY_MB} characters)`),
    ],
  },
  {
    name: 'a 50 MB language key in a title',
    input: withEvent({ title: { ['e'.repeat(FIFTY_MB)]: 'x' } }),
    problems: [
      event3(
        `title["${'e'.repeat(59)}…" (${FIFTY_MB} characters)]`,
        LANGUAGE_KEY,
        `the key "${'e'.repeat(59)}…" (${FIFTY_MB} characters)`,
      ),
    ],
  },
  ...(
    [
      ['null', null, 'null'],
      ['42', 42, '42'],
      ['a string', 'text', '"text"'],
      ['an empty array', [], 'array'],
      ['undefined', undefined, 'nothing'],
      ['true', true, 'true'],
      ['a function', () => createSmallTimeline(), 'function'],
      ['a symbol', Symbol('timeline'), 'symbol'],
      ['a bigint', 10n, 'bigint'],
    ] as const
  ).map(
    ([name, value, received]): CatalogueCase => ({
      name: `${name} as the document`,
      input: () => value,
      problems: [at('', DOCUMENT, received)],
      keptEventIds: [],
    }),
  ),
  {
    name: 'a Map as the document',
    input: () => new Map(Object.entries(createSmallTimeline())),
    problems: [
      at('title', TEXT, 'nothing'),
      at('categories', 'an array of categories', 'nothing'),
      at('actors', 'an array of actors', 'nothing'),
      at('events', 'an array of events', 'nothing'),
    ],
    keptEventIds: [],
  },
];

describe('types', () => {
  it.each(TYPES)('parseTimeline(input) reports $name', (testCase) => runCase(testCase));
});

describe('dates', () => {
  it.each(DATES)('parseTimeline(input) reports $name', (testCase) => runCase(testCase));
});

describe('ids', () => {
  it.each(IDS)('parseTimeline(input) reports $name', (testCase) => runCase(testCase));
});

describe('text', () => {
  it.each(TEXTS)('parseTimeline(input) with $name', (testCase) => runCase(testCase));
});

describe('urls', () => {
  it.each(URLS)('parseTimeline(input) with $name', (testCase) => runCase(testCase));
});

describe('prototype pollution', () => {
  it.each(PROTOTYPE_POLLUTION)('parseTimeline(input) with $name', (testCase) => {
    const isPolluting = testCase.name.startsWith('values on a polluted');
    const prototype = Object.prototype as Record<string, unknown>;
    if (isPolluting) prototype.sources = [VALID_EVENT.sources[0]];
    try {
      runCase(testCase);
    } finally {
      if (isPolluting) delete prototype.sources;
    }
  });
});

describe('structure', () => {
  it.each(STRUCTURE)('parseTimeline(input) with $name', (testCase) => runCase(testCase));
});

interface CsvExpected {
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly expected: string;
  readonly received: string;
}

interface CsvCase {
  readonly name: string;
  readonly text: () => string;
  readonly options?: ParseTimelineCsvOptions;
  /** Exactly these problems; left out where `check` says what matters instead. */
  readonly problems?: readonly CsvExpected[];
  /** @default ["ok"], the valid row of the file */
  readonly keptEventIds?: readonly string[];
  readonly check?: (result: ParseTimelineResult) => void;
}

const CSV_HEADER =
  'id,start,title,category,kind,source_url,source_publisher,source_title,media_url,media_alt';
const CSV_OK_ROW = 'ok,2024,Fine,war,fact,https://example.org/ok,P,T,,';

/** The header, a valid row, then `row` as row 3. */
function csvWith(row: string): () => string {
  return () => [CSV_HEADER, CSV_OK_ROW, row].join('\n');
}

const located = (
  row: number | undefined,
  column: string | undefined,
  expected: string,
  received: string,
): CsvExpected => ({
  row,
  column,
  expected,
  received,
});

const CSV: readonly CsvCase[] = [
  {
    name: 'start 2023-02-30',
    text: csvWith('bad,2023-02-30,T,war,fact,https://example.org,P,T,,'),
    problems: [located(3, 'start', DATE, '"2023-02-30"')],
  },
  {
    name: 'start 0000',
    text: csvWith('bad,0000,T,war,fact,https://example.org,P,T,,'),
    problems: [located(3, 'start', DATE, '"0000"')],
  },
  {
    name: 'start " 2024-01-01", not trimmed',
    text: csvWith('bad, 2024-01-01,T,war,fact,https://example.org,P,T,,'),
    problems: [located(3, 'start', DATE, '" 2024-01-01"')],
  },
  {
    name: 'start "2024-01-01 00:00:00", as a spreadsheet may export a date',
    text: csvWith('bad,2024-01-01 00:00:00,T,war,fact,https://example.org,P,T,,'),
    problems: [located(3, 'start', DATE, '"2024-01-01 00:00:00"')],
  },
  {
    name: 'a javascript: source URL',
    text: csvWith('bad,2024,T,war,fact,javascript:alert(1),P,T,,'),
    problems: [located(3, 'source_url', URL, '"javascript:alert(1)"')],
  },
  {
    name: 'a JaVaScRiPt: media URL',
    text: csvWith('bad,2024,T,war,fact,https://example.org,P,T,JaVaScRiPt:alert(1),Alt'),
    problems: [located(3, 'media_url', URL, '"JaVaScRiPt:alert(1)"')],
  },
  {
    name: 'a " javascript:" URL in a compact source',
    text: () =>
      [
        'id,start,title,category,kind,sources',
        `${CSV_OK_ROW.split(',').slice(0, 5).join(',')},P — T — https://example.org/ok`,
        'bad,2024,T,war,fact,P — T —  javascript:alert(1)',
      ].join('\n'),
    problems: [located(3, 'sources', URL, '"javascript:alert(1)"')],
  },
  {
    name: 'a data: URL in source2_url',
    text: () =>
      [
        `${CSV_HEADER},source2_url,source2_publisher,source2_title`,
        `${CSV_OK_ROW},,,`,
        'bad,2024,T,war,fact,https://example.org,P,T,,,"data:text/html;base64,AAAA",P,T',
      ].join('\n'),
    problems: [located(3, 'source2_url', URL, '"data:text/html;base64,AAAA"')],
  },
  {
    name: 'a category the options do not list',
    text: csvWith('bad,2024,T,sports,fact,https://example.org,P,T,,'),
    options: { categories: [{ id: 'war', label: 'War', color: 'red' }] },
    problems: [located(3, 'category', CATEGORY_ID, '"sports"')],
  },
  {
    name: 'an actor id that is not an id, in claimed_by',
    text: () =>
      [
        `${CSV_HEADER},claimed_by`,
        `${CSV_OK_ROW},`,
        'bad,2024,T,war,claim,https://example.org,P,T,,,__proto__',
      ].join('\n'),
    problems: [located(3, 'claimed_by', ACTOR_ID, '"__proto__"')],
  },
  {
    name: 'a quote never closed',
    text: csvWith('bad,2024,"T,war,fact,https://example.org,P,T,,'),
    problems: [
      located(
        3,
        'title',
        'a quoted cell closed by a double quote',
        'a quote never closed (the rest of the file, 36 characters)',
      ),
    ],
  },
  {
    name: 'a row with more cells than the header',
    text: csvWith('bad,2024,T,war,fact,https://example.org,P,T,,,surplus'),
    problems: [located(3, undefined, 'no longer than the header (10 cells)', '11 cells')],
  },
  {
    name: 'a 50 MB cell as a title',
    text: () => csvWith(`bad,2024,${'x'.repeat(FIFTY_MB)},war,fact,https://example.org,P,T,,`)(),
    problems: [
      located(
        3,
        'title',
        'at most 300 characters',
        `"${'x'.repeat(59)}…" (${FIFTY_MB} characters)`,
      ),
    ],
  },
  {
    name: 'a 50 MB header cell, named shortly in the message',
    text: () => [`${CSV_HEADER},${'h'.repeat(FIFTY_MB)}`, CSV_OK_ROW].join('\n'),
    problems: [
      located(
        1,
        'h'.repeat(FIFTY_MB),
        'a known column',
        `"${'h'.repeat(59)}…" (${FIFTY_MB} characters)`,
      ),
    ],
    check: ({ problems }) => expect(problems[0]?.message.length).toBeLessThan(300),
  },
  {
    name: 'a U+202E in a header cell, escaped in the message',
    text: () => [`${CSV_HEADER},\u202Ecolour`, CSV_OK_ROW].join('\n'),
    problems: [located(1, '\u202Ecolour', 'a known column', '"\\u202ecolour"')],
    check: ({ problems }) =>
      expect(problems[0]?.message).toBe(
        'row 1, column "\\u202ecolour": "\\u202ecolour" must be a known column, got "\\u202ecolour"',
      ),
  },
  {
    name: '__proto__, constructor and prototype as column names',
    text: () =>
      [
        `${CSV_HEADER},__proto__,constructor,prototype`,
        `${CSV_OK_ROW},${PROTO_JSON},x,y`.replace(PROTO_JSON, '"{""polluted"": true}"'),
      ].join('\n'),
    problems: [
      located(1, '__proto__', 'a known column', '"__proto__"'),
      located(1, 'constructor', 'a known column', '"constructor"'),
      located(1, 'prototype', 'a known column', '"prototype"'),
    ],
  },
  {
    name: 'constructor as a category, derived like any other',
    text: csvWith('proto,2024,T,constructor,fact,https://example.org,P,T,,'),
    problems: [],
    keptEventIds: ['ok', 'proto'],
    check: ({ data }) =>
      expect(data.categories.map((category) => category.id)).toEqual(['war', 'constructor']),
  },
  {
    name: 'HTML and script payloads in cells, kept as text',
    text: csvWith(
      `html,2024,"${HTML.replaceAll('"', '""')}",war,fact,https://example.org,${PAYLOAD},T,https://example.org/p.jpg,${PAYLOAD}`,
    ),
    problems: [],
    keptEventIds: ['ok', 'html'],
    check: ({ data }) =>
      expect(data.events[1]).toMatchObject({
        title: HTML,
        sources: [{ publisher: PAYLOAD }],
        media: { alt: PAYLOAD },
      }),
  },
  {
    name: 'control characters, right-to-left text and emoji in cells, kept as they are',
    text: csvWith(
      'text,2024,"Null\u0000, bell\u0007, \u202Eoverride",war,fact,https://example.org,أذربيجان 👨‍👩‍👧,T,,',
    ),
    problems: [],
    keptEventIds: ['ok', 'text'],
    check: ({ data }) => {
      expect(data.events[1]?.title).toBe('Null\u0000, bell\u0007, \u202Eoverride');
      expect(data.events[1]?.sources[0]?.publisher).toBe('أذربيجان 👨‍👩‍👧');
    },
  },
  {
    name: 'a 10,000-character title cell',
    text: csvWith(`bad,2024,${'t'.repeat(10_000)},war,fact,https://example.org,P,T,,`),
    problems: [
      located(3, 'title', 'at most 300 characters', `"${'t'.repeat(59)}…" (10000 characters)`),
    ],
  },
  {
    name: 'binary garbage after the header',
    text: () =>
      `${CSV_HEADER}\n${CSV_OK_ROW}\n${String.fromCharCode(...Array.from({ length: 2000 }, (_, code) => (code * 7919) % 0xffff))}`,
    check: ({ problems }) => {
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem.row).toBeGreaterThanOrEqual(3);
    },
  },
];

function runCsvCase({ text, options, problems, keptEventIds, check }: CsvCase): void {
  const input = text();
  let result: ParseTimelineResult | undefined;
  expect(() => {
    result = parseTimelineCsv(input, { title: 'Catalogue', ...options });
  }).not.toThrow();
  if (result === undefined) return;
  if (problems !== undefined) {
    expect(
      result.problems.map(({ row, column, expected, received }) => ({
        row,
        column,
        expected,
        received,
      })),
    ).toEqual(problems);
  }
  expect(result.data.events.map((event) => event.id)).toEqual(keptEventIds ?? ['ok']);
  expectPlainOutput(result.data);
  check?.(result);
}

describe('csv', () => {
  it.each(CSV)('parseTimelineCsv(text) with $name', (testCase) => runCsvCase(testCase));

  it.each([
    ['null', null],
    ['42', 42],
    ['an object', { toString: () => 'id,start' }],
  ])('parseTimelineCsv(%s) reports that it is not text', (_name, value) => {
    const result = parseTimelineCsv(value as unknown as string, { title: 'Catalogue' });
    expect(result.data.events).toEqual([]);
    expect(result.problems.map((problem) => problem.expected)).toEqual(['CSV text (a string)']);
  });
});
