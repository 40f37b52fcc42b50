import type { MouseEvent, SyntheticEvent } from 'react';
import { describeKind } from '../../i18n/describeKind.js';
import { formatEventDate } from '../../i18n/formatEventDate.js';
import type { Messages } from '../../i18n/messages.js';
import type { Actor, Category, TimelineEvent } from '../../model/event.js';
import { resolveText } from '../../model/localizedText.js';
import { EventDetails } from '../EventDetails/EventDetails.js';
import { KindMarker } from '../EventDetails/KindMarker.js';

/** Props of `VerticalEventItem`. */
export interface VerticalEventItemProps {
  readonly event: TimelineEvent;
  /** The event's category, for its colour and its name; absent when the id is unknown. */
  readonly category: Category | undefined;
  readonly actors: readonly Actor[];
  readonly locale: string;
  readonly messages: Messages;
  readonly isOpen: boolean;
  /** Asks for the event to be opened or closed. */
  readonly onOpenChange: (id: string, isOpen: boolean) => void;
}

/**
 * One event of the vertical list: a native `<details>` whose summary says when, what and
 * whose word it is, and whose body is the full card with its sources. The card is in the
 * HTML from the start, so the page reads without JavaScript and the browser's find-in-page
 * can reach it.
 */
export function VerticalEventItem({
  event,
  category,
  actors,
  locale,
  messages,
  isOpen,
  onOpenChange,
}: VerticalEventItemProps) {
  // With React running the open state follows the selection: the click's default toggle is
  // cancelled and `open` is rendered from state. Enter and Space on a summary are clicks too.
  const onClick = (clickEvent: MouseEvent<HTMLElement>) => {
    clickEvent.preventDefault();
    onOpenChange(event.id, !isOpen);
  };
  // Toggles that are not clicks (find-in-page opening a match) are reported as choices.
  const onToggle = (toggleEvent: SyntheticEvent<HTMLDetailsElement>) => {
    const isOpenNow = toggleEvent.currentTarget.open;
    if (isOpenNow !== isOpen) onOpenChange(event.id, isOpenNow);
  };
  const categoryLabel = category ? resolveText(category.label, locale) : event.category;

  return (
    <li
      className="frise-vertical__event"
      data-color={category?.color}
      data-kind={event.kind}
      data-state={isOpen ? 'open' : 'closed'}
    >
      <details className="frise-vertical__details" open={isOpen} onToggle={onToggle}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a summary is interactive (the disclosure button), and turns Enter and Space into clicks itself. */}
        <summary className="frise-vertical__summary" data-event-id={event.id} onClick={onClick}>
          <span className="frise-vertical__chevron" aria-hidden="true" />
          <span className="frise-vertical__when">
            <KindMarker kind={event.kind} />
            <time dateTime={event.end ? `${event.start}/${event.end}` : event.start}>
              {formatEventDate(event, locale)}
            </time>
          </span>
          <span className="frise-vertical__title" data-importance={event.importance ?? 2}>
            {resolveText(event.title, locale)}
          </span>
          <span className="frise-vertical__kind">
            {describeKind(event, actors, locale, messages)}
            <span className="frise-vertical__category"> · {categoryLabel}</span>
          </span>
        </summary>
        <EventDetails
          event={event}
          actors={actors}
          locale={locale}
          headingLevel={5}
          className="frise-vertical__card"
        />
      </details>
    </li>
  );
}
