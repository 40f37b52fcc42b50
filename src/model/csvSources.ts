/** Separates the parts of a compact source: a space, an em dash (U+2014) and a space. */
export const COMPACT_SOURCE_SEPARATOR = ' \u2014 ';

/** How problems describe a compact source. */
export const COMPACT_SOURCE_EXPECTED =
  'a source written "Publisher \u2014 Title \u2014 YYYY-MM-DD \u2014 https://url" (the date may be left out)';

// The part before the URL is a date when it has the shape of one; whether that date exists
// is the validator's to say, so that "2023-02-30" is reported as a bad date, not a bad source.
const DATE_SHAPE = /^\d{4}(-\d{2}){0,2}$/;

/** A compact source read into the fields of a source, for the validator to check. */
export interface CompactSource {
  readonly publisher: string;
  readonly title: string;
  readonly date?: string;
  readonly url: string;
}

/**
 * Reads one compact source, `Publisher — Title — 2024-05-16 — https://…`, or without the
 * date `Publisher — Title — https://…`; `undefined` when it has fewer than three parts. The
 * publisher is the first part and the URL the last; a title may itself hold " — ".
 */
export function parseCompactSource(entry: string): CompactSource | undefined {
  const parts = entry.split(COMPACT_SOURCE_SEPARATOR).map((part) => part.trim());
  if (parts.length < 3) return undefined;
  const publisher = parts[0] ?? '';
  const url = parts[parts.length - 1] ?? '';
  const beforeUrl = parts[parts.length - 2] ?? '';
  if (parts.length >= 4 && DATE_SHAPE.test(beforeUrl)) {
    return {
      publisher,
      title: parts.slice(1, -2).join(COMPACT_SOURCE_SEPARATOR),
      date: beforeUrl,
      url,
    };
  }
  return { publisher, title: parts.slice(1, -1).join(COMPACT_SOURCE_SEPARATOR), url };
}

/** The entries of a `sources` cell: one per line or between " | ", blanks left out. */
export function splitCompactSources(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n| \| /)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
