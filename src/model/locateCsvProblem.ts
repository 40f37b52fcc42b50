import type { CsvEventDraft } from './csvEvent.js';
import type { CsvHeader } from './csvHeader.js';
import { formatColumnSubject, formatCsvPosition } from './csvProblem.js';
import type { TimelineProblem } from './timelineProblem.js';

// The last step of a field path: `.url`, `[2]` or `["fr-CA"]`.
const LAST_STEP = /(\.[^.[\]]+|\[[^\]]*\])$/;

/**
 * The column a field was read from: the row's own record of it, else the header's column
 * for that field, looking up ever shorter paths (`actors[2]` → `actors`).
 */
function findColumn(field: string, draft: CsvEventDraft, header: CsvHeader): string | undefined {
  let path = field;
  while (path !== '') {
    const column = draft.columns.get(path) ?? header.columnsByField.get(path);
    if (column !== undefined) return column;
    const shorter = path.replace(LAST_STEP, '');
    if (shorter === path) return undefined;
    path = shorter;
  }
  return undefined;
}

/** `"x" (event 1 has it too)` → `"x" (row 3 has it too)`: rows are what the author sees. */
function locateReceived(received: string, drafts: readonly CsvEventDraft[]): string {
  return received.replace(/\(event (\d+) has it too\)$/, (text, index: string) => {
    const draft = drafts[Number(index)];
    return draft === undefined ? text : `(row ${draft.row} has it too)`;
  });
}

/**
 * A problem `parseTimeline` found in the document assembled from a CSV file, told in the
 * file's terms: the row and column, and a message that names them. Problems about the
 * document's own fields (`title`, a `categories` that is not a list) name the option they
 * came from.
 */
export function locateCsvProblem(
  problem: TimelineProblem,
  drafts: readonly CsvEventDraft[],
  header: CsvHeader | undefined,
): TimelineProblem {
  const draft = problem.eventIndex === undefined ? undefined : drafts[problem.eventIndex];
  if (draft === undefined || header === undefined) {
    const isOption = /^(title|description)\b|^(categories|actors)$/.test(problem.path);
    return isOption ? { ...problem, message: `options.${problem.message}` } : problem;
  }
  const column = findColumn(problem.field, draft, header);
  const received = locateReceived(problem.received, drafts);
  const subject = column === undefined ? 'the row' : formatColumnSubject(column);
  return {
    ...problem,
    received,
    message: `${formatCsvPosition(draft.row, column)}: ${subject} must be ${problem.expected}, got ${received}`,
    row: draft.row,
    ...(column === undefined ? {} : { column }),
  };
}
