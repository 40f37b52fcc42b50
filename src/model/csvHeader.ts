import {
  type CsvColumn,
  type CsvFieldName,
  type CsvSourcePart,
  type CsvTextName,
  formatCsvColumnName,
  getCsvColumnKey,
  readCsvColumnName,
} from './csvColumns.js';
import { type CsvProblemReport, formatCellPosition } from './csvProblem.js';
import type { CsvRecord } from './csvRecords.js';
import { describeReceived } from './timelineProblem.js';

/** A known column of the header: its cell index and its name as written, trimmed. */
export interface CsvHeaderColumn<C extends CsvColumn = CsvColumn> {
  readonly index: number;
  readonly name: string;
  readonly column: C;
}

type FieldColumn = Extract<CsvColumn, { role: 'field' }>;
type TextColumn = Extract<CsvColumn, { role: 'text' }>;

/** The columns of one text: a single-language one, and one per language. */
export interface CsvTextColumns {
  readonly plain?: CsvHeaderColumn<TextColumn>;
  readonly languages: readonly CsvHeaderColumn<TextColumn>[];
}

/** The columns of one numbered source group, by part. */
export interface CsvSourceGroup {
  readonly group: number;
  readonly parts: ReadonlyMap<CsvSourcePart, CsvHeaderColumn>;
  /** Each part's column as written, or as documented when the header lacks it. */
  readonly names: Readonly<Record<CsvSourcePart, string>>;
  /** The group's first column, which names the source as a whole. */
  readonly firstName: string;
}

function describeSourceGroup(
  group: number,
  parts: ReadonlyMap<CsvSourcePart, CsvHeaderColumn>,
): CsvSourceGroup {
  const nameOf = (part: CsvSourcePart) =>
    parts.get(part)?.name ?? formatCsvColumnName({ role: 'source', group, part });
  const names = {
    url: nameOf('url'),
    publisher: nameOf('publisher'),
    title: nameOf('title'),
    date: nameOf('date'),
  };
  return { group, parts, names, firstName: [...parts.values()][0]?.name ?? names.url };
}

/** What the header row says about the cells of each row. */
export interface CsvHeader {
  /** Every header cell, trimmed, known or not. */
  readonly names: readonly string[];
  /** How many cells the header has, not counting the empty ones at its end. */
  readonly width: number;
  readonly fields: readonly CsvHeaderColumn<FieldColumn>[];
  readonly texts: ReadonlyMap<CsvTextName, CsvTextColumns>;
  /** In the order of their numbers. */
  readonly sourceGroups: readonly CsvSourceGroup[];
  readonly compactSources?: CsvHeaderColumn;
  /**
   * The column each event field is read from, by its path in the event (`claimedBy`,
   * `media.alt`), as written in the header or, when the header lacks it, as documented. It
   * names the column of a problem about a field that no cell of the row held.
   */
  readonly columnsByField: ReadonlyMap<string, string>;
}

/** What problems say a header must be. */
const CSV_HEADER_EXPECTED =
  'a header row naming the columns, such as start, title, category, kind and source_url';

const REQUIRED: readonly { readonly name: string; readonly isMet: (c: CsvColumn) => boolean }[] = [
  { name: 'start', isMet: (c) => c.role === 'field' && c.field === 'start' },
  { name: 'title', isMet: (c) => c.role === 'text' && c.text === 'title' },
  { name: 'category', isMet: (c) => c.role === 'field' && c.field === 'category' },
  { name: 'kind', isMet: (c) => c.role === 'field' && c.field === 'kind' },
];

const FIELD_PATHS: Readonly<Record<CsvFieldName, string>> = {
  id: 'id',
  start: 'start',
  end: 'end',
  category: 'category',
  actors: 'actors',
  kind: 'kind',
  claimedBy: 'claimedBy',
  importance: 'importance',
  confidence: 'confidence',
  tags: 'tags',
  followUp: 'followUp',
  mediaUrl: 'media.url',
  mediaCredit: 'media.credit',
};

const TEXT_PATHS: Readonly<Record<CsvTextName, string>> = {
  title: 'title',
  summary: 'summary',
  mediaAlt: 'media.alt',
};

function groupColumns(
  names: readonly string[],
  columns: readonly CsvHeaderColumn[],
  width: number,
): CsvHeader {
  const fields: CsvHeaderColumn<FieldColumn>[] = [];
  const texts = new Map<
    CsvTextName,
    { plain?: CsvHeaderColumn<TextColumn>; languages: CsvHeaderColumn<TextColumn>[] }
  >();
  const groups = new Map<number, Map<CsvSourcePart, CsvHeaderColumn>>();
  let compactSources: CsvHeaderColumn | undefined;
  for (const entry of columns) {
    const { column } = entry;
    if (column.role === 'field') fields.push({ ...entry, column });
    else if (column.role === 'sources') compactSources = entry;
    else if (column.role === 'source') {
      const parts = groups.get(column.group) ?? new Map<CsvSourcePart, CsvHeaderColumn>();
      groups.set(column.group, parts.set(column.part, entry));
    } else {
      const text = texts.get(column.text) ?? { languages: [] };
      if (column.language === undefined) text.plain = { ...entry, column };
      else text.languages.push({ ...entry, column });
      texts.set(column.text, text);
    }
  }
  const sourceGroups = [...groups]
    .sort(([a], [b]) => a - b)
    .map(([group, parts]) => describeSourceGroup(group, parts));
  const header = {
    names,
    width,
    fields,
    texts,
    sourceGroups,
    columnsByField: new Map<string, string>(),
  };
  return compactSources === undefined ? header : { ...header, compactSources };
}

function mapColumnsByField(header: CsvHeader): ReadonlyMap<string, string> {
  const byField = new Map<string, string>();
  for (const [field, path] of Object.entries(FIELD_PATHS) as [CsvFieldName, string][]) {
    const found = header.fields.find(({ column }) => column.field === field);
    byField.set(path, found?.name ?? formatCsvColumnName({ role: 'field', field }));
  }
  byField.set('media', byField.get('media.url') ?? 'media_url');
  for (const [text, path] of Object.entries(TEXT_PATHS) as [CsvTextName, string][]) {
    const columns = header.texts.get(text);
    const found = columns?.plain ?? columns?.languages[0];
    byField.set(path, found?.name ?? formatCsvColumnName({ role: 'text', text }));
  }
  const firstSource = header.sourceGroups[0]?.firstName;
  byField.set('sources', firstSource ?? header.compactSources?.name ?? 'source_url');
  return byField;
}

/**
 * Reads the header row: which cell holds what. Reports unknown columns, whose cells are then
 * ignored, columns named twice, the second being ignored, and missing required columns. A
 * first row that names no known column is not a header: it is reported and `undefined`
 * returned, since no row can be read without one.
 */
export function readCsvHeader(
  record: CsvRecord | undefined,
  report: CsvProblemReport,
): CsvHeader | undefined {
  if (record === undefined) {
    report({
      row: 1,
      subject: 'the first row',
      expected: CSV_HEADER_EXPECTED,
      received: 'an empty file',
    });
    return undefined;
  }
  const row = record.line;
  const names = record.cells.map((cell) => cell.trim());
  const known = names.map((name) => readCsvColumnName(name));
  if (known.every((column) => column === undefined)) {
    const received = describeReceived(names.join(', '));
    report({ row, subject: 'the first row', expected: CSV_HEADER_EXPECTED, received });
    return undefined;
  }
  let width = names.length;
  while (width > 0 && names[width - 1] === '') width -= 1;
  const columns: CsvHeaderColumn[] = [];
  const namesByKey = new Map<string, string>();
  for (let index = 0; index < width; index += 1) {
    const name = names[index] ?? '';
    const column = known[index];
    if (column === undefined) {
      const expected = name === '' ? 'a column name' : 'a known column';
      const column = formatCellPosition(name, index);
      report({ row, column, expected, received: describeReceived(name) });
      continue;
    }
    const key = getCsvColumnKey(column);
    const first = namesByKey.get(key);
    if (first !== undefined) {
      const received = `${describeReceived(name)} (column ${describeReceived(first)} is the same)`;
      report({ row, column: name, expected: 'a column named once', received });
      continue;
    }
    namesByKey.set(key, name);
    columns.push({ index, name, column });
  }
  for (const { name, isMet } of REQUIRED) {
    if (columns.some(({ column }) => isMet(column))) continue;
    report({ row, column: name, expected: 'a column of the header', received: 'none' });
  }
  const header = groupColumns(names, columns, width);
  return { ...header, columnsByField: mapColumnsByField(header) };
}
