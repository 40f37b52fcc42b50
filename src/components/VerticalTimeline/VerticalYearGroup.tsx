import { formatCalendarDate } from '../../i18n/formatEventDate.js';
import { formatMessage, type Messages } from '../../i18n/messages.js';
import type { Actor, Category, TimelineEvent } from '../../model/event.js';
import type { YearGroup } from '../../model/groupEventsByMonth.js';
import { VerticalEventItem } from './VerticalEventItem.js';

/** Props of `VerticalYearGroup`. */
export interface VerticalYearGroupProps {
  readonly group: YearGroup<TimelineEvent>;
  readonly categoryById: ReadonlyMap<string, Category>;
  readonly actors: readonly Actor[];
  readonly locale: string;
  readonly messages: Messages;
  /** The open event's id, `null` for none. */
  readonly selectedId: string | null;
  readonly onOpenChange: (id: string, isOpen: boolean) => void;
}

/**
 * One year of the vertical list: its heading, then a list of months, each with its heading
 * ("April 2024") and its events. Events dated to the year only come first, under their own
 * heading ("Sometime in 2022"), because their period starts with the year.
 */
export function VerticalYearGroup({
  group,
  categoryById,
  actors,
  locale,
  messages,
  selectedId,
  onOpenChange,
}: VerticalYearGroupProps) {
  const yearLabel = formatCalendarDate({ precision: 'year', year: group.year }, locale);
  const sections = [
    ...(group.yearOnly.length > 0
      ? [
          {
            key: 'year',
            heading: formatMessage(messages.verticalYearOnly, { year: yearLabel }),
            events: group.yearOnly,
          },
        ]
      : []),
    ...group.months.map(({ month, events }) => ({
      key: String(month),
      heading: formatCalendarDate({ precision: 'month', year: group.year, month }, locale),
      events,
    })),
  ];
  return (
    <li className="frise-vertical__year">
      <h3 className="frise-vertical__year-heading">{yearLabel}</h3>
      <ol className="frise-vertical__months">
        {sections.map(({ key, heading, events }) => (
          <li key={key} className="frise-vertical__month">
            <h4 className="frise-vertical__month-heading">{heading}</h4>
            <ol className="frise-vertical__events">
              {events.map((event) => (
                <VerticalEventItem
                  key={event.id}
                  event={event}
                  category={categoryById.get(event.category)}
                  actors={actors}
                  locale={locale}
                  messages={messages}
                  isOpen={selectedId === event.id}
                  onOpenChange={onOpenChange}
                />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </li>
  );
}
