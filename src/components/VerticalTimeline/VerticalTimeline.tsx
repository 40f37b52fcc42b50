import { useCallback, useId, useMemo, useRef } from 'react';
import { useControllableState } from '../../hooks/useControllableState.js';
import { useI18n } from '../../hooks/useI18n.js';
import type { TimelineData } from '../../model/event.js';
import { groupEventsByMonth } from '../../model/groupEventsByMonth.js';
import { resolveText } from '../../model/localizedText.js';
import { parseTimelineOnce } from '../../model/parseTimelineOnce.js';
import { withErrorBoundary } from '../ErrorBoundary/withErrorBoundary.js';
import { DataProblems } from '../Timeline/DataProblems.js';
import { TimelineLegend } from '../Timeline/TimelineLegend.js';
import { useVerticalNavigation } from './useVerticalNavigation.js';
import { VerticalYearGroup } from './VerticalYearGroup.js';

export interface VerticalTimelineProps {
  /** The document to list. It is validated: invalid events are listed in an inline notice and left out. */
  readonly data: TimelineData;
  /** A BCP 47 tag for dates and interface text (`en`, `fr`); defaults to the nearest `I18nProvider`, else English. */
  readonly locale?: string;
  /** Colour theme; `auto` follows the reader's system setting. @default 'auto' */
  readonly theme?: 'light' | 'dark' | 'auto';
  /** The open event's id (controlled); `null` for none. Only one event is open at a time. */
  readonly selectedId?: string | null;
  /** The event open at first (uncontrolled). */
  readonly defaultSelectedId?: string | null;
  /** Called when the reader opens an event (its id) or closes it (`null`). */
  readonly onSelectedIdChange?: (id: string | null) => void;
  /** Show the legend of colours and kinds above the list. @default true */
  readonly hasLegend?: boolean;
  /** Overrides the accessible name, which is the data's title by default. */
  readonly 'aria-label'?: string;
  readonly className?: string;
}

/**
 * The events as a vertical list in time order, grouped by year and month: the layout for
 * narrow containers, and the view that screen readers and pages without JavaScript read
 * best. Each event is a native disclosure (`<details>`): its summary gives the date, the
 * title and whether it is a fact or whose claim; opening it shows the summary and the
 * sources. Everything is in the server-rendered HTML, so it is readable without scripts.
 *
 * Keyboard: Tab or ↑/↓ move between events, Home/End go to the ends, Enter or Space opens
 * and closes one, Escape closes it from inside.
 */
export const VerticalTimeline = withErrorBoundary(function VerticalTimelineView(
  props: VerticalTimelineProps,
) {
  const { locale, messages, t } = useI18n(props.locale);
  const { data, problems } = useMemo(() => parseTimelineOnce(props.data), [props.data]);
  const groups = useMemo(() => groupEventsByMonth(data.events), [data.events]);
  const categoryById = useMemo(
    () => new Map(data.categories.map((category) => [category.id, category])),
    [data.categories],
  );
  const [selectedId, setSelectedId] = useControllableState<string | null>({
    value: props.selectedId,
    defaultValue: props.defaultSelectedId ?? null,
    onChange: props.onSelectedIdChange,
  });
  const onOpenChange = useCallback(
    (id: string, isOpen: boolean) => {
      if (isOpen) setSelectedId(id);
      else if (selectedId === id) setSelectedId(null);
    },
    [selectedId, setSelectedId],
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const onKeyDown = useVerticalNavigation({ rootRef, selectedId, setSelectedId });
  const helpId = useId();

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys bubble up from the summaries inside; the wrapper only delegates.
    <div
      ref={rootRef}
      className={['frise', 'frise-vertical', props.className].filter(Boolean).join(' ')}
      data-theme={props.theme === 'auto' ? undefined : props.theme}
      lang={locale}
      onKeyDown={onKeyDown}
    >
      {props.hasLegend !== false && (
        <TimelineLegend categories={data.categories} locale={locale} messages={messages} />
      )}
      {problems.length > 0 && <DataProblems problems={problems} messages={messages} />}
      <section
        className="frise-vertical__list"
        aria-label={props['aria-label'] ?? resolveText(data.title, locale)}
        aria-describedby={helpId}
      >
        {groups.length === 0 ? (
          <p className="frise-vertical__empty">{messages.emptyState}</p>
        ) : (
          <ol className="frise-vertical__years">
            {groups.map((group) => (
              <VerticalYearGroup
                key={group.year}
                group={group}
                categoryById={categoryById}
                actors={data.actors}
                locale={locale}
                messages={messages}
                selectedId={selectedId}
                onOpenChange={onOpenChange}
              />
            ))}
          </ol>
        )}
      </section>
      <p id={helpId} hidden>
        {t('verticalHelp')}
      </p>
    </div>
  );
}, 'VerticalTimeline');
