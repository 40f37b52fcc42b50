import type { Actor, EventKind, TimelineEvent } from '../model/event.js';
import { resolveText } from '../model/localizedText.js';
import { joinNames } from './joinNames.js';
import { formatMessage, type Messages } from './messages.js';

/** Names of the actors with these ids, in the locale, unknown ids as they are. */
export function formatActorNames(
  ids: readonly string[] | undefined,
  actors: readonly Actor[],
  locale: string,
): string[] {
  return (ids ?? []).map((id) => {
    const actor = actors.find((candidate) => candidate.id === id);
    return actor ? resolveText(actor.name, locale) : id;
  });
}

/** "Fact", "Claim by Viginum", "Statement by Ilham Aliyev and the Azerbaijani MFA". */
export function describeKind(
  event: Pick<TimelineEvent, 'kind' | 'claimedBy'>,
  actors: readonly Actor[],
  locale: string,
  messages: Messages,
): string {
  const kind: EventKind = event.kind;
  if (kind === 'fact') return messages.kindFact;
  const who = joinNames(formatActorNames(event.claimedBy, actors, locale), locale);
  if (!who) return kind === 'claim' ? messages.kindClaimShort : messages.kindStatementShort;
  return formatMessage(kind === 'claim' ? messages.kindClaim : messages.kindStatement, { who });
}
