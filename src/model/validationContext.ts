import type { KnownIdSet } from './collectionIds.js';
import { createProblem, type ProblemSubject, type TimelineProblem } from './timelineProblem.js';

/** What a validator returns for a value that must be left out. */
export const INVALID: unique symbol = Symbol('invalid');

/** A checked value, rebuilt from known keys only, or `INVALID`. */
export type Validated = unknown;

/** What `received` says of a value whose getter or proxy threw. */
export const RECEIVED_UNREADABLE = 'a value that throws when read';

export interface ValidationContext {
  readonly report: (problem: TimelineProblem) => void;
  /** Who problems are about: the document, or the category, actor or event being checked. */
  readonly subject: ProblemSubject;
  /** The ids of each collection's valid items, filled as collections are checked. */
  readonly knownIds: Map<string, KnownIdSet>;
}

/** Reports a problem about the context's subject, and returns `INVALID` for the value. */
export function fail(
  context: ValidationContext,
  field: string,
  expected: string,
  received: string,
): typeof INVALID {
  context.report(createProblem(context.subject, field, expected, received));
  return INVALID;
}
