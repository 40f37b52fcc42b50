import type { FocusEvent, MouseEvent, Ref } from 'react';
import type { TimelineMark } from '../../layout/visibleMarks.js';
import type { CategoryColor, DatePrecision, EventKind } from '../../model/event.js';

export interface TimelineEventMarkProps {
  readonly mark: TimelineMark;
  readonly eventId: string;
  readonly title: string;
  readonly dateLabel: string;
  readonly kindLabel: string;
  readonly kind: EventKind;
  readonly precision: DatePrecision;
  readonly color: CategoryColor | undefined;
  readonly isRange: boolean;
  readonly importance: 1 | 2 | 3;
  readonly isSelected: boolean;
  readonly isTabStop: boolean;
  readonly onSelect: (id: string) => void;
  readonly onFocus: (id: string, event: FocusEvent<HTMLButtonElement>) => void;
  readonly onHover: (id: string | undefined, event?: MouseEvent<HTMLButtonElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLButtonElement>) => void;
  readonly ref?: Ref<HTMLButtonElement>;
}

/**
 * One event: a button named by its title and date, drawn as a marker, a faded band for an
 * approximate date, or a bar for a period. Kind and precision are `data-*` hooks for styling.
 */
export function TimelineEventMark({
  mark,
  eventId,
  title,
  dateLabel,
  kindLabel,
  kind,
  precision,
  color,
  isRange,
  importance,
  isSelected,
  isTabStop,
  onSelect,
  onFocus,
  onHover,
  onBlur,
  ref,
}: TimelineEventMarkProps) {
  const { geometry } = mark;
  const band = geometry.band;
  return (
    <button
      ref={ref}
      type="button"
      className="frise-event"
      data-event-id={eventId}
      data-kind={kind}
      data-precision={precision}
      data-shape={isRange ? 'bar' : 'point'}
      data-color={color}
      data-importance={importance}
      data-state={isSelected ? 'selected' : 'idle'}
      aria-pressed={isSelected}
      aria-label={`${title}, ${dateLabel}`}
      aria-description={kindLabel}
      tabIndex={isTabStop ? 0 : -1}
      style={{ left: geometry.x0, top: mark.top, width: geometry.x1 - geometry.x0 }}
      onClick={() => onSelect(eventId)}
      onFocus={(event) => onFocus(eventId, event)}
      onMouseEnter={(event) => onHover(eventId, event)}
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
}
