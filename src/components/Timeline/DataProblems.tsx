import { formatMessage, type Messages } from '../../i18n/messages.js';
import type { TimelineProblem } from '../../model/timelineProblem.js';

/** How many problems are listed before the rest are counted only. */
const MAX_LISTED_PROBLEMS = 10;

/** An inline notice listing what was wrong in the data; the valid events are still drawn. */
export function DataProblems({
  problems,
  messages,
}: {
  readonly problems: readonly TimelineProblem[];
  readonly messages: Messages;
}) {
  const heading =
    problems.length === 1
      ? messages.invalidDataOne
      : formatMessage(messages.invalidData, { count: problems.length });
  return (
    <div className="frise-problems" role="alert">
      <p className="frise-problems__heading">{heading}</p>
      <ul className="frise-problems__list">
        {problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => (
          <li key={`${problem.path}|${problem.message}`}>{problem.message}</li>
        ))}
        {problems.length > MAX_LISTED_PROBLEMS && <li>…</li>}
      </ul>
    </div>
  );
}
