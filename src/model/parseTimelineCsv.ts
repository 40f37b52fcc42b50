import { deriveCsvActors, deriveCsvCategories } from './csvDocument.js';
import { type CsvEventDraft, readCsvEvent } from './csvEvent.js';
import { type CsvHeader, readCsvHeader } from './csvHeader.js';
import { type CsvProblemList, type CsvProblemReport, createCsvProblemList } from './csvProblem.js';
import {
  CSV_DELIMITERS,
  type CsvDelimiter,
  type CsvRecord,
  detectCsvDelimiter,
  readCsvRecords,
  stripByteOrderMark,
} from './csvRecords.js';
import type { Actor, Category, LocalizedText, TimelineData } from './event.js';
import { createEventIdGenerator } from './eventIdGenerator.js';
import { locateCsvProblem } from './locateCsvProblem.js';
import { type ParseTimelineResult, parseTimeline } from './parseTimeline.js';
import { createProblem, describeReceived, type TimelineProblem } from './timelineProblem.js';
import { MAX_EVENTS } from './timelineSchema.js';

/** What a spreadsheet cannot hold, and how to read it. */
export interface ParseTimelineCsvOptions {
  /** The cell separator. @default detected from the header row: comma, semicolon or tab */
  readonly delimiter?: CsvDelimiter;
  /** The document's title. @default none: the title is empty, and a problem says so */
  readonly title?: LocalizedText;
  /** What the timeline tells. @default none */
  readonly description?: LocalizedText;
  /**
   * The lanes. @default one per category the rows use, in order of first use, labelled
   * with its id and coloured with the palette in order
   */
  readonly categories?: readonly Category[];
  /**
   * Everyone events and claims refer to. @default one per actor id the rows use in `actors`
   * or `claimed_by`, named by its id
   */
  readonly actors?: readonly Actor[];
}

const DOCUMENT = { label: '', path: '' };

function chooseDelimiter(
  text: string,
  delimiter: unknown,
  add: (problem: TimelineProblem) => void,
): CsvDelimiter {
  if (delimiter === undefined) return detectCsvDelimiter(text);
  const known = CSV_DELIMITERS.find((candidate) => candidate === delimiter);
  if (known !== undefined) return known;
  const expected = '",", ";" or "\\t"';
  add(createProblem(DOCUMENT, 'options.delimiter', expected, describeReceived(delimiter)));
  return detectCsvDelimiter(text);
}

/**
 * Reads each row into a draft, up to the most events a document may have: the rows beyond
 * are reported together, on the first of them, rather than dropped without a word.
 */
function readRows(
  rows: readonly CsvRecord[],
  header: CsvHeader,
  drafts: CsvEventDraft[],
  report: CsvProblemReport,
): void {
  for (let index = 0; index < rows.length; index += 1) {
    const record = rows[index] as CsvRecord;
    if (drafts.length === MAX_EVENTS) {
      const expected = `at most ${MAX_EVENTS} rows of events`;
      const received = `${rows.length - index} more rows, from this one, not read`;
      report({ row: record.line, subject: 'the file', expected, received });
      return;
    }
    const draft = readCsvEvent(record, header, report, drafts.length);
    if (draft !== undefined) drafts.push(draft);
  }
}

/** Gives each row without an id one made from its start and title, after all written ids. */
function assignIds(drafts: readonly CsvEventDraft[]): void {
  const written = drafts.flatMap(({ event }) => (typeof event.id === 'string' ? [event.id] : []));
  const generateId = createEventIdGenerator(written);
  for (const { event, titleForId } of drafts) {
    if (event.id !== undefined) continue;
    event.id = generateId(typeof event.start === 'string' ? event.start : '', titleForId);
  }
}

/** The valid events, less those of rows that had a problem of their own. */
function keepEvents(data: TimelineData, drafts: readonly CsvEventDraft[]): TimelineData {
  // parseTimeline keeps only the first of two events with one id, so ids name drafts here.
  const draftsById = new Map<unknown, CsvEventDraft>();
  for (const draft of drafts) {
    if (!draftsById.has(draft.event.id)) draftsById.set(draft.event.id, draft);
  }
  const events = data.events.filter((event) => draftsById.get(event.id)?.hasProblem !== true);
  return events.length === data.events.length ? data : { ...data, events };
}

function readTimelineCsv(
  text: unknown,
  options: ParseTimelineCsvOptions,
  list: CsvProblemList,
): ParseTimelineResult {
  let header: CsvHeader | undefined;
  const drafts: CsvEventDraft[] = [];
  if (typeof text === 'string') {
    const body = stripByteOrderMark(text);
    const [first, ...rows] = readCsvRecords(
      body,
      chooseDelimiter(body, options.delimiter, list.add),
    );
    header = readCsvHeader(first, list.report);
    if (header !== undefined) readRows(rows, header, drafts, list.report);
    assignIds(drafts);
  } else {
    list.add(createProblem(DOCUMENT, '', 'CSV text (a string)', describeReceived(text)));
  }
  const result = parseTimeline({
    title: options.title,
    ...(options.description === undefined ? {} : { description: options.description }),
    categories: options.categories ?? deriveCsvCategories(drafts),
    actors: options.actors ?? deriveCsvActors(drafts),
    events: drafts.map((draft) => draft.event),
  });
  const problems = list.combine(result.problems, (problem) =>
    locateCsvProblem(problem, drafts, header),
  );
  return { data: keepEvents(result.data, drafts), problems };
}

/**
 * Reads a timeline from CSV or TSV text as Google Sheets, Excel or LibreOffice export it,
 * one event per row under a header row naming the columns (see docs/csv-format.md). The
 * delimiter is detected from the header unless given; quoted cells, a byte order mark and
 * any line ends are read. Rows without an id get one from their start and title.
 *
 * Like `parseTimeline`, whose checks it applies, it never throws and keeps every valid row.
 * Each other row is reported, and each problem about a row carries its `row` (the line of
 * the file where it starts, the header being row 1) and `column` (its header as written).
 *
 * @example
 * const { data, problems } = parseTimelineCsv(text, { title: 'France and Azerbaijan' });
 * // row 7, column "start": start must be a real calendar date "YYYY", "YYYY-MM" or
 * // "YYYY-MM-DD", got "2023-02-30"
 */
export function parseTimelineCsv(
  text: string,
  options: ParseTimelineCsvOptions = {},
): ParseTimelineResult {
  const list = createCsvProblemList();
  try {
    return readTimelineCsv(text, options, list);
  } catch {
    // The last resort, as in parseTimeline: options whose getters throw, say.
    const problem = createProblem(
      DOCUMENT,
      '',
      'readable CSV text and options',
      'a value that throws when read',
    );
    return { data: { title: '', categories: [], actors: [], events: [] }, problems: [problem] };
  }
}
