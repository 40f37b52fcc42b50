import type { ScaleTime } from 'd3-scale';
import { computeEventGeometry, type EventGeometry } from './eventGeometry.js';
import type { LaneLayout, LaneMetrics } from './laneLayout.js';
import { querySpanIndex } from './spanIndex.js';
import type { TimelineModel } from './timelineModel.js';

/** One event as drawn in the current view. */
export interface TimelineMark {
  /** Index into the model's events. */
  readonly index: number;
  readonly geometry: EventGeometry;
  /** Top of the mark's row, in px from the top of the lanes. */
  readonly top: number;
  readonly lane: number;
  readonly isLabelShown: boolean;
  /** Room for the label in px: it is truncated to this width. */
  readonly labelWidth: number;
}

export interface VisibleMarksOptions {
  readonly scale: ScaleTime<number, number>;
  readonly width: number;
  readonly metrics: LaneMetrics;
  readonly markerPx: number;
  /** The text of each event's label, to estimate its width. */
  readonly getLabel: (index: number) => string;
  /** Events kept in the DOM even off-screen: the roving tab stop and the selection. */
  readonly pinned: readonly number[];
}

/** Off-screen margin kept rendered, so a short pan shows marks that are already there. */
const OVERSCAN_PX = 200;
/** Label width estimate per character at the label font size; deterministic, SSR-safe. */
const LABEL_CHAR_PX = 7;
export const MAX_LABEL_PX = 220;
/** Space between a mark and its label, and between a label and the next box; `frise.css` uses the same. */
const LABEL_GAP_PX = 6;
/** Below this a truncated label says too little to be worth showing. */
const MIN_LABEL_PX = 56;
const ROWS_PER_LANE_KEY = 100_000;

/**
 * The marks of the events in view (plus a margin and the pinned ones), found through the
 * span index rather than by scanning every event, with the labels that fit.
 */
export function computeVisibleMarks(
  model: TimelineModel,
  layout: LaneLayout,
  options: VisibleMarksOptions,
): readonly TimelineMark[] {
  const { scale, width, metrics, markerPx, getLabel, pinned } = options;
  const from = scale.invert(-OVERSCAN_PX).getTime();
  const to = scale.invert(width + OVERSCAN_PX).getTime();
  const indices = new Set(querySpanIndex(model.spanIndex, from, to));
  for (const index of pinned) if (index >= 0 && index < model.events.length) indices.add(index);

  const placed = [...indices]
    .sort((a, b) => a - b)
    .flatMap((index) => {
      const span = model.spans[index];
      const lane = layout.laneOf[index] ?? -1;
      const box = layout.lanes[lane];
      if (!span || !box) return [];
      const row = layout.rowOf[index] ?? 0;
      return [
        {
          index,
          lane,
          row,
          geometry: computeEventGeometry(span, scale, markerPx),
          top: box.top + metrics.laneHeaderPx + row * metrics.rowHeightPx,
        },
      ];
    });

  // A label runs from its mark to the next mark in its row (or the right edge), truncated to
  // that room; marks never move, so labels bounded this way cannot overlap one another.
  const rows = new Map<number, (typeof placed)[number][]>();
  for (const mark of placed) {
    const key = mark.lane * ROWS_PER_LANE_KEY + mark.row;
    const row = rows.get(key);
    if (row) row.push(mark);
    else rows.set(key, [mark]);
  }
  const labelWidths = new Map<number, number>();
  for (const row of rows.values()) {
    row.sort((a, b) => a.geometry.x0 - b.geometry.x0);
    row.forEach((mark, i) => {
      const next = row[i + 1];
      const start = mark.geometry.x1 + LABEL_GAP_PX;
      const limit = Math.min(width, next ? next.geometry.x0 - LABEL_GAP_PX : width);
      const wanted = Math.min(MAX_LABEL_PX, getLabel(mark.index).length * LABEL_CHAR_PX);
      const room = Math.min(wanted, limit - start);
      if (room >= Math.min(wanted, MIN_LABEL_PX)) labelWidths.set(mark.index, room);
    });
  }
  return placed.map((mark) => {
    const labelWidth = labelWidths.get(mark.index);
    return {
      index: mark.index,
      lane: mark.lane,
      geometry: mark.geometry,
      top: mark.top,
      isLabelShown: labelWidth !== undefined,
      labelWidth: labelWidth ?? 0,
    };
  });
}
