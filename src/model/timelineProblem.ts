/** One thing wrong in a timeline document, as found by `parseTimeline`. */
export interface TimelineProblem {
  /** Where, from the document's root: `"events[3].sources[0].url"`; `""` for the root itself. */
  readonly path: string;
  /** The index of the event in the input's `events`, for problems inside an event. */
  readonly eventIndex?: number;
  /** The event's id, when it has a valid one. */
  readonly eventId?: string;
  /** Where, from the event, category or actor concerned: `"sources[0].url"`; `""` for itself. */
  readonly field: string;
  /** What the field must be: `"an http(s) URL"`. */
  readonly expected: string;
  /** What it was: a quoted, shortened string (`"javascript:alert(1)"`), a number or a type name. */
  readonly received: string;
  /**
   * All of the above in one sentence for people:
   * `event 3 "big-2023-07": sources[0].url must be an http(s) URL, got "javascript:alert(1)"`.
   */
  readonly message: string;
  /**
   * For input read by `parseTimelineCsv`: the 1-based line of the file where the row starts,
   * the header being row 1. Absent for problems about the document as a whole.
   */
  readonly row?: number;
  /** For input read by `parseTimelineCsv`: the column's header as written in the file. */
  readonly column?: string;
}

/** Strings longer than this are cut in `received`, so a huge value cannot flood a message. */
const MAX_RECEIVED_LENGTH = 60;

/** What `received` says for a field that is absent or `undefined`. */
export const RECEIVED_NOTHING = 'nothing';

// JSON.stringify escapes control characters but leaves the invisible ones that reorder or
// break text: shown in a message, U+202E would display the rest of it right to left.
const INVISIBLE_FORMATTING = /[\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** A string in double quotes, escaped as JSON and, beyond JSON, for invisible formatting. */
function quote(value: string): string {
  return JSON.stringify(value).replace(
    INVISIBLE_FORMATTING,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function describeString(value: string): string {
  if (value.length <= MAX_RECEIVED_LENGTH) {
    const quoted = quote(value);
    if (quoted.length <= MAX_RECEIVED_LENGTH + 2) return quoted;
  }
  // Cut by the quoted length, since escapes (\", \u0000) can make it several times longer.
  let cut = value.slice(0, MAX_RECEIVED_LENGTH - 1);
  while (quote(cut).length > MAX_RECEIVED_LENGTH + 1) cut = cut.slice(0, -1);
  // Do not leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${quote(`${cut}…`)} (${value.length} characters)`;
}

/**
 * A short, safe description of any value: strings quoted and shortened, numbers and booleans
 * as they are (`4` says more than `number`), everything else by its type name. It never reads
 * inside objects, so getters, proxies and cycles cannot make it throw or loop.
 */
export function describeReceived(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return describeString(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return RECEIVED_NOTHING;
    case 'object':
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? 'array' : 'object';
      } catch {
        // Array.isArray throws on a revoked proxy.
        return 'object';
      }
    default:
      return typeof value;
  }
}

/** Who a problem is about, as its message names them. */
export interface ProblemSubject {
  /** `event 3 "big-2023-07"`, `category 0 "war"`; `""` for the document. */
  readonly label: string;
  /** The subject's own path: `"events[3]"`; `""` for the document. */
  readonly path: string;
  readonly eventIndex?: number;
  readonly eventId?: string;
}

/** A path one step deeper: `sources` + `0` → `sources[0]`, `title` + `fr-CA` → `title["fr-CA"]`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  // A long key is quoted and shortened like a received value, so that it cannot flood a path.
  if (key.length <= MAX_RECEIVED_LENGTH && /^[A-Za-z_$][\w$]*$/.test(key)) {
    return base === '' ? key : `${base}.${key}`;
  }
  return `${base}[${describeString(key)}]`;
}

function joinFieldPath(subjectPath: string, field: string): string {
  if (field === '') return subjectPath;
  if (subjectPath === '' || field.startsWith('[')) return `${subjectPath}${field}`;
  return `${subjectPath}.${field}`;
}

/** Builds a problem and its message from who it is about, where, and what was wrong. */
export function createProblem(
  subject: ProblemSubject,
  field: string,
  expected: string,
  received: string,
): TimelineProblem {
  const where =
    field === '' ? subject.label : subject.label === '' ? field : `${subject.label}: ${field}`;
  const message = `${where === '' ? 'the document' : where} must be ${expected}, got ${received}`;
  return {
    path: joinFieldPath(subject.path, field),
    ...(subject.eventIndex === undefined ? {} : { eventIndex: subject.eventIndex }),
    ...(subject.eventId === undefined ? {} : { eventId: subject.eventId }),
    field,
    expected,
    received,
    message,
  };
}
