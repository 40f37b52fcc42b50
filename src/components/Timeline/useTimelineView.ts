import { useMemo } from 'react';
import { computeLaneColumns } from '../../layout/laneColumns.js';
import { createLaneIndexes, type LaneIndex } from '../../layout/laneIndex.js';
import { type LaneLayout, layOutLanes } from '../../layout/laneLayout.js';
import { getTimelineModel, type TimelineModel } from '../../layout/timelineModel.js';
import type { TimeScale } from '../../layout/timeScale.js';
import { createTimeScale } from '../../layout/timeScale.js';
import { computeZoomBounds, type TransformBounds } from '../../layout/viewTransform.js';
import type { TimelineData } from '../../model/event.js';

/** Marker size in px; matches `--frise-marker-size`. */
export const MARKER_PX = 12;

export interface TimelineView {
  readonly model: TimelineModel;
  readonly baseScale: TimeScale;
  readonly bounds: TransformBounds;
  readonly laneLayout: LaneLayout;
  /** Each lane's events as flat arrays in time order, for per-view sweeps. */
  readonly laneIndexes: readonly LaneIndex[];
}

/** The document's model, its unzoomed scale at this width, zoom bounds and lane rows. */
export function useTimelineView(data: TimelineData, width: number): TimelineView {
  const model = useMemo(() => getTimelineModel(data), [data]);
  const drawWidth = Math.max(1, width);
  const baseScale = useMemo(
    () => createTimeScale(model.domain, drawWidth),
    [model.domain, drawWidth],
  );
  const bounds = useMemo(
    () => computeZoomBounds(model.domain, drawWidth),
    [model.domain, drawWidth],
  );
  const laneLayout = useMemo(() => {
    const laneIds = data.categories.map((category) => category.id);
    const laneNumbers = new Map(laneIds.map((id, lane) => [id, lane]));
    const columns = computeLaneColumns(model.spans, baseScale, MARKER_PX, (index) => {
      const category = model.events[index]?.category;
      return category === undefined ? -1 : (laneNumbers.get(category) ?? -1);
    });
    return layOutLanes(columns, laneIds);
  }, [model, baseScale, data.categories]);
  const laneIndexes = useMemo(
    () => createLaneIndexes(model.spans, laneLayout.laneOf, laneLayout.lanes.length),
    [model, laneLayout],
  );
  return { model, baseScale, bounds, laneLayout, laneIndexes };
}
