import { useId, useMemo } from 'react';
import { useControllableState } from '../../hooks/useControllableState.js';
import { useI18n } from '../../hooks/useI18n.js';
import { formatMessage } from '../../i18n/messages.js';
import type { TimelineData } from '../../model/event.js';
import {
  countEventsBy,
  type TimelineFilters as Filters,
  filterEvents,
} from '../../model/filterEvents.js';
import { resolveText } from '../../model/localizedText.js';
import { parseTimelineOnce } from '../../model/parseTimelineOnce.js';
import {
  isActorSelected,
  isCategoryShown,
  setFilterQuery,
  toggleActorFilter,
  toggleCategoryFilter,
} from '../../model/updateFilters.js';
import { withErrorBoundary } from '../ErrorBoundary/withErrorBoundary.js';
import { ActorFilterGroup, type RankedActor } from './ActorFilterGroup.js';
import { FilterToggle } from './FilterToggle.js';

/**
 * What the reader has chosen to see (the model's `TimelineFilters`), exported here too so
 * that the component and the type of its value share one name.
 */
export type TimelineFilters = Filters;

/** The plural category of a count, in English when the tag is malformed. */
function selectPlural(locale: string, count: number): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(locale).select(count);
  } catch {
    return new Intl.PluralRules('en').select(count);
  }
}

export interface TimelineFiltersProps {
  /** The document whose events are filtered; counts and names come from it. */
  readonly data: TimelineData;
  /** The filters (controlled). Pass the same value to `filterTimelineData` to draw the result. */
  readonly filters?: TimelineFilters;
  /** The filters at first (uncontrolled). @default {} */
  readonly defaultFilters?: TimelineFilters;
  /** Called with the new filters on every change, including each keystroke in the search box. */
  readonly onFiltersChange?: (filters: TimelineFilters) => void;
  /** A BCP 47 tag for names, search and interface text; defaults to the nearest `I18nProvider`, else English. */
  readonly locale?: string;
  /** Colour theme; `auto` follows the reader's system setting. @default 'auto' */
  readonly theme?: 'light' | 'dark' | 'auto';
  /** Show the "Who" toggles, one per actor that appears in events. @default true */
  readonly hasActorFilters?: boolean;
  readonly className?: string;
  /**
   * Overrides the accessible name of the search landmark, "Filter events" by default. Landmarks
   * of one kind need distinct names: give each set of filters on a page its own.
   */
  readonly 'aria-label'?: string;
}

/**
 * Controls that narrow a timeline: a search over titles and summaries (in the reader's
 * language, ignoring case and accents), a toggle per category (all shown at first; pressed
 * means shown), a toggle per actor (none at first; pressed narrows to their events), a reset,
 * and a polite status, "12 of 46 events shown". It draws no events: pass its filters to
 * `filterTimelineData` and the result to `<Timeline>` or `<VerticalTimeline>`.
 *
 * @example
 * const [filters, setFilters] = useState<TimelineFilters>({});
 * <TimelineFilters data={data} filters={filters} onFiltersChange={setFilters} />
 * <Timeline data={filterTimelineData(data, filters, 'en')} />
 */
export const TimelineFilters = withErrorBoundary(function TimelineFiltersView(
  props: TimelineFiltersProps,
) {
  const { locale, messages } = useI18n(props.locale);
  const { data } = useMemo(() => parseTimelineOnce(props.data), [props.data]);
  const [filters, setFilters] = useControllableState<Filters>({
    value: props.filters,
    defaultValue: props.defaultFilters ?? {},
    onChange: props.onFiltersChange,
  });
  const counts = useMemo(() => countEventsBy(data.events), [data.events]);
  const categoryIds = useMemo(() => data.categories.map(({ id }) => id), [data.categories]);
  const rankedActors = useMemo(
    (): RankedActor[] =>
      data.actors
        .map((actor) => ({ actor, count: counts.actors.get(actor.id) ?? 0 }))
        .filter(({ count }) => count > 0)
        // Stable, so actors with as many events keep the document's order.
        .sort((a, b) => b.count - a.count),
    [data.actors, counts],
  );
  const shownCount = useMemo(
    () => filterEvents(data.events, filters, locale).length,
    [data.events, filters, locale],
  );
  const searchId = useId();
  const total = data.events.length;
  const status = formatMessage(
    selectPlural(locale, shownCount) === 'one' ? messages.filterStatusOne : messages.filterStatus,
    {
      shown: shownCount,
      total,
    },
  );

  return (
    <search
      // biome-ignore lint/a11y/noRedundantRoles: browsers and tools that predate the <search> element still get the landmark.
      role="search"
      className={['frise', 'frise-filters', props.className].filter(Boolean).join(' ')}
      data-theme={props.theme === 'auto' ? undefined : props.theme}
      lang={locale}
      aria-label={props['aria-label'] ?? messages.filters}
    >
      <div className="frise-filters__search">
        <label className="frise-filters__label" htmlFor={searchId}>
          {messages.filterSearch}
        </label>
        <input
          id={searchId}
          type="search"
          className="frise-filters__input"
          value={filters.query ?? ''}
          onChange={(event) => setFilters(setFilterQuery(filters, event.currentTarget.value))}
        />
      </div>
      <fieldset className="frise-filters__group">
        <legend className="frise-filters__legend">{messages.filterCategories}</legend>
        <div className="frise-filters__toggles">
          {data.categories.map((category) => (
            <FilterToggle
              key={category.id}
              label={resolveText(category.label, locale)}
              countLabel={formatMessage(messages.filterCount, {
                count: counts.categories.get(category.id) ?? 0,
              })}
              color={category.color}
              isPressed={isCategoryShown(filters, category.id)}
              onToggle={() => setFilters(toggleCategoryFilter(filters, category.id, categoryIds))}
            />
          ))}
        </div>
      </fieldset>
      {props.hasActorFilters !== false && rankedActors.length > 0 && (
        <ActorFilterGroup
          ranked={rankedActors}
          isSelected={(id) => isActorSelected(filters, id)}
          onToggle={(id) => setFilters(toggleActorFilter(filters, id))}
          locale={locale}
          messages={messages}
        />
      )}
      <div className="frise-filters__footer">
        <p className="frise-filters__status" role="status">
          {status}
        </p>
        <button type="button" className="frise-button" onClick={() => setFilters({})}>
          {messages.filterReset}
        </button>
      </div>
    </search>
  );
}, 'TimelineFilters');
