import { type MouseEvent, useId, useMemo, useRef } from 'react';
import { useControllableState } from '../../hooks/useControllableState.js';
import { useI18n } from '../../hooks/useI18n.js';
import type { ViewRange } from '../../hooks/useViewRange.js';
import { formatViewRange } from '../../i18n/formatViewRange.js';
import { centreWindowAt, clampWindow, type TimeRange } from '../../layout/overviewWindow.js';
import { getTimelineModel } from '../../layout/timelineModel.js';
import type { TimelineData } from '../../model/event.js';
import { parseTimelineOnce } from '../../model/parseTimelineOnce.js';
import { withErrorBoundary } from '../ErrorBoundary/withErrorBoundary.js';
import { OverviewStrip } from './OverviewStrip.js';
import { OverviewWindow } from './OverviewWindow.js';
import { useWindowDrag } from './useWindowDrag.js';

export interface TimelineOverviewProps {
  /** The document, the same as the timeline's: the overview spans its whole time domain. */
  readonly data: TimelineData;
  /** The window, i.e. the timeline's visible range, in UTC ms (controlled). */
  readonly viewRange?: ViewRange;
  /** The window at first (uncontrolled); defaults to the whole data range. */
  readonly defaultViewRange?: ViewRange;
  /** Called on every change of the window, including each step of a drag. */
  readonly onViewRangeChange?: (range: ViewRange) => void;
  /** A BCP 47 tag for the window's value text; defaults to the nearest `I18nProvider`, else English. */
  readonly locale?: string;
  /** Height of the strip in px. @default 40 */
  readonly height?: number;
  readonly className?: string;
  /** Overrides the window's accessible name, "Visible period" by default. */
  readonly 'aria-label'?: string;
}

/** Default height of the strip, in px. */
export const DEFAULT_OVERVIEW_HEIGHT_PX = 40;

const roundRange = (range: TimeRange): ViewRange => [Math.round(range[0]), Math.round(range[1])];

/**
 * A minimap of the whole data range, one tick per event in a thin row per category, with a
 * window showing the timeline's visible range. Dragging the window pans, dragging its edges
 * zooms, a click elsewhere on the strip centres the window there, and the window is a slider
 * for the keyboard. Give it the timeline's `viewRange` and `onViewRangeChange` so both follow
 * the same state:
 *
 * ```tsx
 * const [viewRange, setViewRange] = useState<ViewRange>();
 * <Timeline data={data} viewRange={viewRange} onViewRangeChange={setViewRange} />
 * <TimelineOverview data={data} viewRange={viewRange} onViewRangeChange={setViewRange} />
 * ```
 */
export const TimelineOverview = withErrorBoundary(function TimelineOverviewView(
  props: TimelineOverviewProps,
) {
  const { locale, messages } = useI18n(props.locale);
  const data = useMemo(() => parseTimelineOnce(props.data).data, [props.data]);
  const model = useMemo(() => getTimelineModel(data), [data]);
  const { domain } = model;
  const [range, setRange] = useControllableState<ViewRange>({
    value: props.viewRange,
    defaultValue: props.defaultViewRange ?? domain,
    onChange: props.onViewRangeChange,
  });
  // The timeline's range can be a hair outside the domain or narrower than a week (rounding,
  // a parent's own value): the window shows it as the timeline shows it, clamped.
  const windowRange = useMemo(() => clampWindow(range, domain), [range, domain]);
  const stripRef = useRef<HTMLDivElement>(null);
  const windowRef = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const change = (next: TimeRange) => setRange(roundRange(next));
  const drag = useWindowDrag({ stripRef, range: windowRange, domain, onChange: change });
  const height = props.height ?? DEFAULT_OVERVIEW_HEIGHT_PX;

  const onStripClick = (event: MouseEvent<HTMLDivElement>) => {
    const strip = stripRef.current;
    const target = event.target as Node;
    if (!strip || windowRef.current?.contains(target)) return;
    const rect = strip.getBoundingClientRect();
    if (rect.width <= 0) return;
    const ms = domain[0] + ((event.clientX - rect.left) / rect.width) * (domain[1] - domain[0]);
    change(centreWindowAt(windowRange, domain, ms));
    // The keys take over from where the pointer left the window.
    windowRef.current?.focus({ preventScroll: true });
  };

  return (
    <div
      className={['frise', 'frise-overview', props.className].filter(Boolean).join(' ')}
      lang={locale}
    >
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the window is a slider; its keys do what a click on the strip does. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: same reason; the strip itself is a picture. */}
      <div
        ref={stripRef}
        className="frise-overview__strip"
        style={{ height }}
        onClick={onStripClick}
      >
        <OverviewStrip model={model} categories={data.categories} height={height} />
        <OverviewWindow
          ref={windowRef}
          range={windowRange}
          domain={domain}
          label={props['aria-label'] ?? messages.overviewWindow}
          valueText={formatViewRange(windowRange, locale)}
          helpId={helpId}
          drag={drag}
          onChange={change}
        />
      </div>
      <p id={helpId} hidden>
        {messages.overviewHelp}
      </p>
    </div>
  );
}, 'TimelineOverview');
