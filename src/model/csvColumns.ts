import { LANGUAGE_TAG_PATTERN } from './localizedText.js';

/** Columns that hold one event field each. */
export type CsvFieldName =
  | 'id'
  | 'start'
  | 'end'
  | 'category'
  | 'actors'
  | 'kind'
  | 'claimedBy'
  | 'importance'
  | 'confidence'
  | 'tags'
  | 'followUp'
  | 'mediaUrl'
  | 'mediaCredit';

/** Columns that hold text, in one language or one column per language. */
export type CsvTextName = 'title' | 'summary' | 'mediaAlt';

/** The parts of a numbered source group (`source2_url`, `source2_publisher`…). */
export type CsvSourcePart = 'url' | 'publisher' | 'title' | 'date';

/** What a column of a Frise spreadsheet holds. */
export type CsvColumn =
  | { readonly role: 'field'; readonly field: CsvFieldName }
  | { readonly role: 'text'; readonly text: CsvTextName; readonly language?: string }
  | { readonly role: 'source'; readonly group: number; readonly part: CsvSourcePart }
  | { readonly role: 'sources' };

/** Names as documented, keyed by the name without case or separators. */
const FIELD_COLUMNS: ReadonlyMap<string, CsvColumn> = new Map<string, CsvColumn>([
  ['id', { role: 'field', field: 'id' }],
  ['start', { role: 'field', field: 'start' }],
  ['end', { role: 'field', field: 'end' }],
  ['category', { role: 'field', field: 'category' }],
  ['actors', { role: 'field', field: 'actors' }],
  ['kind', { role: 'field', field: 'kind' }],
  ['claimedby', { role: 'field', field: 'claimedBy' }],
  ['importance', { role: 'field', field: 'importance' }],
  ['confidence', { role: 'field', field: 'confidence' }],
  ['tags', { role: 'field', field: 'tags' }],
  ['followup', { role: 'field', field: 'followUp' }],
  ['mediaurl', { role: 'field', field: 'mediaUrl' }],
  ['mediacredit', { role: 'field', field: 'mediaCredit' }],
  ['title', { role: 'text', text: 'title' }],
  ['summary', { role: 'text', text: 'summary' }],
  ['mediaalt', { role: 'text', text: 'mediaAlt' }],
  ['sources', { role: 'sources' }],
]);

const TEXT_PREFIXES: ReadonlyMap<string, CsvTextName> = new Map<string, CsvTextName>([
  ['title', 'title'],
  ['summary', 'summary'],
  ['media_alt', 'mediaAlt'],
]);

/** `source_url`, `source2_url`, `source_2_url`; the unnumbered group is group 1. */
const SOURCE_COLUMN = /^source(?:_?(\d{1,6}))?_(url|publisher|title|date)$/;
const TEXT_COLUMN = /^(title|summary|media_alt)_([a-z0-9_]+)$/;

/**
 * A language tag in its usual case: `fr`, `fr-CA`, `zh-Hant-TW`. Column names are read
 * without case, and this keeps `title_fr-CA` and `Title_FR_ca` the same translation.
 */
function formatLanguageTag(subtags: readonly string[]): string {
  return subtags
    .map((subtag, index) => {
      if (index === 0) return subtag.toLowerCase();
      if (subtag.length === 2) return subtag.toUpperCase();
      if (subtag.length === 4) return subtag[0]?.toUpperCase() + subtag.slice(1).toLowerCase();
      return subtag.toLowerCase();
    })
    .join('-');
}

/**
 * What a header names, read without case and with spaces, `_` and `-` alike (`Claimed by`,
 * `claimed_by`, `claimedBy`); `undefined` for a name the format does not know.
 */
export function readCsvColumnName(name: string): CsvColumn | undefined {
  const words = name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
  const known = FIELD_COLUMNS.get(words.replaceAll('_', ''));
  if (known !== undefined) return known;
  const source = SOURCE_COLUMN.exec(words);
  if (source !== null) {
    return { role: 'source', group: Number(source[1] ?? 1), part: source[2] as CsvSourcePart };
  }
  const text = TEXT_COLUMN.exec(words);
  const textName = TEXT_PREFIXES.get(text?.[1] ?? '');
  const language = formatLanguageTag((text?.[2] ?? '').split('_'));
  if (textName === undefined || !LANGUAGE_TAG_PATTERN.test(language)) return undefined;
  return { role: 'text', text: textName, language };
}

/** A key that two columns share exactly when they hold the same thing. */
export function getCsvColumnKey(column: CsvColumn): string {
  switch (column.role) {
    case 'field':
      return column.field;
    case 'text':
      return column.language === undefined ? column.text : `${column.text}_${column.language}`;
    case 'source':
      return `source${column.group}_${column.part}`;
    case 'sources':
      return 'sources';
    default:
      return column satisfies never;
  }
}

const DOCUMENTED_FIELD_NAMES: Readonly<Record<CsvFieldName | CsvTextName, string>> = {
  id: 'id',
  start: 'start',
  end: 'end',
  category: 'category',
  actors: 'actors',
  kind: 'kind',
  claimedBy: 'claimed_by',
  importance: 'importance',
  confidence: 'confidence',
  tags: 'tags',
  followUp: 'follow_up',
  mediaUrl: 'media_url',
  mediaCredit: 'media_credit',
  title: 'title',
  summary: 'summary',
  mediaAlt: 'media_alt',
};

/** The name the documentation gives a column: `claimed_by`, `title_fr`, `source2_url`. */
export function formatCsvColumnName(column: CsvColumn): string {
  switch (column.role) {
    case 'field':
      return DOCUMENTED_FIELD_NAMES[column.field];
    case 'text': {
      const name = DOCUMENTED_FIELD_NAMES[column.text];
      return column.language === undefined ? name : `${name}_${column.language}`;
    }
    case 'source':
      return `source${column.group === 1 ? '' : column.group}_${column.part}`;
    case 'sources':
      return 'sources';
    default:
      return column satisfies never;
  }
}
