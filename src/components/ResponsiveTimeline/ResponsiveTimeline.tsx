import { useRef } from 'react';
import {
  DEFAULT_BREAKPOINT_PX,
  useContainerBreakpoint,
} from '../../hooks/useContainerBreakpoint.js';
import { useControllableState } from '../../hooks/useControllableState.js';
import { withErrorBoundary } from '../ErrorBoundary/withErrorBoundary.js';
import { Timeline, type TimelineProps } from '../Timeline/Timeline.js';
import { VerticalTimeline } from '../VerticalTimeline/VerticalTimeline.js';

export interface ResponsiveTimelineProps extends TimelineProps {
  /**
   * The container width, in CSS pixels, below which the events are listed vertically.
   * @default 640
   */
  readonly breakpointPx?: number;
}

/**
 * `<Timeline>` in a wide container and `<VerticalTimeline>` in a narrow one, chosen by the
 * container's width (not the viewport's) and switched as it resizes. Both get the same data,
 * locale, theme, legend and name, and share one selection, so the open event stays open
 * across a switch; the props that only the drawn timeline has (view range, wheel zoom,
 * details) go to it alone.
 *
 * On the server and until the first measure the container counts as wide, so the HTML holds
 * the drawn `<Timeline>`; the browser switches to the list before its first paint when the
 * container is narrow. Render `<VerticalTimeline>` directly where the page must read
 * without JavaScript.
 */
export const ResponsiveTimeline = withErrorBoundary(function ResponsiveTimelineView({
  breakpointPx = DEFAULT_BREAKPOINT_PX,
  selectedId: selectedIdProp,
  defaultSelectedId,
  onSelectedIdChange,
  ...props
}: ResponsiveTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const size = useContainerBreakpoint(containerRef, breakpointPx);
  const [selectedId, setSelectedId] = useControllableState<string | null>({
    value: selectedIdProp,
    defaultValue: defaultSelectedId ?? null,
    onChange: onSelectedIdChange,
  });
  const { data, locale, theme, hasLegend, className } = props;
  const shared = {
    data,
    selectedId,
    onSelectedIdChange: setSelectedId,
    ...(locale === undefined ? {} : { locale }),
    ...(theme === undefined ? {} : { theme }),
    ...(hasLegend === undefined ? {} : { hasLegend }),
    ...(className === undefined ? {} : { className }),
    ...(props['aria-label'] === undefined ? {} : { 'aria-label': props['aria-label'] }),
  };
  return (
    <div ref={containerRef} className="frise-responsive" data-size={size}>
      {size === 'narrow' ? <VerticalTimeline {...shared} /> : <Timeline {...props} {...shared} />}
    </div>
  );
}, 'ResponsiveTimeline');
