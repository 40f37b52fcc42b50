/** The cell separators spreadsheets export: comma, semicolon (Excel in French) and tab (TSV). */
export type CsvDelimiter = ',' | ';' | '\t';

/** In the order they win a tie when detected. */
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/** One record of a CSV file. */
export interface CsvRecord {
  /** The 1-based line of the file where the record starts. */
  readonly line: number;
  readonly cells: readonly string[];
  /** The index of a cell whose opening quote is never closed, so that it runs to the end. */
  readonly unclosedCell?: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const TAB = 0x09;
const BYTE_ORDER_MARK = '\uFEFF';

/** The text without the byte order mark that Excel puts before UTF-8 CSV files. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/**
 * The delimiter used most, outside quotes, on the first line that is not blank: the header.
 * A header of a single column has none, and reads the same with any: comma, then.
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let isQuoted = false;
  let hasContent = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      // A doubled quote toggles twice, so it leaves the state as it was.
      isQuoted = !isQuoted;
      hasContent = true;
    } else if (isQuoted || code === SPACE) {
      // Delimiters inside quotes do not count, and spaces say nothing.
    } else if (code === LF || code === CR) {
      if (hasContent) break;
      commas = 0;
      semicolons = 0;
      tabs = 0;
    } else if (code === COMMA) commas += 1;
    else if (code === SEMICOLON) semicolons += 1;
    else if (code === TAB) tabs += 1;
    else hasContent = true;
  }
  // Ties go to the comma, then the semicolon, as CSV_DELIMITERS lists them.
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** `\r\n`, `\r` and `\n` each end one line. */
function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === LF) count += 1;
    else if (code === CR) {
      count += 1;
      if (text.charCodeAt(index + 1) === LF) index += 1;
    }
  }
  return count;
}

interface QuotedCell {
  readonly value: string;
  /** Just after the closing quote, or the end of the text. */
  readonly end: number;
  readonly lineBreaks: number;
  readonly isClosed: boolean;
}

/** A quoted cell from just after its opening quote; `""` inside stands for one quote. */
function readQuotedCell(text: string, start: number): QuotedCell {
  let value = '';
  let from = start;
  let lineBreaks = 0;
  for (;;) {
    const quote = text.indexOf('"', from);
    const chunk = text.slice(from, quote === -1 ? text.length : quote);
    // Chunks are split at quotes, so a \r\n is never counted across two of them.
    lineBreaks += countLineBreaks(chunk);
    if (quote === -1)
      return { value: value + chunk, end: text.length, lineBreaks, isClosed: false };
    if (text.charCodeAt(quote + 1) !== QUOTE) {
      return { value: value + chunk, end: quote + 1, lineBreaks, isClosed: true };
    }
    value += `${chunk}"`;
    from = quote + 2;
  }
}

function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => !/\S/.test(cell));
}

/**
 * Splits CSV text into records, as RFC 4180 describes and spreadsheets export: quoted cells
 * may hold delimiters, line breaks and doubled quotes; `\r\n`, `\n` and `\r` end records.
 * It forgives what spreadsheets forgive: a quote inside an unquoted cell, or text after a
 * closing quote, is kept as it is. Blank records (empty, or only empty cells) are skipped.
 * Each character is looked at a bounded number of times, so the time is linear in the text.
 */
export function readCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecord[] {
  const delimiterCode = delimiter.charCodeAt(0);
  // Everything up to the next delimiter or line break.
  const findCellEnd = (from: number): number => {
    let end = from;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === delimiterCode || code === LF || code === CR) break;
      end += 1;
    }
    return end;
  };
  const records: CsvRecord[] = [];
  let index = 0;
  let line = 1;
  while (index < text.length) {
    const firstLine = line;
    const cells: string[] = [];
    let unclosedCell: number | undefined;
    for (;;) {
      let cell: string;
      if (text.charCodeAt(index) === QUOTE) {
        const quoted = readQuotedCell(text, index + 1);
        line += quoted.lineBreaks;
        if (!quoted.isClosed) unclosedCell = cells.length;
        index = findCellEnd(quoted.end);
        cell = quoted.value + text.slice(quoted.end, index);
      } else {
        const end = findCellEnd(index);
        cell = text.slice(index, end);
        index = end;
      }
      cells.push(cell);
      const code = text.charCodeAt(index);
      if (code === delimiterCode) {
        index += 1;
        continue;
      }
      if (code === CR || code === LF) {
        index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
        line += 1;
      }
      break;
    }
    if (unclosedCell !== undefined) records.push({ line: firstLine, cells, unclosedCell });
    else if (!isBlankRecord(cells)) records.push({ line: firstLine, cells });
  }
  return records;
}
