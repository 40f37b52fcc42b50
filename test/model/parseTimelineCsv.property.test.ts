import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalizedText, TimelineData, TimelineEvent } from '../../src/model/event.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { parseTimelineCsv } from '../../src/model/parseTimelineCsv.js';
import { timelineDataArbitrary } from '../fixtures/arbitraries.js';

/*
 * A small CSV writer, written from the format's documentation rather than from the reader:
 * every cell quoted, quotes doubled, one column per language and per source part.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Delimiter = ',' | ';' | '\t';

interface CsvStyle {
  readonly delimiter: Delimiter;
  readonly lineEnd: '\n' | '\r\n';
  readonly hasByteOrderMark: boolean;
}

const styleArbitrary: fc.Arbitrary<CsvStyle> = fc.record({
  delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
  lineEnd: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  hasByteOrderMark: fc.boolean(),
});

function quoteCell(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

function listLanguages(texts: readonly (LocalizedText | undefined)[]): {
  readonly hasPlain: boolean;
  readonly languages: readonly string[];
} {
  const languages = new Set<string>();
  let hasPlain = false;
  for (const text of texts) {
    if (typeof text === 'string') hasPlain = true;
    else if (text !== undefined) for (const language of Object.keys(text)) languages.add(language);
  }
  return { hasPlain, languages: [...languages] };
}

/** Columns for one text: `[header, cell of an event]` pairs. */
function textColumns(
  name: string,
  texts: readonly (LocalizedText | undefined)[],
): [string, (text: LocalizedText | undefined) => string][] {
  const { hasPlain, languages } = listLanguages(texts);
  const columns: [string, (text: LocalizedText | undefined) => string][] = [];
  // The header needs a title column even when no event has a title to put in it.
  const isNeeded = hasPlain || (name === 'title' && languages.length === 0);
  if (isNeeded) columns.push([name, (text) => (typeof text === 'string' ? text : '')]);
  for (const language of languages) {
    columns.push([
      `${name}_${language}`,
      (text) => (typeof text === 'object' ? (text[language] ?? '') : ''),
    ]);
  }
  return columns;
}

/** The events of a document as CSV, with `id` cells left empty when `hasIds` is false. */
function writeEventsCsv(events: readonly TimelineEvent[], style: CsvStyle, hasIds = true): string {
  const list = (items: readonly string[] | undefined) => (items ?? []).join('; ');
  const columns: [string, (event: TimelineEvent) => string][] = [
    ['id', (event) => (hasIds ? event.id : '')],
    ['start', (event) => event.start],
    ['end', (event) => event.end ?? ''],
    ...textColumns(
      'title',
      events.map((event) => event.title),
    ).map(([name, cell]): [string, (event: TimelineEvent) => string] => [
      name,
      (event) => cell(event.title),
    ]),
    ...textColumns(
      'summary',
      events.map((event) => event.summary),
    ).map(([name, cell]): [string, (event: TimelineEvent) => string] => [
      name,
      (event) => cell(event.summary),
    ]),
    ['category', (event) => event.category],
    ['kind', (event) => event.kind],
    ['actors', (event) => list(event.actors)],
    ['claimed_by', (event) => list(event.claimedBy)],
    ['importance', (event) => String(event.importance ?? '')],
    ['confidence', (event) => event.confidence ?? ''],
    ['tags', (event) => list(event.tags)],
    ['follow_up', (event) => (event.followUp === undefined ? '' : String(event.followUp))],
    ['media_url', (event) => event.media?.url ?? ''],
    ...textColumns(
      'media_alt',
      events.map((event) => event.media?.alt),
    ).map(([name, cell]): [string, (event: TimelineEvent) => string] => [
      name,
      (event) => cell(event.media?.alt),
    ]),
    ['media_credit', (event) => event.media?.credit ?? ''],
  ];
  const sourceCount = Math.max(0, ...events.map((event) => event.sources.length));
  for (let index = 0; index < sourceCount; index += 1) {
    const group = index === 0 ? 'source' : `source${index + 1}`;
    for (const part of ['url', 'publisher', 'title', 'date'] as const) {
      columns.push([`${group}_${part}`, (event) => event.sources[index]?.[part] ?? '']);
    }
  }
  const rows = [
    columns.map(([name]) => name),
    ...events.map((event) => columns.map(([, cell]) => cell(event))),
  ];
  const text = rows.map((cells) => cells.map(quoteCell).join(style.delimiter)).join(style.lineEnd);
  return `${style.hasByteOrderMark ? '\uFEFF' : ''}${text}${style.lineEnd}`;
}

/**
 * The document as CSV can hold it: empty lists left out, and tags (separated by ";" and
 * trimmed in a cell) without ";" or surrounding spaces.
 */
function toRepresentable(data: TimelineData): TimelineData {
  const events = data.events.map((event) => {
    const copy: Mutable<TimelineEvent> = { ...event };
    const tags = (event.tags ?? [])
      .map((tag) => tag.replaceAll(';', ',').trim())
      .filter((tag) => tag !== '');
    if (tags.length > 0) copy.tags = tags;
    else delete copy.tags;
    if (event.actors?.length === 0) delete copy.actors;
    return copy;
  });
  return { ...data, events };
}

function optionsOf(data: TimelineData) {
  return {
    title: data.title,
    ...(data.description === undefined ? {} : { description: data.description }),
    categories: data.categories,
    actors: data.actors,
  };
}

const representableArbitrary = timelineDataArbitrary({ maxEvents: 6 }).map(toRepresentable);

// Each run writes and reads a whole document: fewer runs than the default, and room for a
// loaded machine, since a timeout here would say nothing about the code.
const ROUND_TRIP_RUNS = { numRuns: 100 };
const ROUND_TRIP_TIMEOUT_MS = 30_000;

describe('parseTimelineCsv(text, options) properties', () => {
  it(
    'reads back every valid document written as CSV, in any delimiter and line end',
    () => {
      fc.assert(
        fc.property(representableArbitrary, styleArbitrary, (data, style) => {
          const result = parseTimelineCsv(writeEventsCsv(data.events, style), optionsOf(data));
          expect(result.problems).toEqual([]);
          expect(result.data).toEqual(data);
        }),
        ROUND_TRIP_RUNS,
      );
    },
    ROUND_TRIP_TIMEOUT_MS,
  );

  it(
    'makes valid, unique ids, the same on every read, for rows without one',
    () => {
      fc.assert(
        fc.property(representableArbitrary, styleArbitrary, (data, style) => {
          const text = writeEventsCsv(data.events, style, false);
          const first = parseTimelineCsv(text, optionsOf(data));
          const ids = first.data.events.map((event) => event.id);
          expect(first.problems).toEqual([]);
          expect(new Set(ids).size).toBe(data.events.length);
          for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,99}$/);
          expect(parseTimelineCsv(text, optionsOf(data))).toEqual(first);
          const withoutIds = (events: readonly TimelineEvent[]) =>
            events.map(({ id: _id, ...event }) => event);
          expect(withoutIds(first.data.events)).toEqual(withoutIds(data.events));
        }),
        ROUND_TRIP_RUNS,
      );
    },
    ROUND_TRIP_TIMEOUT_MS,
  );
});

const CSV_UNITS = [
  ',',
  ';',
  '\t',
  '"',
  '""',
  '\n',
  '\r',
  '\r\n',
  ' ',
  'a',
  'é',
  '😀',
  '\uFEFF',
  '\u0000',
  '\u202E',
  ' — ',
  ' | ',
  'id',
  'start',
  'title',
  'title_fr',
  'category',
  'kind',
  'sources',
  'source2_url',
  'fact',
  '2024',
  '2023-02-29',
  'https://example.org',
  'javascript:alert(1)',
  '__proto__',
];
const VALID_HEADER = 'id,start,title,category,kind,source_url,source_publisher,source_title';

const anyTextArbitrary = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CSV_UNITS), maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .string({ unit: fc.constantFrom(...CSV_UNITS), maxLength: 80 })
    .map((rows) => `${VALID_HEADER}\n${rows}`),
);

describe('parseTimelineCsv(text) on arbitrary text', () => {
  it('never throws, and returns only events that are valid', () => {
    fc.assert(
      fc.property(anyTextArbitrary, (text) => {
        const { data, problems } = parseTimelineCsv(text, { title: 'T' });
        expect(parseTimeline(data).problems).toEqual([]);
        for (const problem of problems) {
          expect(typeof problem.message).toBe('string');
          if (problem.row !== undefined) expect(problem.row).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

interface RowCells {
  readonly start: string;
  readonly title: string;
  readonly category: string;
  readonly kind: string;
  readonly claimedBy: string;
  readonly followUp: string;
  readonly sourceUrl: string;
  readonly publisher: string;
  readonly sources: string;
  readonly hasExtraCell: boolean;
  readonly isQuoted: boolean;
}

const rowArbitrary: fc.Arbitrary<RowCells> = fc.record({
  start: fc.constantFrom('2024', '2024-02-29', '2023-02-29', '', 'x', ' 2024', '2024-1-1'),
  title: fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('', 'Title', 'Two\nlines', 'Three\r\nlines\rhere', 'A "quote"', 'a,b;c\td'),
  ),
  category: fc.constantFrom('war', 'diplomacy', '', 'sports', 'a/b'),
  kind: fc.constantFrom('fact', 'claim', 'statement', 'rumour', ''),
  claimedBy: fc.constantFrom('', 'baku', 'baku; paris', 'nobody', ';'),
  followUp: fc.constantFrom('', 'yes', 'non', 'maybe'),
  sourceUrl: fc.constantFrom('https://example.org', '', 'javascript:alert(1)', '//evil.example'),
  publisher: fc.constantFrom('Le Monde', '', ' '),
  sources: fc.constantFrom(
    '',
    'AFP — Dispatch — https://afp.com',
    'bad',
    'AFP — T — 2023-02-30 — https://afp.com',
  ),
  hasExtraCell: fc.boolean(),
  isQuoted: fc.boolean(),
});

/** Line breaks as a reader of the file counts them, `\r\n` being one. */
function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function writeRowCell(value: string, isQuoted: boolean): string {
  return isQuoted || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

describe('parseTimelineCsv(text) on rows of valid and invalid cells', () => {
  it('turns every data row into an event or into at least one problem naming its row', () => {
    const header =
      'id,start,title,category,kind,claimed_by,follow_up,source_url,source_publisher,source_title,sources';
    const options = {
      title: 'T',
      categories: [
        { id: 'war', label: 'War', color: 'red' },
        { id: 'diplomacy', label: 'Diplomacy', color: 'blue' },
      ],
      actors: [
        { id: 'baku', name: 'Baku' },
        { id: 'paris', name: 'Paris' },
      ],
    } as const;
    fc.assert(
      fc.property(fc.array(rowArbitrary, { maxLength: 15 }), (rows) => {
        let line = 2;
        const lines: number[] = [];
        const written = rows.map((row, index) => {
          const cells = [
            `r${index}`,
            row.start,
            row.title,
            row.category,
            row.kind,
            row.claimedBy,
            row.followUp,
            row.sourceUrl,
            row.publisher,
            'An article',
            row.sources,
            ...(row.hasExtraCell ? ['extra'] : []),
          ];
          lines.push(line);
          line += 1 + cells.reduce((sum, cell) => sum + countLineBreaks(cell), 0);
          return cells.map((cell) => writeRowCell(cell, row.isQuoted)).join(',');
        });
        const { data, problems } = parseTimelineCsv([header, ...written].join('\n'), options);
        const ids = new Set(data.events.map((event) => event.id));
        rows.forEach((_row, index) => {
          const hasEvent = ids.has(`r${index}`);
          const hasProblem = problems.some((problem) => problem.row === lines[index]);
          expect({ index, hasEvent, hasProblem }).toEqual({
            index,
            hasEvent: !hasProblem,
            hasProblem,
          });
        });
        for (const problem of problems) expect(lines).toContain(problem.row);
      }),
    );
  });
});
