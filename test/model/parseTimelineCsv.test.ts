import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import type { TimelineEvent } from '../../src/model/event.js';
import { slugifyEventId } from '../../src/model/eventIdGenerator.js';
import { parseTimelineCsv } from '../../src/model/parseTimelineCsv.js';
import type { TimelineProblem } from '../../src/model/timelineProblem.js';

const TITLE = { title: 'Test timeline' };
const HEADER = 'id,start,title,category,kind,source_url,source_publisher,source_title';
const SOURCE = 'https://example.org/a,Le Monde,An article';
const DATE = 'a real calendar date "YYYY", "YYYY-MM" or "YYYY-MM-DD"';

/** Lines joined with `\n`, the way the tests write most files. */
function lines(...rows: readonly string[]): string {
  return rows.join('\n');
}

function readIds(text: string, options = {}): string[] {
  return parseTimelineCsv(text, { ...TITLE, ...options }).data.events.map((event) => event.id);
}

interface Located {
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly expected: string;
  readonly received: string;
}

function locate(problems: readonly TimelineProblem[]): Located[] {
  return problems.map(({ row, column, expected, received }) => ({
    row,
    column,
    expected,
    received,
  }));
}

function readTemplate(): string {
  return readFileSync(new URL('../../templates/timeline-template.csv', import.meta.url), 'utf8');
}

describe('parseTimelineCsv(text, options)', () => {
  it('reads one event per row, with the document fields from the options', () => {
    const text = lines(HEADER, `first,2024-04-18,Memorandum signed,diplomacy,fact,${SOURCE}`);
    expect(parseTimelineCsv(text, TITLE)).toEqual({
      data: {
        title: 'Test timeline',
        categories: [{ id: 'diplomacy', label: 'diplomacy', color: 'blue' }],
        actors: [],
        events: [
          {
            id: 'first',
            start: '2024-04-18',
            title: 'Memorandum signed',
            category: 'diplomacy',
            kind: 'fact',
            sources: [{ url: 'https://example.org/a', publisher: 'Le Monde', title: 'An article' }],
          },
        ],
      },
      problems: [],
    });
  });

  it('reads the whole event: dates, languages, lists, numbers, booleans and media', () => {
    const text = lines(
      'id,start,end,title_en,title_fr,summary,category,kind,actors,claimed_by,importance,confidence,tags,follow_up,media_url,media_alt_en,media_alt_fr,media_credit,source_url,source_publisher,source_title,source_date',
      'e1,2023-05-12,2023-06,Claim,Accusation,What was said,war,claim,baku; paris,baku,3,low,a; b,no,https://example.org/p.jpg,A photo,Une photo,AFP,https://example.org/s,AFP,Dispatch,2023-05-12',
    );
    const expected: TimelineEvent = {
      id: 'e1',
      start: '2023-05-12',
      end: '2023-06',
      title: { en: 'Claim', fr: 'Accusation' },
      summary: 'What was said',
      category: 'war',
      actors: ['baku', 'paris'],
      kind: 'claim',
      claimedBy: ['baku'],
      importance: 3,
      confidence: 'low',
      tags: ['a', 'b'],
      followUp: false,
      media: {
        url: 'https://example.org/p.jpg',
        alt: { en: 'A photo', fr: 'Une photo' },
        credit: 'AFP',
      },
      sources: [
        { url: 'https://example.org/s', publisher: 'AFP', title: 'Dispatch', date: '2023-05-12' },
      ],
    };
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(problems).toEqual([]);
    expect(data.events).toStrictEqual([expected]);
  });

  it('keeps a line break inside a quoted summary, and numbers the next row by its line', () => {
    const text = lines(
      `${HEADER},summary`,
      `first,2024,One,diplomacy,fact,${SOURCE},"Line one`,
      `line two"`,
      `second,2024-02-30,Two,diplomacy,fact,${SOURCE},`,
    );
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events[0]?.summary).toBe('Line one\nline two');
    expect(locate(problems)).toEqual([
      { row: 4, column: 'start', expected: DATE, received: '"2024-02-30"' },
    ]);
  });

  it('counts a \\r\\n inside a quoted cell as one line, and keeps it in the text', () => {
    const text = [
      `${HEADER},summary`,
      `first,2024,One,diplomacy,fact,${SOURCE},"One\r\ntwo\rthree"`,
      `second,2024-02-30,Two,diplomacy,fact,${SOURCE},`,
    ].join('\r\n');
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events[0]?.summary).toBe('One\r\ntwo\rthree');
    expect(problems.map((problem) => problem.row)).toEqual([5]);
  });

  it('reads quotes written twice inside a quoted cell', () => {
    const text = lines(HEADER, `first,2024,"He said ""no"", twice",diplomacy,fact,${SOURCE}`);
    expect(parseTimelineCsv(text, TITLE).data.events[0]?.title).toBe('He said "no", twice');
  });

  it('keeps a quote inside an unquoted cell as it is', () => {
    const text = lines(HEADER, `first,2024,The 6" gun,diplomacy,fact,${SOURCE}`);
    expect(parseTimelineCsv(text, TITLE).data.events[0]?.title).toBe('The 6" gun');
  });

  it('ignores the byte order mark Excel writes before the header', () => {
    expect(readIds(`\uFEFF${lines(HEADER, `first,2024,One,diplomacy,fact,${SOURCE}`)}`)).toEqual([
      'first',
    ]);
  });

  it.each([
    ['\r\n', 'CRLF'],
    ['\n', 'LF'],
    ['\r', 'CR'],
  ])('reads records ended by %j (%s), and numbers rows by line', (end) => {
    const text = [
      HEADER,
      `first,2024,One,diplomacy,fact,${SOURCE}`,
      `second,2024-13,Two,war,fact,${SOURCE}`,
      '',
    ].join(end);
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events.map((event) => event.id)).toEqual(['first']);
    expect(locate(problems)).toEqual([
      { row: 3, column: 'start', expected: DATE, received: '"2024-13"' },
    ]);
  });

  it('skips blank lines, which still count as rows', () => {
    const text = lines(
      HEADER,
      '',
      `first,2024,One,diplomacy,fact,${SOURCE}`,
      ',,,',
      '',
      `second,x,Two,war,fact,${SOURCE}`,
    );
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events.map((event) => event.id)).toEqual(['first']);
    expect(problems.map((problem) => problem.row)).toEqual([6]);
  });

  it('reads semicolons, as Excel writes CSV in French, detected from the header', () => {
    const text = lines(
      'id;start;title;category;kind;source_url;source_publisher;source_title',
      'premier;2024;Un, deux;diplomatie;fact;https://example.org/a;Le Monde;Article',
    );
    const [event] = parseTimelineCsv(text, TITLE).data.events;
    expect(event?.title).toBe('Un, deux');
    expect(event?.category).toBe('diplomatie');
  });

  it('reads tabs (TSV), detected from the header', () => {
    const text = lines(
      'id\tstart\ttitle\tcategory\tkind\tsource_url\tsource_publisher\tsource_title',
      'first\t2024\tOne; two, three\tdiplomacy\tfact\thttps://example.org/a\tLe Monde\tArticle',
    );
    expect(parseTimelineCsv(text, TITLE).data.events[0]?.title).toBe('One; two, three');
  });

  it('uses options.delimiter rather than detecting one', () => {
    // The header has more commas than semicolons, but the option says semicolon.
    const text = lines('id;start;title,with,commas;category;kind', 'a;2024;x;c;fact');
    const { problems } = parseTimelineCsv(text, { ...TITLE, delimiter: ';' });
    expect(problems[0]?.column).toBe('title,with,commas');
  });

  it('tolerates empty cells after the last column, in the header and in rows', () => {
    expect(readIds(lines(`${HEADER},,`, `first,2024,One,diplomacy,fact,${SOURCE},,,,`))).toEqual([
      'first',
    ]);
  });

  it('reads header names without case, with spaces, "_" and "-" alike', () => {
    const text = lines(
      'ID,Start,Title FR,Category,Kind,Claimed By,Follow-up,Source URL,Source Publisher,source-title',
      'a,2024,Titre,diplomacy,statement,paris,OUI,https://example.org/a,Le Monde,Article',
    );
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(problems).toEqual([]);
    expect(data.events[0]).toMatchObject({
      title: { fr: 'Titre' },
      claimedBy: ['paris'],
      followUp: true,
    });
  });

  it('writes language tags in their usual case, whatever the header says', () => {
    const text = lines(
      'start,TITLE_FR_ca,title_zh-hant-tw,category,kind,source_url,source_publisher,source_title',
      `2024,Titre,標題,diplomacy,fact,${SOURCE}`,
    );
    expect(parseTimelineCsv(text, TITLE).data.events[0]?.title).toEqual({
      'fr-CA': 'Titre',
      'zh-Hant-TW': '標題',
    });
  });

  it.each([
    ['true', true],
    ['FALSE', false],
    ['yes', true],
    ['No', false],
    ['1', true],
    ['0', false],
    ['oui', true],
    ['Non', false],
  ])('reads follow_up %j as %s', (cell, value) => {
    const text = lines(`${HEADER},follow_up`, `a,2024,One,diplomacy,fact,${SOURCE},${cell}`);
    expect(parseTimelineCsv(text, TITLE).data.events[0]?.followUp).toBe(value);
  });

  it('reports a follow_up that is not a yes or a no, and leaves the row out', () => {
    const text = lines(`${HEADER},follow_up`, `a,2024,One,diplomacy,fact,${SOURCE},maybe`);
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events).toEqual([]);
    expect(problems).toEqual([
      {
        path: 'events[0].followUp',
        eventIndex: 0,
        field: 'followUp',
        expected: 'true, false, yes, no, 1, 0, oui or non',
        received: '"maybe"',
        message:
          'row 2, column "follow_up": follow_up must be true, false, yes, no, 1, 0, oui or non, got "maybe"',
        row: 2,
        column: 'follow_up',
      },
    ]);
  });

  it('splits actors, claimed_by and tags at ";", trimming each and dropping empty ones', () => {
    const text = lines(
      `${HEADER},actors,claimed_by,tags`,
      `a,2024,One,diplomacy,statement,${SOURCE}, baku ;paris;; ,paris,one tag; another `,
    );
    expect(parseTimelineCsv(text, TITLE).data.events[0]).toMatchObject({
      actors: ['baku', 'paris'],
      claimedBy: ['paris'],
      tags: ['one tag', 'another'],
    });
  });

  it('reports an importance that is not 1, 2 or 3 as a number', () => {
    const text = lines(`${HEADER},importance`, `a,2024,One,diplomacy,fact,${SOURCE},4`);
    expect(locate(parseTimelineCsv(text, TITLE).problems)).toEqual([
      { row: 2, column: 'importance', expected: '1 | 2 | 3', received: '4' },
    ]);
  });
});

describe('parseTimelineCsv(text) ids', () => {
  it('makes an id from start and title when the id is empty', () => {
    expect(
      readIds(lines(HEADER, `,2024-04-18,Memorandum signed,diplomacy,fact,${SOURCE}`)),
    ).toEqual(['2024-04-18-memorandum-signed']);
  });

  it('makes it from an English title, accents dropped, when titles are per language', () => {
    const text = lines(
      'start,title_fr,title_en,category,kind,source_url,source_publisher,source_title',
      `2024-05,Ingérence dénoncée,Interference alleged,diplomacy,fact,${SOURCE}`,
      `2024-05,Ingérence dénoncée à Nouméa,,diplomacy,fact,${SOURCE}`,
    );
    expect(readIds(text)).toEqual([
      '2024-05-interference-alleged',
      '2024-05-ingerence-denoncee-a-noumea',
    ]);
  });

  it('adds -2, -3 on collisions, avoiding ids written anywhere in the file', () => {
    const text = lines(
      HEADER,
      `,2024,Same,diplomacy,fact,${SOURCE}`,
      `,2024,Same,diplomacy,fact,${SOURCE}`,
      `,2024,Same!,diplomacy,fact,${SOURCE}`,
      `2024-same-2,2024,Written,diplomacy,fact,${SOURCE}`,
    );
    expect(readIds(text)).toEqual(['2024-same', '2024-same-3', '2024-same-4', '2024-same-2']);
  });

  it('makes the same ids on every read', () => {
    const text = lines(
      HEADER,
      ...Array.from({ length: 5 }, () => `,2024,Same,diplomacy,fact,${SOURCE}`),
    );
    expect(readIds(text)).toEqual(readIds(text));
    expect(new Set(readIds(text)).size).toBe(5);
  });

  it('slugifyEventId(start, title) keeps ASCII letters and digits, at most 80 characters', () => {
    expect(slugifyEventId('2024-04-18', 'Œuvre: “Quoted” İstanbul façade')).toBe(
      '2024-04-18-uvre-quoted-istanbul-facade',
    );
    expect(slugifyEventId('', '標題')).toBe('event');
    expect(slugifyEventId('2024', 'x'.repeat(1000))).toHaveLength(80);
  });

  it('reports a written id that repeats an earlier one by the row that has it', () => {
    const text = lines(
      HEADER,
      `a,2024,One,diplomacy,fact,${SOURCE}`,
      `a,2025,Two,diplomacy,fact,${SOURCE}`,
    );
    const [problem] = parseTimelineCsv(text, TITLE).problems;
    expect(problem?.message).toBe(
      'row 3, column "id": id must be unique among events, got "a" (row 2 has it too)',
    );
  });
});

describe('parseTimelineCsv(text) sources', () => {
  const COMPACT_HEADER = 'id,start,title,category,kind,sources';

  it('reads compact sources, one per line or separated by " | ", the date optional', () => {
    const text = lines(
      COMPACT_HEADER,
      'a,2024,One,diplomacy,fact,"Le Monde — Azerbaïdjan — 2024-05-16 — https://lemonde.fr/a',
      'AFP — Dispatch — https://afp.com/b | Sénat — Rapport — Annexe — 2024 — https://senat.fr/c"',
    );
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(problems).toEqual([]);
    expect(data.events[0]?.sources).toStrictEqual([
      {
        publisher: 'Le Monde',
        title: 'Azerbaïdjan',
        date: '2024-05-16',
        url: 'https://lemonde.fr/a',
      },
      { publisher: 'AFP', title: 'Dispatch', url: 'https://afp.com/b' },
      { publisher: 'Sénat', title: 'Rapport — Annexe', date: '2024', url: 'https://senat.fr/c' },
    ]);
  });

  it('reports a compact source with fewer than three parts, and the row then without a source', () => {
    const text = lines(COMPACT_HEADER, 'a,2024,One,diplomacy,fact,Le Monde https://lemonde.fr/a');
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events).toEqual([]);
    expect(locate(problems)).toEqual([
      {
        row: 2,
        column: 'sources',
        expected:
          'a source written "Publisher — Title — YYYY-MM-DD — https://url" (the date may be left out)',
        received: '"Le Monde https://lemonde.fr/a"',
      },
      { row: 2, column: 'sources', expected: 'a non-empty array of sources', received: 'nothing' },
    ]);
  });

  it('reports a bad date in a compact source as a date, in the sources column', () => {
    const text = lines(
      COMPACT_HEADER,
      'a,2024,One,diplomacy,fact,AFP — Dispatch — 2023-02-30 — https://afp.com/b',
    );
    expect(locate(parseTimelineCsv(text, TITLE).problems)).toEqual([
      { row: 2, column: 'sources', expected: DATE, received: '"2023-02-30"' },
    ]);
  });

  it('reads numbered source groups in order, skipping empty ones, and accepts source_1_url', () => {
    const text = lines(
      'id,start,title,category,kind,source3_url,source3_publisher,source3_title,source_1_url,source_1_publisher,source_1_title,source2_url',
      'a,2024,One,diplomacy,fact,https://c.example,C,Third,https://a.example,A,First,',
      'b,2024,Two,diplomacy,fact,https://c.example,C,Third,,,,',
    );
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(problems).toEqual([]);
    expect(data.events.map((event) => event.sources.map((source) => source.title))).toEqual([
      ['First', 'Third'],
      ['Third'],
    ]);
  });

  it('names the numbered column of a bad source field, even when a gap comes before it', () => {
    const text = lines(
      'id,start,title,category,kind,source_url,source_publisher,source_title,source2_url,source2_publisher,source2_title',
      'a,2024,One,diplomacy,fact,,,,javascript:alert(1),P,T',
    );
    expect(locate(parseTimelineCsv(text, TITLE).problems)).toEqual([
      {
        row: 2,
        column: 'source2_url',
        expected: 'an http(s) URL',
        received: '"javascript:alert(1)"',
      },
    ]);
  });

  it('names the documented column of a source field the group lacks', () => {
    const text = lines(
      'id,start,title,category,kind,source2_url',
      'a,2024,One,diplomacy,fact,https://a.example',
    );
    expect(locate(parseTimelineCsv(text, TITLE).problems)).toEqual([
      { row: 2, column: 'source2_publisher', expected: 'a string', received: 'nothing' },
      { row: 2, column: 'source2_title', expected: 'a string', received: 'nothing' },
    ]);
  });
});

describe('parseTimelineCsv(text, options) categories and actors', () => {
  it('derives categories from the rows, labelled by id, coloured in palette order', () => {
    const categories = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const text = lines(HEADER, ...categories.map((id) => `${id},2024,T,${id},fact,${SOURCE}`));
    expect(parseTimelineCsv(text, TITLE).data.categories.map(({ color }) => color)).toEqual([
      'blue',
      'orange',
      'green',
      'red',
      'purple',
      'teal',
      'brown',
      'gray',
      'blue',
    ]);
  });

  it('derives actors from actors and claimed_by, named by id, in order of first use', () => {
    const text = lines(
      `${HEADER},actors,claimed_by`,
      `a,2024,T,war,claim,${SOURCE},paris; baku,ankara`,
    );
    expect(parseTimelineCsv(text, TITLE).data.actors).toEqual([
      { id: 'paris', name: 'paris' },
      { id: 'baku', name: 'baku' },
      { id: 'ankara', name: 'ankara' },
    ]);
  });

  it('reports a category the given categories lack, on its row', () => {
    const text = lines(HEADER, `a,2024,T,sports,fact,${SOURCE}`);
    const categories = [{ id: 'war', label: 'War', color: 'red' }] as const;
    const { problems } = parseTimelineCsv(text, { ...TITLE, categories });
    expect(problems.map((problem) => problem.message)).toEqual([
      `row 2, column "category": category must be the id of one of the document's categories, got "sports"`,
    ]);
  });

  it('reports a missing title as the option it comes from', () => {
    const text = lines(HEADER, `a,2024,T,war,fact,${SOURCE}`);
    const { data, problems } = parseTimelineCsv(text);
    expect(data.events).toHaveLength(1);
    expect(problems.map((problem) => problem.message)).toEqual([
      'options.title must be text (a string, or an object of strings by language tag), got nothing',
    ]);
  });
});

describe('parseTimelineCsv(text) problems with the file', () => {
  it.each([
    ['an empty file', '', 'an empty file'],
    ['only blank lines', '\n\r\n  \n', 'an empty file'],
    ['a first row of data', '2024,Treaty,diplomacy', '"2024, Treaty, diplomacy"'],
  ])('reports %s as having no header', (_name, text, received) => {
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events).toEqual([]);
    expect(locate(problems)).toEqual([
      {
        row: 1,
        column: undefined,
        expected:
          'a header row naming the columns, such as start, title, category, kind and source_url',
        received,
      },
    ]);
  });

  it('reports each missing required column, and the rows that then lack the field', () => {
    const text = lines('id,title,source_url,source_publisher,source_title', `a,T,${SOURCE}`);
    expect(parseTimelineCsv(text, TITLE).problems.map((problem) => problem.message)).toEqual([
      'row 1, column "start": start must be a column of the header, got none',
      'row 1, column "category": category must be a column of the header, got none',
      'row 1, column "kind": kind must be a column of the header, got none',
      `row 2, column "start": start must be ${DATE}, got nothing`,
      `row 2, column "category": category must be the id of one of the document's categories, got nothing`,
      'row 2, column "kind": kind must be "fact" | "claim" | "statement", got nothing',
    ]);
  });

  it('reports unknown, unnamed and repeated columns, and still reads the rows', () => {
    const text = lines(`${HEADER},colour,,Start,notes`, `a,2024,T,war,fact,${SOURCE},red,x,2025,n`);
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events.map((event) => event.start)).toEqual(['2024']);
    expect(locate(problems)).toEqual([
      { row: 1, column: 'colour', expected: 'a known column', received: '"colour"' },
      { row: 1, column: 'column 10', expected: 'a column name', received: '""' },
      {
        row: 1,
        column: 'Start',
        expected: 'a column named once',
        received: '"Start" (column "start" is the same)',
      },
      { row: 1, column: 'notes', expected: 'a known column', received: '"notes"' },
    ]);
  });

  it('reports a row with more filled cells than the header, and leaves it out', () => {
    const text = lines(HEADER, `a,2024,T,war,fact,${SOURCE},extra`, `b,2024,T,war,fact,${SOURCE}`);
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events.map((event) => event.id)).toEqual(['b']);
    expect(problems.map((problem) => problem.message)).toEqual([
      'row 2: the row must be no longer than the header (8 cells), got 9 cells',
    ]);
  });

  it('reports a row that fills both title and title_en', () => {
    const text = lines(
      'id,start,title,title_en,category,kind,source_url,source_publisher,source_title',
      `a,2024,Plain,English,war,fact,${SOURCE}`,
      `b,2024,Plain,,war,fact,${SOURCE}`,
    );
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events.map((event) => event.title)).toEqual(['Plain']);
    expect(problems.map((problem) => problem.message)).toEqual([
      'row 2, column "title": title must be empty when "title_en" is filled, got "Plain"',
    ]);
  });

  it('reports a quote never closed on the row where it opens', () => {
    const text = lines(
      HEADER,
      `a,2024,T,war,fact,${SOURCE}`,
      `b,2024,"T,war,fact,${SOURCE}`,
      `c,2024,T,war,fact,${SOURCE}`,
    );
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(data.events.map((event) => event.id)).toEqual(['a']);
    expect(locate(problems)).toEqual([
      {
        row: 3,
        column: 'title',
        expected: 'a quoted cell closed by a double quote',
        received: 'a quote never closed (the rest of the file, 112 characters)',
      },
    ]);
  });

  it('reports text that is not a string instead of throwing', () => {
    expect(parseTimelineCsv(42 as unknown as string, TITLE).problems[0]?.message).toBe(
      'the document must be CSV text (a string), got 42',
    );
  });

  it('reads a file of a few megabytes, one event per row', () => {
    const row = `,2024-04-18,A title,diplomacy,fact,${SOURCE},"${'A long, long summary. '.repeat(20)}"`;
    const text = lines(`${HEADER},summary`, ...Array.from({ length: 8000 }, () => row));
    expect(text.length).toBeGreaterThan(3_000_000);
    const { data, problems } = parseTimelineCsv(text, TITLE);
    expect(problems).toEqual([]);
    expect(data.events).toHaveLength(8000);
    expect(data.events.at(-1)?.id).toBe('2024-04-18-a-title-8000');
  });
});

describe('parseTimelineCsv(template)', () => {
  it('reads templates/timeline-template.csv back into the France–Azerbaijan dataset exactly', () => {
    const { title, description, categories, actors } = franceAzerbaijan;
    const { data, problems } = parseTimelineCsv(readTemplate(), {
      title,
      ...(description === undefined ? {} : { description }),
      categories,
      actors,
    });
    expect(problems).toEqual([]);
    expect(data.events).toStrictEqual(franceAzerbaijan.events);
    expect(data).toStrictEqual(franceAzerbaijan);
  });

  it('is UTF-8 with "\\n" line ends and numbered source columns, as documented', () => {
    const template = readTemplate();
    expect(template).not.toMatch(/\r/);
    expect(template.startsWith('id,start,end,title_en,title_fr,')).toBe(true);
    expect(template.split('\n', 1)[0]).toContain('source5_url');
  });

  it('reads the example in docs/csv-format.md with only the missing title reported', () => {
    const docs = readFileSync(new URL('../../docs/csv-format.md', import.meta.url), 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
    const { data, problems } = parseTimelineCsv(example);
    expect(data.events.map((event) => event.id)).toEqual([
      '2024-04-18-memorandum-signed',
      'big-claim',
    ]);
    expect(problems.map((problem) => problem.path)).toEqual(['title']);
  });
});
