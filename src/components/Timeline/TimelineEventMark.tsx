import { type FocusEvent, type MouseEvent, memo, type Ref, useMemo } from 'react';
import { describeKind } from '../../i18n/describeKind.js';
import { formatEventDate } from '../../i18n/formatEventDate.js';
import type { Messages } from '../../i18n/messages.js';
import type { TimelineMark } from '../../layout/visibleMarks.js';
import type { Actor, CategoryColor, DatePrecision, TimelineEvent } from '../../model/event.js';

export interface TimelineEventMarkProps {
  readonly mark: TimelineMark;
  /** Top of the mark's lane: the mark is placed inside it. */
  readonly laneTop: number;
  readonly event: TimelineEvent;
  readonly title: string;
  readonly precision: DatePrecision;
  readonly isRange: boolean;
  readonly color: CategoryColor | undefined;
  readonly actors: readonly Actor[];
  readonly locale: string;
  readonly messages: Messages;
  readonly isSelected: boolean;
  readonly isTabStop: boolean;
  readonly onSelect: (id: string) => void;
  readonly onFocus: (id: string, event: FocusEvent<HTMLButtonElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLButtonElement>) => void;
  readonly onHover: (id: string | undefined, event?: MouseEvent<HTMLButtonElement>) => void;
  readonly ref?: Ref<HTMLButtonElement>;
}

/**
 * One event: a button named by its title and date, drawn as a marker, a faded band for an
 * approximate date, or a bar for a period. Kind and precision are `data-*` hooks for styling.
 * Memoised: hovering, focusing or selecting one mark re-renders only the marks it changes.
 */
export const TimelineEventMark = memo(function TimelineEventMark({
  mark,
  laneTop,
  event,
  title,
  precision,
  isRange,
  color,
  actors,
  locale,
  messages,
  isSelected,
  isTabStop,
  onSelect,
  onFocus,
  onBlur,
  onHover,
  ref,
}: TimelineEventMarkProps) {
  const { geometry } = mark;
  const band = geometry.band;
  const eventId = event.id;
  // A zoom step moves every mark but changes none of its words: they are kept across frames.
  const name = useMemo(() => `${title}, ${formatEventDate(event, locale)}`, [title, event, locale]);
  const description = useMemo(
    () => describeKind(event, actors, locale, messages),
    [event, actors, locale, messages],
  );
  return (
    <button
      ref={ref}
      type="button"
      className="frise-event"
      data-event-id={eventId}
      data-kind={event.kind}
      data-precision={precision}
      data-shape={isRange ? 'bar' : 'point'}
      data-color={color}
      data-importance={event.importance ?? 2}
      data-state={isSelected ? 'selected' : 'idle'}
      aria-pressed={isSelected}
      aria-label={name}
      aria-description={description}
      tabIndex={isTabStop ? 0 : -1}
      style={{ left: geometry.x0, top: mark.top - laneTop, width: geometry.x1 - geometry.x0 }}
      onClick={() => onSelect(eventId)}
      onFocus={(focus) => onFocus(eventId, focus)}
      onMouseEnter={(hover) => onHover(eventId, hover)}
      onMouseLeave={() => onHover(undefined)}
      onBlur={onBlur}
    >
      {band && (
        <span
          className="frise-event__band"
          style={{ left: band.x0 - geometry.x0, width: band.x1 - band.x0 }}
        />
      )}
      <span
        className="frise-event__marker"
        style={isRange ? undefined : { left: geometry.cx - geometry.x0 }}
      />
      {mark.isLabelShown && (
        <span className="frise-event__label" style={{ maxWidth: mark.labelWidth }}>
          {title}
        </span>
      )}
    </button>
  );
});
