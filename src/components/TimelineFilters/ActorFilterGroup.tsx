import { useId, useState } from 'react';
import { formatMessage, type Messages } from '../../i18n/messages.js';
import type { Actor } from '../../model/event.js';
import { resolveText } from '../../model/localizedText.js';
import { FilterToggle } from './FilterToggle.js';

/** How many actors are listed before the "Show all" disclosure. */
export const TOP_ACTOR_COUNT = 8;

/** An actor and how many events involve them. */
export interface RankedActor {
  readonly actor: Actor;
  readonly count: number;
}

/** Props of `ActorFilterGroup`. */
export interface ActorFilterGroupProps {
  /** Actors that appear in events, most events first. */
  readonly ranked: readonly RankedActor[];
  readonly isSelected: (id: string) => boolean;
  readonly onToggle: (id: string) => void;
  readonly locale: string;
  readonly messages: Messages;
}

/**
 * The "Who" toggles: the actors with the most events first, the rest behind a disclosure
 * button. Selected actors stay listed while it is collapsed, so no active filter is hidden.
 */
export function ActorFilterGroup({
  ranked,
  isSelected,
  onToggle,
  locale,
  messages,
}: ActorFilterGroupProps) {
  const [isExpanded, setIsExpanded] = useState(false);
  const listId = useId();
  const hasMore = ranked.length > TOP_ACTOR_COUNT;
  const shown = ranked.filter(
    ({ actor }, index) => isExpanded || index < TOP_ACTOR_COUNT || isSelected(actor.id),
  );
  return (
    <fieldset className="frise-filters__group">
      <legend className="frise-filters__legend">{messages.actors}</legend>
      <div id={listId} className="frise-filters__toggles">
        {shown.map(({ actor, count }) => (
          <FilterToggle
            key={actor.id}
            label={resolveText(actor.name, locale)}
            countLabel={formatMessage(messages.filterCount, { count })}
            isPressed={isSelected(actor.id)}
            onToggle={() => onToggle(actor.id)}
          />
        ))}
      </div>
      {hasMore && (
        <button
          type="button"
          className="frise-button frise-filters__more"
          aria-expanded={isExpanded}
          aria-controls={listId}
          onClick={() => setIsExpanded(!isExpanded)}
        >
          {isExpanded
            ? messages.filterShowFewerActors
            : formatMessage(messages.filterShowAllActors, { count: ranked.length })}
        </button>
      )}
    </fieldset>
  );
}
