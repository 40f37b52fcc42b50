import { type KeyboardEvent, memo, useCallback, useId, useMemo, useRef } from 'react';
import { useI18n } from '../../hooks/useI18n.js';
import { useSettledAnnouncement } from '../../hooks/useSettledAnnouncement.js';
import { useTransientFlag } from '../../hooks/useTransientFlag.js';
import { useViewRange } from '../../hooks/useViewRange.js';
import { useZoomGestures } from '../../hooks/useZoomGestures.js';
import { formatMessage } from '../../i18n/messages.js';
import { scaleTransformBy, translateTransformBy } from '../../layout/viewTransform.js';
import type { ClusterMark } from '../../layout/visibleMarks.js';
import { resolveText } from '../../model/localizedText.js';
import { parseTimelineOnce } from '../../model/parseTimelineOnce.js';
import { LiveRegion } from '../a11y/LiveRegion.js';
import { EventDetails } from '../EventDetails/EventDetails.js';
import { DataProblems } from './DataProblems.js';
import type { TimelineProps } from './Timeline.js';
import { TimelineLegend } from './TimelineLegend.js';
import { TimelineViewport } from './TimelineViewport.js';
import { useTimelineMarks } from './useTimelineMarks.js';
import { useTimelineSelection } from './useTimelineSelection.js';
import { useTimelineView } from './useTimelineView.js';
import { ZoomControls } from './ZoomControls.js';

const DAY_MS = 86_400_000;

export interface TimelineBodyProps {
  readonly props: TimelineProps;
  readonly width: number;
  readonly attachViewport: (element: HTMLDivElement | null) => void;
}

/**
 * The timeline drawn at a known width. `attachViewport` receives the drawing area's element,
 * which the caller measures. Memoised: the caller re-renders when that element is attached,
 * which changes nothing here.
 */
export const TimelineBody = memo(function TimelineBody({
  props,
  width,
  attachViewport,
}: TimelineBodyProps) {
  const { locale, messages, t } = useI18n(props.locale);
  const { data, problems } = useMemo(() => parseTimelineOnce(props.data), [props.data]);
  const viewportRef = useRef<HTMLDivElement>(null);
  const setViewport = useCallback(
    (element: HTMLDivElement | null) => {
      viewportRef.current = element;
      attachViewport(element);
    },
    [attachViewport],
  );
  const timelineView = useTimelineView(data, width);
  const { model, baseScale, bounds, laneLayout } = timelineView;
  const view = useViewRange({
    baseScale,
    bounds,
    viewRange: props.viewRange,
    defaultViewRange: props.defaultViewRange,
    onViewRangeChange: props.onViewRangeChange,
  });
  const pinned = useRef<readonly number[]>([]);
  const { marks, titleOf, navItems } = useTimelineMarks(
    timelineView,
    view.scale,
    width,
    locale,
    pinned.current,
  );
  const selection = useTimelineSelection({
    model,
    navItems,
    selectedId: props.selectedId,
    defaultSelectedId: props.defaultSelectedId ?? null,
    onSelectedIdChange: props.onSelectedIdChange,
  });
  // The tab stop and the selection stay rendered off-screen; known after selection runs, so
  // they apply from the next render, which every focus or selection change triggers.
  pinned.current = [selection.tabStopIndex, selection.selectedIndex];
  const [isHintShown, showHint] = useTransientFlag(1500);
  const announcement = useSettledAnnouncement(view.range, locale, messages.showingRange);
  const helpId = useId();

  const zoomAt = useCallback(
    (factor: number, anchorPx: number, animate = false) =>
      view.updateTransform(
        (current) => {
          // Clamped here, around the anchor: clamping k afterwards would keep the centre fixed
          // and drift the view towards the pointer at the zoom limits.
          const clamped = Math.min(
            bounds.maxK / current.k,
            Math.max(bounds.minK / current.k, factor),
          );
          return scaleTransformBy(current, clamped, anchorPx);
        },
        { animate },
      ),
    [view.updateTransform, bounds],
  );
  const panBy = useCallback(
    (dx: number) => view.updateTransform((current) => translateTransformBy(current, dx)),
    [view.updateTransform],
  );
  const showAll = useCallback(
    () => view.showRange(model.domain, { animate: true }),
    [view.showRange, model.domain],
  );
  const zoomToCluster = useCallback(
    (cluster: ClusterMark) => {
      const pad = Math.max((cluster.endMs - cluster.startMs) * 0.1, DAY_MS);
      view.showRange([cluster.startMs - pad, cluster.endMs + pad], { animate: true });
    },
    [view.showRange],
  );
  useZoomGestures(viewportRef, {
    zoomAt,
    panBy,
    onPageWheel: showHint,
    isPlainWheelZoom: props.isPlainWheelZoom ?? false,
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const handled = selection.handleKey(event, {
      zoomIn: () => zoomAt(2, width / 2, true),
      zoomOut: () => zoomAt(0.5, width / 2, true),
      showAll,
      revealX: (x: number) => {
        if (x < 0 || x > width) panBy(width / 2 - x);
      },
      scale: view.scale,
    });
    if (handled) event.preventDefault();
  };

  const title = resolveText(data.title, locale);
  const selectedEvent =
    selection.selectedIndex >= 0 ? model.events[selection.selectedIndex] : undefined;
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys bubble up from the focusable events and buttons inside; the wrapper only delegates.
    <div
      className={['frise', 'frise-timeline', props.className].filter(Boolean).join(' ')}
      data-theme={props.theme === 'auto' ? undefined : props.theme}
      lang={locale}
      onKeyDown={onKeyDown}
    >
      <div className="frise-timeline__toolbar">
        <ZoomControls
          messages={messages}
          onZoomIn={() => zoomAt(2, width / 2, true)}
          onZoomOut={() => zoomAt(0.5, width / 2, true)}
          onShowAll={showAll}
          canZoomIn={view.transform.k < bounds.maxK - 1e-9}
          canZoomOut={view.transform.k > bounds.minK + 1e-9}
        />
        {props.hasLegend !== false && (
          <TimelineLegend categories={data.categories} locale={locale} messages={messages} />
        )}
      </div>
      {problems.length > 0 && <DataProblems problems={problems} messages={messages} />}
      <TimelineViewport
        ref={setViewport}
        label={props['aria-label'] ?? title}
        helpId={helpId}
        width={width}
        model={model}
        data={data}
        laneLayout={laneLayout}
        scale={view.scale}
        locale={locale}
        messages={messages}
        selection={selection}
        marks={marks}
        titleOf={titleOf}
        onActivateCluster={zoomToCluster}
        wheelHint={
          isHintShown
            ? formatMessage(messages.wheelHint, {
                modifier: isMac ? messages.wheelHintModifierMac : messages.wheelHintModifier,
              })
            : undefined
        }
      />
      <p id={helpId} hidden>
        {t('timelineHelp')}
      </p>
      <LiveRegion message={announcement} />
      {props.hasDetails !== false && selectedEvent && (
        <EventDetails
          event={selectedEvent}
          actors={data.actors}
          locale={locale}
          onClose={selection.closeDetails}
        />
      )}
    </div>
  );
});
