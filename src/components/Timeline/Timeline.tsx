import { useState } from 'react';
import { useElementWidth } from '../../hooks/useElementWidth.js';
import { useIsServerMarkup } from '../../hooks/useIsServerMarkup.js';
import type { ViewRange } from '../../hooks/useViewRange.js';
import type { TimelineData } from '../../model/event.js';
import { withErrorBoundary } from '../ErrorBoundary/withErrorBoundary.js';
import { TimelineBody } from './TimelineBody.js';

export type { ViewRange };

export interface TimelineProps {
  /** The document to draw. It is validated: invalid events are listed in an inline notice and left out. */
  readonly data: TimelineData;
  /** A BCP 47 tag for dates and interface text (`en`, `fr`); defaults to the nearest `I18nProvider`, else English. */
  readonly locale?: string;
  /** Colour theme; `auto` follows the reader's system setting. @default 'auto' */
  readonly theme?: 'light' | 'dark' | 'auto';
  /** The selected event id (controlled); `null` for none. */
  readonly selectedId?: string | null;
  /** The event selected at first (uncontrolled). */
  readonly defaultSelectedId?: string | null;
  readonly onSelectedIdChange?: (id: string | null) => void;
  /** The visible range in UTC ms (controlled). */
  readonly viewRange?: ViewRange;
  /** The range visible at first (uncontrolled); defaults to the whole data range. */
  readonly defaultViewRange?: ViewRange;
  /** Called on every change of the visible range, including each frame of a gesture. */
  readonly onViewRangeChange?: (range: ViewRange) => void;
  /**
   * Zoom on a plain mouse wheel. Off by default: in an article a plain wheel scrolls the page
   * and ctrl/⌘ + wheel zooms. Turn it on only where the timeline is the whole page.
   * @default false
   */
  readonly isPlainWheelZoom?: boolean;
  /** Show the details card of the selected event below the timeline. @default true */
  readonly hasDetails?: boolean;
  /** Show the legend of colours, kinds and precision. @default true */
  readonly hasLegend?: boolean;
  /** Overrides the accessible name, which is the data's title by default. */
  readonly 'aria-label'?: string;
  readonly className?: string;
}

/** Width used on the server, and while hydrating its markup, before the first measure. */
export const DEFAULT_TIMELINE_WIDTH_PX = 800;

/**
 * A true-to-scale, zoomable timeline with one lane per category. The page keeps the plain
 * wheel and vertical swipe; ctrl/⌘ + wheel, pinch, the buttons and the `+`/`-`/`0` keys zoom.
 */
export const Timeline = withErrorBoundary(function TimelineView(props: TimelineProps) {
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);
  const measuredWidth = useElementWidth(viewport);
  const isServerMarkup = useIsServerMarkup();
  if (measuredWidth === undefined && !isServerMarkup) {
    // In the browser the first render only places an empty drawing area to measure: its
    // width is read before the first paint, and the timeline is laid out once, at that width,
    // instead of at a guess and then again.
    return (
      <div className={['frise', 'frise-timeline', props.className].filter(Boolean).join(' ')}>
        <div className="frise-timeline__viewport" ref={setViewport} />
      </div>
    );
  }
  return (
    <TimelineBody
      props={props}
      width={measuredWidth ?? DEFAULT_TIMELINE_WIDTH_PX}
      attachViewport={setViewport}
    />
  );
}, 'Timeline');
