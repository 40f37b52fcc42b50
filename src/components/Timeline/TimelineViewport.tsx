import { type FocusEvent, type Ref, useCallback, useMemo, useState } from 'react';
import { formatEventDate } from '../../i18n/formatEventDate.js';
import { formatTickLabel } from '../../i18n/formatTickLabel.js';
import type { Messages } from '../../i18n/messages.js';
import type { LaneLayout } from '../../layout/laneLayout.js';
import { computeAxisTicks } from '../../layout/ticks.js';
import type { TimelineModel } from '../../layout/timelineModel.js';
import type { TimeScale } from '../../layout/timeScale.js';
import type { ClusterMark, VisibleMarks } from '../../layout/visibleMarks.js';
import type { TimelineData } from '../../model/event.js';
import { resolveText } from '../../model/localizedText.js';
import { TimelineAxis } from './TimelineAxis.js';
import { TimelineClusterMark } from './TimelineClusterMark.js';
import { TimelineEventMark } from './TimelineEventMark.js';
import type { TimelineSelection } from './useTimelineSelection.js';

/** Height of the axis band above the lanes. */
export const AXIS_HEIGHT_PX = 32;

export interface TimelineViewportProps {
  readonly ref: Ref<HTMLDivElement>;
  readonly label: string;
  readonly helpId: string;
  readonly width: number;
  readonly model: TimelineModel;
  readonly data: TimelineData;
  readonly laneLayout: LaneLayout;
  readonly scale: TimeScale;
  readonly locale: string;
  readonly messages: Messages;
  readonly selection: TimelineSelection;
  readonly marks: VisibleMarks;
  readonly titleOf: (index: number) => string;
  readonly onActivateCluster: (cluster: ClusterMark) => void;
  /** The "use ctrl + scroll to zoom" reminder, while it shows. */
  readonly wheelHint: string | undefined;
}

/** The drawing area: axis, lanes and the events in view, with a tooltip and the wheel hint. */
export function TimelineViewport({
  ref,
  label,
  helpId,
  width,
  model,
  data,
  laneLayout,
  scale,
  locale,
  messages,
  selection,
  marks: visible,
  titleOf,
  onActivateCluster,
  wheelHint,
}: TimelineViewportProps) {
  const [tooltipId, setTooltipId] = useState<string | undefined>(undefined);
  const height = AXIS_HEIGHT_PX + laneLayout.height;
  const ticks = useMemo(
    () => computeAxisTicks(scale, { format: (ms, level) => formatTickLabel(ms, level, locale) }),
    [scale, locale],
  );
  const colorOf = useMemo(
    () => new Map(data.categories.map((category) => [category.id, category.color])),
    [data.categories],
  );
  const marks = visible.events;
  // Stable, so that the memoised marks re-render only when what they draw changes.
  const { noteFocus, noteBlur } = selection;
  const onEventFocus = useCallback(
    (id: string, focus: FocusEvent<HTMLButtonElement>) => {
      noteFocus(id, focus.currentTarget);
      setTooltipId(id);
    },
    [noteFocus],
  );
  const onEventBlur = useCallback(
    (focus: FocusEvent<HTMLButtonElement>) => {
      noteBlur(focus.currentTarget);
      setTooltipId(undefined);
    },
    [noteBlur],
  );
  const onClusterFocus = useCallback(
    (id: string, focus: FocusEvent<HTMLButtonElement>) => noteFocus(id, focus.currentTarget),
    [noteFocus],
  );
  const onClusterBlur = useCallback(
    (focus: FocusEvent<HTMLButtonElement>) => noteBlur(focus.currentTarget),
    [noteBlur],
  );
  const tooltipMark = marks.find((mark) => model.events[mark.index]?.id === tooltipId);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a drawing of buttons, not a form, so not a fieldset.
    <div
      ref={ref}
      className="frise-timeline__viewport"
      role="group"
      aria-label={label}
      aria-describedby={helpId}
      style={{ height }}
    >
      <TimelineAxis ticks={ticks} width={width} height={height} axisHeightPx={AXIS_HEIGHT_PX} />
      {laneLayout.lanes.map((lane, laneIndex) => {
        const category = data.categories[laneIndex];
        const laneLabel = category ? resolveText(category.label, locale) : lane.id;
        return (
          // biome-ignore lint/a11y/useSemanticElements: a lane of buttons, not a form, so not a fieldset.
          <div
            key={lane.id}
            className="frise-lane"
            role="group"
            aria-label={laneLabel}
            data-color={category?.color}
            style={{ top: AXIS_HEIGHT_PX + lane.top, height: lane.height }}
          >
            <span className="frise-lane__label" aria-hidden="true">
              {laneLabel}
            </span>
            {marks
              .filter((mark) => mark.lane === laneIndex)
              .map((mark) => {
                const event = model.events[mark.index];
                const span = model.spans[mark.index];
                if (!event || !span) return null;
                return (
                  <TimelineEventMark
                    key={event.id}
                    ref={selection.registerButton(event.id)}
                    mark={mark}
                    laneTop={lane.top}
                    event={event}
                    title={titleOf(mark.index)}
                    precision={span.precision}
                    isRange={span.isRange}
                    color={colorOf.get(event.category)}
                    actors={data.actors}
                    locale={locale}
                    messages={messages}
                    isSelected={selection.selectedId === event.id}
                    isTabStop={selection.tabStopId === event.id}
                    onSelect={selection.select}
                    onFocus={onEventFocus}
                    onBlur={onEventBlur}
                    onHover={setTooltipId}
                  />
                );
              })}
            {visible.clusters
              .filter((cluster) => cluster.lane === laneIndex)
              .map((cluster, slot) => (
                <TimelineClusterMark
                  // biome-ignore lint/suspicious/noArrayIndexKey: by position, not by id: a zoom step regroups most clusters, and updating their buttons costs a fraction of replacing them.
                  key={slot}
                  ref={selection.registerButton(cluster.id)}
                  cluster={cluster}
                  laneTop={lane.top}
                  color={category?.color}
                  locale={locale}
                  messages={messages}
                  isTabStop={selection.tabStopId === cluster.id}
                  onActivate={onActivateCluster}
                  onFocus={onClusterFocus}
                  onBlur={onClusterBlur}
                />
              ))}
          </div>
        );
      })}
      {tooltipMark && (
        <div
          className="frise-tooltip"
          aria-hidden="true"
          style={{
            left: Math.min(Math.max(tooltipMark.geometry.cx, 8), Math.max(8, width - 8)),
            top: AXIS_HEIGHT_PX + tooltipMark.top,
          }}
        >
          <span className="frise-tooltip__title">{titleOf(tooltipMark.index)}</span>
          <span className="frise-tooltip__date">
            {model.events[tooltipMark.index] &&
              formatEventDate(
                model.events[tooltipMark.index] as (typeof model.events)[number],
                locale,
              )}
          </span>
        </div>
      )}
      {model.events.length === 0 && <p className="frise-timeline__empty">{messages.emptyState}</p>}
      {wheelHint && (
        <div className="frise-timeline__hint" aria-hidden="true">
          {wheelHint}
        </div>
      )}
    </div>
  );
}
