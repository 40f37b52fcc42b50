import type { CsvFieldName, CsvSourcePart, CsvTextName } from './csvColumns.js';
import type { CsvHeader, CsvHeaderColumn, CsvTextColumns } from './csvHeader.js';
import { type CsvProblemReport, formatCellPosition } from './csvProblem.js';
import type { CsvRecord } from './csvRecords.js';
import { COMPACT_SOURCE_EXPECTED, parseCompactSource, splitCompactSources } from './csvSources.js';
import { describeReceived, joinPath } from './timelineProblem.js';

/** A row read into the shape of an event, for `parseTimeline` to check. */
export interface CsvEventDraft {
  readonly row: number;
  /** The event as read; `id` is absent when the row leaves it empty. */
  readonly event: Record<string, unknown>;
  /** The column each field was read from, by its path in the event (`sources[0].url`). */
  readonly columns: ReadonlyMap<string, string>;
  /** The title an id is made from: the single-language one, else English, else the first. */
  readonly titleForId: string;
  /** True when the row had a problem of its own, which keeps its event out. */
  readonly hasProblem: boolean;
}

/** The words a `follow_up` cell may hold, any case. */
const BOOLEAN_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['yes', true],
  ['1', true],
  ['oui', true],
  ['false', false],
  ['no', false],
  ['0', false],
  ['non', false],
]);

const LIST_FIELDS: ReadonlySet<CsvFieldName> = new Set(['actors', 'claimedBy', 'tags']);

const SOURCE_PARTS: readonly CsvSourcePart[] = ['url', 'publisher', 'title', 'date'];

function isBlank(cell: string): boolean {
  return !/\S/.test(cell);
}

/** `a; b;; c` → `["a", "b", "c"]`: items trimmed, empty ones left out. */
function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Builds one row's draft; every reading step records where its value came from. */
class CsvRowReader {
  readonly event: Record<string, unknown> = {};
  readonly columns = new Map<string, string>();
  hasProblem = false;
  titleForId = '';

  constructor(
    private readonly record: CsvRecord,
    private readonly header: CsvHeader,
    private readonly report: CsvProblemReport,
    private readonly eventIndex: number,
  ) {}

  cell(column: CsvHeaderColumn): string {
    return this.record.cells[column.index] ?? '';
  }

  fail(column: string, field: string, expected: string, received: string): void {
    const { eventIndex } = this;
    this.report({ row: this.record.line, column, field, expected, received, eventIndex });
    this.hasProblem = true;
  }

  readField(entry: CsvHeaderColumn & { readonly column: { readonly field: CsvFieldName } }): void {
    const cell = this.cell(entry);
    if (isBlank(cell)) return;
    const { field } = entry.column;
    const value = this.convertField(field, cell, entry.name);
    if (value === undefined) return;
    if (field === 'mediaUrl' || field === 'mediaCredit') {
      const key = field === 'mediaUrl' ? 'url' : 'credit';
      this.setMedia(key, value, entry.name);
    } else {
      this.event[field] = value;
      this.columns.set(field, entry.name);
    }
  }

  convertField(field: CsvFieldName, cell: string, name: string): unknown {
    if (LIST_FIELDS.has(field)) {
      const items = splitList(cell);
      return items.length === 0 ? undefined : items;
    }
    if (field === 'importance') return /^\s*\d{1,3}\s*$/.test(cell) ? Number(cell) : cell;
    if (field !== 'followUp') return cell;
    const value = BOOLEAN_WORDS.get(cell.trim().toLowerCase());
    if (value === undefined) {
      const expected = 'true, false, yes, no, 1, 0, oui or non';
      this.fail(name, 'followUp', expected, describeReceived(cell));
    }
    return value;
  }

  setMedia(key: string, value: unknown, name: string): void {
    const media = (this.event.media ?? {}) as Record<string, unknown>;
    media[key] = value;
    this.event.media = media;
    this.columns.set(`media.${key}`, name);
    if (!this.columns.has('media')) this.columns.set('media', name);
  }

  readText(text: CsvTextName, columns: CsvTextColumns): void {
    const path = text === 'mediaAlt' ? 'media.alt' : text;
    const translations: [string, string][] = [];
    let firstName: string | undefined;
    for (const entry of columns.languages) {
      const cell = this.cell(entry);
      const language = entry.column.language ?? '';
      if (isBlank(cell)) continue;
      translations.push([language, cell]);
      this.columns.set(joinPath(path, language), entry.name);
      firstName ??= entry.name;
    }
    const plain = columns.plain;
    const plainCell = plain === undefined ? '' : this.cell(plain);
    if (plain !== undefined && !isBlank(plainCell) && translations.length > 0) {
      const expected = `empty when ${describeReceived(firstName)} is filled`;
      this.fail(plain.name, path, expected, describeReceived(plainCell));
    }
    let value: string | Record<string, string> | undefined;
    if (translations.length > 0) value = Object.fromEntries(translations);
    else if (plain !== undefined && !isBlank(plainCell)) {
      value = plainCell;
      firstName = plain.name;
    }
    if (value === undefined || firstName === undefined) return;
    if (text === 'title') {
      this.titleForId =
        typeof value === 'string' ? value : (value.en ?? translations[0]?.[1] ?? '');
    }
    if (text === 'mediaAlt') this.setMedia('alt', value, firstName);
    else {
      this.event[text] = value;
      this.columns.set(path, firstName);
    }
  }

  readSources(): void {
    const sources: Record<string, unknown>[] = [];
    for (const { parts, names, firstName } of this.header.sourceGroups) {
      const source: Record<string, unknown> = {};
      let isEmpty = true;
      for (const [part, entry] of parts) {
        const cell = this.cell(entry);
        if (isBlank(cell)) continue;
        source[part] = cell;
        isEmpty = false;
      }
      // A group left empty is a gap, not a source: `source3_…` may be filled without `source2_…`.
      if (isEmpty) continue;
      const path = joinPath('sources', sources.length);
      this.columns.set(path, firstName);
      for (const part of SOURCE_PARTS) this.columns.set(`${path}.${part}`, names[part]);
      sources.push(source);
    }
    this.readCompactSources(sources);
    if (sources.length > 0) this.event.sources = sources;
  }

  readCompactSources(sources: Record<string, unknown>[]): void {
    const entry = this.header.compactSources;
    if (entry === undefined) return;
    for (const text of splitCompactSources(this.cell(entry))) {
      const source = parseCompactSource(text);
      if (source === undefined) {
        this.fail(entry.name, 'sources', COMPACT_SOURCE_EXPECTED, describeReceived(text));
        continue;
      }
      this.columns.set(joinPath('sources', sources.length), entry.name);
      sources.push({ ...source });
    }
  }
}

/** The cells up to the last filled one: spreadsheets often add empty ones after it. */
function countUsedCells(record: CsvRecord): number {
  let count = record.cells.length;
  while (count > 0 && isBlank(record.cells[count - 1] ?? '')) count -= 1;
  return count;
}

/**
 * Reads a row into the shape of the event that will be at `eventIndex`, or reports why it
 * cannot be read at all (more cells than the header, a quote never closed) and returns
 * `undefined`. Values are converted from cells, not checked: `parseTimeline` checks them.
 */
export function readCsvEvent(
  record: CsvRecord,
  header: CsvHeader,
  report: CsvProblemReport,
  eventIndex: number,
): CsvEventDraft | undefined {
  const row = record.line;
  if (record.unclosedCell !== undefined) {
    const index = record.unclosedCell;
    report({
      row,
      column: formatCellPosition(header.names[index] ?? '', index),
      expected: 'a quoted cell closed by a double quote',
      received: `a quote never closed (the rest of the file, ${record.cells[index]?.length ?? 0} characters)`,
    });
    return undefined;
  }
  const used = countUsedCells(record);
  if (used > header.width) {
    const expected = `no longer than the header (${header.width} cells)`;
    report({ row, subject: 'the row', expected, received: `${used} cells` });
    return undefined;
  }
  const reader = new CsvRowReader(record, header, report, eventIndex);
  for (const entry of header.fields) reader.readField(entry);
  for (const [text, columns] of header.texts) reader.readText(text, columns);
  reader.readSources();
  return {
    row,
    event: reader.event,
    columns: reader.columns,
    titleForId: reader.titleForId,
    hasProblem: reader.hasProblem,
  };
}
