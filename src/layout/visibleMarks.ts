import { clipEventGeometry, computeEventGeometry, type EventGeometry } from './eventGeometry.js';
import { computeDenseLaneMarks } from './laneClusters.js';
import { findFirstStartAtOrAfter, type LaneIndex } from './laneIndex.js';
import type { LaneLayout, LaneMetrics } from './laneLayout.js';
import type { TimelineModel } from './timelineModel.js';
import type { TimeScale } from './timeScale.js';

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

/** Several events of a dense lane merged into one mark at the current zoom. */
export interface ClusterMark {
  /** `cluster:<first event id>`; event ids cannot contain a colon. */
  readonly id: string;
  readonly firstIndex: number;
  readonly count: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly lane: number;
}

export interface VisibleMarks {
  readonly events: readonly TimelineMark[];
  readonly clusters: readonly ClusterMark[];
}

export interface VisibleMarksOptions {
  readonly scale: TimeScale;
  readonly width: number;
  readonly metrics: LaneMetrics;
  readonly markerPx: number;
  /** The text of each event's label, to estimate its width. */
  readonly getLabel: (index: number) => string;
  /** Events kept in the DOM even off-screen (the roving tab stop and the selection), in sparse lanes. */
  readonly pinned: readonly number[];
}

/** Off-screen margin kept rendered, so a short pan shows marks that are already there. */
const OVERSCAN_PX = 200;
/** Label width estimate per character at the label font size; deterministic, SSR-safe. */
const LABEL_CHAR_PX = 7;
export const MAX_LABEL_PX = 220;
/** Space between a mark and its label, and between a label and the next mark; `frise.css` uses the same. */
const LABEL_GAP_PX = 6;
/** Below this a truncated label says too little to be worth showing. */
const MIN_LABEL_PX = 56;
/** Marks of a dense lane closer than this merge into a cluster. */
export const CLUSTER_GAP_PX = 4;
/** A cluster mark is at least this wide, to hold its count. */
export const CLUSTER_MIN_PX = 28;
/** A cluster mark is at most this wide, so a crowded lane reads as counts along time. */
export const CLUSTER_MAX_PX = 48;

/** px = ms * pxPerMs + offsetPx: the scale's own map, inlined in the per-event loop. */
function getLinearMap(scale: TimeScale): { pxPerMs: number; offsetPx: number } {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  const pxPerMs = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return { pxPerMs, offsetPx: r0 - d0 * pxPerMs };
}

/**
 * The marks in view (plus a margin): in each lane, found by binary search over its events in
 * start order, never by scanning every event. Sparse lanes show every event in its row; dense
 * lanes show one row where events that would overlap merge into clusters. Labels get the room
 * up to the next mark in their row.
 */
export function computeVisibleMarks(
  model: TimelineModel,
  layout: LaneLayout,
  laneIndexes: readonly LaneIndex[],
  options: VisibleMarksOptions,
): VisibleMarks {
  const { scale, width, metrics, markerPx, getLabel, pinned } = options;
  const { pxPerMs, offsetPx } = getLinearMap(scale);
  const fromMs = scale.invert(-OVERSCAN_PX);
  const toMs = scale.invert(width + OVERSCAN_PX);
  const placed: {
    index: number;
    lane: number;
    row: number;
    geometry: EventGeometry;
    top: number;
  }[] = [];
  const clusters: ClusterMark[] = [];
  const obstacles: { lane: number; row: number; x0: number; x1: number }[] = [];
  const rowTop = (lane: number, row: number) =>
    (layout.lanes[lane]?.top ?? 0) + metrics.laneHeaderPx + row * metrics.rowHeightPx;
  const place = (index: number, lane: number) => {
    const span = model.spans[index];
    if (!span) return;
    const row = layout.rowOf[index] ?? 0;
    placed.push({
      index,
      lane,
      row,
      geometry: clipEventGeometry(
        computeEventGeometry(span, scale, markerPx),
        -OVERSCAN_PX,
        width + OVERSCAN_PX,
        markerPx,
      ),
      top: rowTop(lane, row),
    });
  };

  laneIndexes.forEach((laneIndex, lane) => {
    if (layout.lanes[lane]?.isDense) {
      const marks = computeDenseLaneMarks(laneIndex, {
        pxPerMs,
        offsetPx,
        fromPx: -OVERSCAN_PX,
        toPx: width + OVERSCAN_PX,
        markerPx,
        minGapPx: CLUSTER_GAP_PX,
        clusterMinPx: CLUSTER_MIN_PX,
        clusterMaxPx: CLUSTER_MAX_PX,
      });
      for (const mark of marks) {
        if (mark.type === 'event') {
          place(mark.index, lane);
          continue;
        }
        const cluster = {
          id: `cluster:${model.events[mark.firstIndex]?.id ?? mark.firstIndex}`,
          firstIndex: mark.firstIndex,
          count: mark.count,
          startMs: mark.startMs,
          endMs: mark.endMs,
          x0: mark.x0,
          x1: mark.x1,
          top: rowTop(lane, 0),
          lane,
        };
        clusters.push(cluster);
        obstacles.push({ lane, row: 0, x0: mark.x0, x1: mark.x1 });
      }
      return;
    }
    const seen = new Set<number>();
    for (
      let i = findFirstStartAtOrAfter(laneIndex.starts, fromMs - laneIndex.maxDurationMs);
      i < laneIndex.starts.length && (laneIndex.starts[i] as number) < toMs;
      i++
    ) {
      if ((laneIndex.ends[i] as number) <= fromMs) continue;
      const index = laneIndex.indices[i] as number;
      seen.add(index);
      place(index, lane);
    }
    // The tab stop and the selection are often one event: place it once.
    for (const index of pinned) {
      if (layout.laneOf[index] !== lane || seen.has(index)) continue;
      seen.add(index);
      place(index, lane);
    }
  });

  const labelWidths = computeLabelRoom(placed, obstacles, width, getLabel);
  return {
    events: placed.map((mark) => {
      const labelWidth = labelWidths.get(mark.index);
      return {
        index: mark.index,
        lane: mark.lane,
        geometry: mark.geometry,
        top: mark.top,
        isLabelShown: labelWidth !== undefined,
        labelWidth: labelWidth ?? 0,
      };
    }),
    clusters,
  };
}

/**
 * A label runs from its mark to the next mark in its row (or the right edge), truncated to
 * that room; marks never move, so labels bounded this way cannot overlap one another.
 */
function computeLabelRoom(
  placed: readonly { index: number; lane: number; row: number; geometry: EventGeometry }[],
  obstacles: readonly { lane: number; row: number; x0: number; x1: number }[],
  width: number,
  getLabel: (index: number) => string,
): Map<number, number> {
  type Box = { index: number; x0: number; x1: number };
  const rows = new Map<string, Box[]>();
  const add = (lane: number, row: number, box: Box) => {
    const key = `${lane}:${row}`;
    const list = rows.get(key);
    if (list) list.push(box);
    else rows.set(key, [box]);
  };
  for (const mark of placed)
    add(mark.lane, mark.row, { index: mark.index, x0: mark.geometry.x0, x1: mark.geometry.x1 });
  for (const obstacle of obstacles)
    add(obstacle.lane, obstacle.row, { index: -1, x0: obstacle.x0, x1: obstacle.x1 });
  const room = new Map<number, number>();
  for (const row of rows.values()) {
    row.sort((a, b) => a.x0 - b.x0);
    row.forEach((box, i) => {
      if (box.index < 0) return;
      const next = row[i + 1];
      const start = box.x1 + LABEL_GAP_PX;
      const limit = Math.min(width, next ? next.x0 - LABEL_GAP_PX : width);
      const wanted = Math.min(MAX_LABEL_PX, getLabel(box.index).length * LABEL_CHAR_PX);
      const available = Math.min(wanted, limit - start);
      if (available >= Math.min(wanted, MIN_LABEL_PX)) room.set(box.index, available);
    });
  }
  return room;
}
