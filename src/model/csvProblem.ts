import { MAX_LISTED_PROBLEMS } from './parseTimeline.js';
import { describeReceived, type TimelineProblem } from './timelineProblem.js';

const MAX_PLAIN_NAME_LENGTH = 60;

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
  /** The index the row's event has in the document read from the file. */
  readonly eventIndex?: number;
}

/** Where CSV readers send the problems they find. */
export type CsvProblemReport = (problem: CsvProblemInput) => void;

/** Where a problem is, for people: `row 7, column "start"`. */
export function formatCsvPosition(row: number, column: string | undefined): string {
  return column === undefined ? `row ${row}` : `row ${row}, column ${describeReceived(column)}`;
}

/**
 * A column as the subject of a message: as written when it is short and plain, quoted,
 * escaped and shortened otherwise, so that no header cell can flood or garble a message.
 */
export function formatColumnSubject(column: string): string {
  const isPlain = column.length <= MAX_PLAIN_NAME_LENGTH && !/["\p{C}\u2028\u2029]/u.test(column);
  return isPlain ? column : describeReceived(column);
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
  const subject =
    input.subject ?? (input.column === undefined ? 'the row' : formatColumnSubject(input.column));
  const field = input.field ?? '';
  const { eventIndex } = input;
  const eventPath = eventIndex === undefined ? '' : `events[${eventIndex}]`;
  return {
    path: field === '' || eventPath === '' ? eventPath : `${eventPath}.${field}`,
    ...(eventIndex === undefined ? {} : { eventIndex }),
    field,
    expected: input.expected,
    received: input.received,
    message: `${formatCsvPosition(input.row, input.column)}: ${subject} must be ${input.expected}, got ${input.received}`,
    row: input.row,
    ...(input.column === undefined ? {} : { column: input.column }),
  };
}

/** Collects the problems of one CSV file, listing as many as `parseTimeline` does. */
export interface CsvProblemList {
  /** Takes a CSV problem; its message is built only if it is to be listed. */
  readonly report: CsvProblemReport;
  readonly add: (problem: TimelineProblem) => void;
  /**
   * These problems and those `parseTimeline` found, each passed through `locate`, in row
   * order (the document's own first), with one problem at the end counting those not listed.
   */
  readonly combine: (
    validated: readonly TimelineProblem[],
    locate: (problem: TimelineProblem) => TimelineProblem,
  ) => TimelineProblem[];
}

/** Two lists in row order, problems without a row first, into one. */
function mergeByRow(
  a: readonly TimelineProblem[],
  b: readonly TimelineProblem[],
): TimelineProblem[] {
  const merged: TimelineProblem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (left !== undefined && (right === undefined || (left.row ?? 0) <= (right.row ?? 0))) {
      merged.push(left);
      i += 1;
    } else if (right !== undefined) {
      merged.push(right);
      j += 1;
    }
  }
  return merged;
}

/** The last problem of a long list, worded as `parseTimeline` words it. */
function summarizeUnlisted(count: number): TimelineProblem {
  return {
    path: '',
    field: '',
    expected: `at most ${MAX_LISTED_PROBLEMS} listed problems`,
    received: `${count} more`,
    message: `…and ${count} more problems, not listed`,
  };
}

/** An empty list for the problems of one CSV file. */
export function createCsvProblemList(): CsvProblemList {
  const problems: TimelineProblem[] = [];
  let unlisted = 0;
  const add = (problem: TimelineProblem) => {
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem);
    else unlisted += 1;
  };
  return {
    report(input) {
      if (problems.length < MAX_LISTED_PROBLEMS) add(createCsvProblem(input));
      else unlisted += 1;
    },
    add,
    combine(validated, locate) {
      // parseTimeline lists at most MAX_LISTED_PROBLEMS, then one that counts the rest.
      const hasSummary = validated.length > MAX_LISTED_PROBLEMS;
      const listed = (hasSummary ? validated.slice(0, -1) : validated).map(locate);
      const merged = mergeByRow(problems, listed);
      const notListedByValidator = hasSummary
        ? Number.parseInt(validated.at(-1)?.received ?? '0', 10)
        : 0;
      const count =
        unlisted + notListedByValidator + Math.max(0, merged.length - MAX_LISTED_PROBLEMS);
      const combined = merged.slice(0, MAX_LISTED_PROBLEMS);
      if (count > 0) combined.push(summarizeUnlisted(count));
      return combined;
    },
  };
}
