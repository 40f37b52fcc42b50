import type { TimelineProblem } from './timelineProblem.js';

/** A problem found while reading a CSV file, before its rows become events. */
export interface CsvProblemInput {
  /** The 1-based line of the file where the row starts; the header is row 1. */
  readonly row: number;
  /** The header of the column, as written; absent for the whole row or file. */
  readonly column?: string;
  /** Who must be something, in the message. @default the column, or "the row" */
  readonly subject?: string;
  readonly expected: string;
  readonly received: string;
  /** The event field concerned, from the event: `followUp`, `sources`. @default "" */
  readonly field?: string;
}

/** Where CSV readers send the problems they find. */
export type CsvProblemReport = (problem: CsvProblemInput) => void;

/** Where a problem is, for people: `row 7, column "start"`. */
export function formatCsvPosition(row: number, column: string | undefined): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${JSON.stringify(column)}`;
}

/** How a header cell is named in problems: its name, or its position when it has none. */
export function formatCellPosition(name: string, index: number): string {
  return name === '' ? `column ${index + 1}` : name;
}

/**
 * A problem about a place in a CSV file, worded like the validator's:
 * `row 7, column "start": start must be …, got "2023-02-30"`.
 */
export function createCsvProblem(input: CsvProblemInput): TimelineProblem {
  const subject = input.subject ?? input.column ?? 'the row';
  return {
    path: '',
    field: input.field ?? '',
    expected: input.expected,
    received: input.received,
    message: `${formatCsvPosition(input.row, input.column)}: ${subject} must be ${input.expected}, got ${input.received}`,
    row: input.row,
    ...(input.column === undefined ? {} : { column: input.column }),
  };
}
