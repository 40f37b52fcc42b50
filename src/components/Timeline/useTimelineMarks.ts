import { useMemo } from 'react';
import type { NavigableItem } from '../../interaction/navigation.js';
import { DEFAULT_LANE_METRICS } from '../../layout/laneLayout.js';
import type { TimeScale } from '../../layout/timeScale.js';
import { computeVisibleMarks, type VisibleMarks } from '../../layout/visibleMarks.js';
import type { TimelineEvent } from '../../model/event.js';
import { resolveText } from '../../model/localizedText.js';
import type { TimelineView } from './useTimelineView.js';
import { MARKER_PX } from './useTimelineView.js';

/** A mark keyboard navigation walks through, with its event's position in the model. */
export interface TimelineNavItem extends NavigableItem {
  /** The event's index in the model's events; -1 for a cluster. */
  readonly index: number;
}

export interface TimelineMarks {
  readonly marks: VisibleMarks;
  /** An event's title in the locale, by model index. */
  readonly titleOf: (index: number) => string;
  /** What keyboard navigation walks through, in time order. */
  readonly navItems: readonly TimelineNavItem[];
}

/**
 * The marks of the current view and the keyboard order over them: every event of the sparse
 * lanes, and the marks in view (events and clusters) of the dense ones.
 */
export function useTimelineMarks(
  view: TimelineView,
  scale: TimeScale,
  width: number,
  locale: string,
  pinned: readonly number[],
): TimelineMarks {
  const { model, laneLayout, laneIndexes } = view;
  // Resolved when first asked for: only the events in view need a title, and resolving every
  // one of a large document's up front would cost its first render tens of milliseconds.
  const titleOf = useMemo(() => {
    const resolved = new Map<number, string>();
    return (index: number): string => {
      let title = resolved.get(index);
      if (title === undefined) {
        title = resolveText(model.events[index]?.title, locale);
        resolved.set(index, title);
      }
      return title;
    };
  }, [model, locale]);
  const [pinnedA = -1, pinnedB = -1] = pinned;
  const marks = useMemo(
    () =>
      computeVisibleMarks(model, laneLayout, laneIndexes, {
        scale,
        width,
        metrics: DEFAULT_LANE_METRICS,
        markerPx: MARKER_PX,
        getLabel: titleOf,
        pinned: [pinnedA, pinnedB],
      }),
    [model, laneLayout, laneIndexes, scale, width, titleOf, pinnedA, pinnedB],
  );
  const sparseItems = useMemo(() => {
    const items: TimelineNavItem[] = [];
    // A plain loop: on a large document nearly every event is in a dense lane and skipped.
    for (let index = 0; index < model.events.length; index += 1) {
      const lane = laneLayout.laneOf[index] ?? -1;
      if (lane < 0 || laneLayout.lanes[lane]?.isDense) continue;
      const event = model.events[index] as TimelineEvent;
      items.push({ id: event.id, index, start: model.spans[index]?.start ?? 0, lane });
    }
    return items;
  }, [model, laneLayout]);
  const hasDenseLanes = laneLayout.lanes.some((lane) => lane.isDense);
  const navItems = useMemo(() => {
    if (!hasDenseLanes) return sparseItems;
    const dense: TimelineNavItem[] = [];
    for (const mark of marks.events) {
      if (!laneLayout.lanes[mark.lane]?.isDense) continue;
      const event = model.events[mark.index];
      if (event)
        dense.push({
          id: event.id,
          index: mark.index,
          start: model.spans[mark.index]?.start ?? 0,
          lane: mark.lane,
        });
    }
    for (const cluster of marks.clusters) {
      dense.push({ id: cluster.id, index: -1, start: cluster.startMs, lane: cluster.lane });
    }
    return [...sparseItems, ...dense].sort((a, b) => a.start - b.start || a.lane - b.lane);
  }, [hasDenseLanes, sparseItems, marks, laneLayout, model]);
  return { marks, titleOf, navItems };
}
