import { useId, useRef } from 'react';
import {
  DEFAULT_BREAKPOINT_PX,
  useContainerBreakpoint,
} from '../../hooks/useContainerBreakpoint.js';
import { useI18n } from '../../hooks/useI18n.js';
import type { TimelineData } from '../../model/event.js';
import { resolveText } from '../../model/localizedText.js';
import type { TimelineStory as TimelineStoryData } from '../../model/story.js';
import { withErrorBoundary } from '../ErrorBoundary/withErrorBoundary.js';
import { Timeline } from '../Timeline/Timeline.js';
import { TimelineFilters } from '../TimelineFilters/TimelineFilters.js';
import { TimelineOverview } from '../TimelineOverview/TimelineOverview.js';
import { TimelineStory } from '../TimelineStory/TimelineStory.js';
import { VerticalTimeline } from '../VerticalTimeline/VerticalTimeline.js';
import { useNewsTimelineState } from './useNewsTimelineState.js';

export interface NewsTimelineProps {
  /** The document to tell; validated like `<Timeline>`'s. */
  readonly data: TimelineData;
  /** A guided story through the events; shown above the timeline when given. */
  readonly story?: TimelineStoryData;
  /** A BCP 47 tag; defaults to the nearest `I18nProvider`, else English. */
  readonly locale?: string;
  /** Colour theme; `auto` follows the reader's system. @default 'auto' */
  readonly theme?: 'light' | 'dark' | 'auto';
  /** The event selected at first (a deep link in the URL wins over it). */
  readonly defaultSelectedId?: string | null;
  /** Show the title and description. @default true */
  readonly hasHeader?: boolean;
  /** Show the category, actor and text filters. @default true */
  readonly hasFilters?: boolean;
  /** Show the overview strip under the timeline (wide layout only). @default true */
  readonly hasOverview?: boolean;
  /** Show the story, when one is given. @default true */
  readonly hasStory?: boolean;
  /**
   * Keep the selected event in the URL fragment under this key (`#frise=<id>` for `frise`),
   * so readers can share a link to it; `false` keeps it in memory only. Give each NewsTimeline
   * on a page its own key. @default false
   */
  readonly deepLinkKey?: string | false;
  /** The container width below which events are listed vertically. @default 640 */
  readonly breakpointPx?: number;
  /**
   * What the server renders, before the container can be measured: `list`, the vertical list
   * that readers without JavaScript and search engines can read, or `timeline`. In the
   * browser the layout then follows the container's width. @default 'list'
   */
  readonly serverLayout?: 'list' | 'timeline';
  /** Level of the title heading. @default 2 */
  readonly headingLevel?: 2 | 3 | 4;
  readonly className?: string;
}

/**
 * The ready-made block for an article: title and description, the guided story, filters, the
 * zoomable timeline with its overview strip (or, in a narrow container, the vertical list),
 * and the details of the selected event. Every part shares one state; each can be turned off.
 */
export const NewsTimeline = withErrorBoundary(function NewsTimelineView({
  data,
  story,
  locale: localeProp,
  theme,
  defaultSelectedId = null,
  hasHeader = true,
  hasFilters = true,
  hasOverview = true,
  hasStory = true,
  deepLinkKey = false,
  breakpointPx = DEFAULT_BREAKPOINT_PX,
  serverLayout = 'list',
  headingLevel = 2,
  className,
}: NewsTimelineProps) {
  const { locale, messages, t } = useI18n(localeProp);
  const state = useNewsTimelineState(data, story, locale, deepLinkKey, defaultSelectedId);
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useContainerBreakpoint(
    containerRef,
    breakpointPx,
    serverLayout === 'list' ? 'narrow' : 'wide',
  );
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const themeProps = theme === undefined ? {} : { theme };
  const title = resolveText(data.title, locale);
  const description = resolveText(data.description, locale);

  return (
    <section
      ref={containerRef}
      className={['frise', 'frise-news', className].filter(Boolean).join(' ')}
      data-theme={theme === 'auto' ? undefined : theme}
      data-size={size}
      lang={locale}
      aria-labelledby={hasHeader ? titleId : undefined}
      aria-label={hasHeader ? undefined : title}
    >
      {hasHeader && (
        <header className="frise-news__header">
          <Heading id={titleId} className="frise-news__title">
            {title}
          </Heading>
          {description && <p className="frise-news__description">{description}</p>}
        </header>
      )}
      {story && hasStory && (
        <TimelineStory
          story={story}
          data={data}
          locale={locale}
          headingLevel={Math.min(6, headingLevel + 1) as 3 | 4 | 5}
          activeStep={state.activeStep}
          onActiveStepChange={state.setActiveStep}
          onStepEvent={state.showStepEvent}
          isExploring={state.isExploring}
          onExploringChange={state.setExploring}
        />
      )}
      {hasFilters && (
        <TimelineFilters
          data={data}
          locale={locale}
          filters={state.filters}
          onFiltersChange={state.setFilters}
          // Named after the block, so that two blocks on a page have distinct search landmarks.
          aria-label={t('newsFilters', { title })}
          {...themeProps}
        />
      )}
      {size === 'narrow' ? (
        <VerticalTimeline
          data={state.filteredData}
          locale={locale}
          selectedId={state.selectedId}
          onSelectedIdChange={state.select}
          // The block is already a region named by the title; landmarks need distinct names.
          aria-label={hasHeader ? messages.newsEventList : title}
          {...themeProps}
        />
      ) : (
        <>
          <Timeline
            data={state.filteredData}
            locale={locale}
            selectedId={state.selectedId}
            onSelectedIdChange={state.select}
            viewRange={state.viewRange}
            onViewRangeChange={state.setViewRange}
            {...themeProps}
          />
          {hasOverview && (
            <TimelineOverview
              data={state.filteredData}
              locale={locale}
              viewRange={state.viewRange}
              onViewRangeChange={state.setViewRange}
            />
          )}
        </>
      )}
    </section>
  );
}, 'NewsTimeline');
