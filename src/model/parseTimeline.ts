import type { TimelineData } from './event.js';
import { isRecord, readOwnProperty } from './readOwnProperty.js';
import {
  createProblem,
  describeReceived,
  type ProblemSubject,
  type TimelineProblem,
} from './timelineProblem.js';
import { TIMELINE_SCHEMA } from './timelineSchema.js';
import { validateCollection } from './validateCollection.js';
import { validateRead } from './validateValue.js';
import { INVALID, RECEIVED_UNREADABLE, type ValidationContext } from './validationContext.js';

/** What `parseTimeline` returns: always a usable document, and what was wrong with the input. */
export interface ParseTimelineResult {
  /**
   * The valid part of the input: every valid category, actor and event, in input order. An
   * event of plain objects and arrays holding only what the format names is the input's own
   * object; any other valid item is a copy of the format's fields.
   */
  readonly data: TimelineData;
  /** Empty when the input was entirely valid. */
  readonly problems: readonly TimelineProblem[];
}

/**
 * Problems listed before the rest are only counted. A large broken document can have one
 * problem per field; a list that long helps nobody and costs memory.
 */
export const MAX_LISTED_PROBLEMS = 1000;

const DOCUMENT: ProblemSubject = { label: '', path: '' };

function createEmptyDocument(): TimelineData {
  return { title: '', categories: [], actors: [], events: [] };
}

function createProblemList(): {
  add: (problem: TimelineProblem) => void;
  list: () => TimelineProblem[];
} {
  const problems: TimelineProblem[] = [];
  let unlisted = 0;
  return {
    add(problem) {
      if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem);
      else unlisted += 1;
    },
    list() {
      if (unlisted === 0) return problems;
      const summary: TimelineProblem = {
        path: '',
        field: '',
        expected: `at most ${MAX_LISTED_PROBLEMS} listed problems`,
        received: `${unlisted} more`,
        message: `…and ${unlisted} more problems, not listed`,
      };
      return [...problems, summary];
    },
  };
}

function parseDocument(input: unknown, context: ValidationContext): TimelineData {
  if (!isRecord(input)) {
    context.report(createProblem(DOCUMENT, '', TIMELINE_SCHEMA.expected, describeReceived(input)));
    return createEmptyDocument();
  }
  const data: Record<string, unknown> = { ...createEmptyDocument() };
  for (const [name, field] of Object.entries(TIMELINE_SCHEMA.fields)) {
    try {
      const value = readOwnProperty(input, name);
      if (value === undefined && !field.required) continue;
      const result =
        field.schema.type === 'collection'
          ? validateCollection(field.schema, value, name, context)
          : validateRead(field.schema, value, name, context);
      // A bad title or list leaves the empty default, so the rest of the document still shows.
      if (result !== INVALID) data[name] = result;
    } catch {
      context.report(createProblem(DOCUMENT, name, 'a readable value', RECEIVED_UNREADABLE));
    }
  }
  return data as unknown as TimelineData;
}

/**
 * Validates untrusted input (parsed JSON, a module's export) against the Frise data format.
 * It never throws: every valid category, actor and event is kept, each invalid one is left
 * out, and every reason is reported as a problem naming the event, the field, what was
 * expected and what was received. Keys the format does not know are ignored, and the output
 * is built afresh from known keys only, so hostile keys such as `__proto__` go nowhere.
 *
 * @example
 * const { data, problems } = parseTimeline(JSON.parse(text));
 * for (const problem of problems) console.warn(problem.message);
 * // event 3 "big-2023-07": sources[0].url must be an http(s) URL, got "javascript:alert(1)"
 */
export function parseTimeline(input: unknown): ParseTimelineResult {
  const problems = createProblemList();
  const context: ValidationContext = {
    report: problems.add,
    subject: DOCUMENT,
    knownIds: new Map(),
  };
  try {
    return { data: parseDocument(input, context), problems: problems.list() };
  } catch {
    // The last resort: something threw outside the per-field guards.
    problems.add(createProblem(DOCUMENT, '', TIMELINE_SCHEMA.expected, RECEIVED_UNREADABLE));
    return { data: createEmptyDocument(), problems: problems.list() };
  }
}
