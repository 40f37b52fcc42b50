import { findFirstStartAtOrAfter, type LaneIndex } from './laneIndex.js';

/** A mark in a dense lane: one event, or several merged because they would overlap. */
export type DenseMark =
  | { readonly type: 'event'; readonly index: number; readonly x0: number; readonly x1: number }
  | {
      readonly type: 'cluster';
      /** Index of its first event, which names it. */
      readonly firstIndex: number;
      readonly count: number;
      /** Extent of its events in UTC ms. */
      readonly startMs: number;
      readonly endMs: number;
      readonly x0: number;
      readonly x1: number;
    };

export interface DenseLaneOptions {
  /** Linear map from UTC ms to px in the current view: px = ms * pxPerMs + offsetPx. */
  readonly pxPerMs: number;
  readonly offsetPx: number;
  /** Visible px range, with any overscan already applied. */
  readonly fromPx: number;
  readonly toPx: number;
  readonly markerPx: number;
  /** Marks closer than this merge. */
  readonly minGapPx: number;
  /** Width of a cluster mark's count badge, which must not overlap the next mark either. */
  readonly clusterMinPx: number;
  /**
   * The widest a cluster mark may grow: beyond it a new cluster starts, so a crowded lane
   * reads as a row of counts along time rather than one mark swallowing everything.
   */
  readonly clusterMaxPx: number;
}

/**
 * The marks of one lane in view: its visible events swept in start order. An event joins the
 * open mark when it starts within `minGapPx` of it (of a lone event's whole bar, or of a
 * cluster's box, which is capped at `clusterMaxPx` from where it starts); otherwise the open
 * mark closes. Marks therefore never overlap (beyond the gap) and one row is enough at any
 * zoom, and clusters split as the reader zooms in because distances grow while marks keep
 * their size. The window is found by binary search, and the sweep is linear in the events it
 * visits, with no allocation per event: it runs on every view change.
 */
export function computeDenseLaneMarks(lane: LaneIndex, options: DenseLaneOptions): DenseMark[] {
  const { pxPerMs, offsetPx, fromPx, toPx, markerPx, minGapPx, clusterMinPx, clusterMaxPx } =
    options;
  const fromMs = (fromPx - offsetPx) / pxPerMs;
  const toMs = (toPx - offsetPx) / pxPerMs;
  const marks: DenseMark[] = [];
  let i = findFirstStartAtOrAfter(lane.starts, fromMs - lane.maxDurationMs);
  let open:
    | { first: number; count: number; startMs: number; endMs: number; x0: number; x1: number }
    | undefined;
  let previousEnd = Number.NEGATIVE_INFINITY;
  const boxEnd = (group: NonNullable<typeof open>) =>
    group.count === 1
      ? group.x1
      : group.x0 + Math.min(clusterMaxPx, Math.max(clusterMinPx, group.x1 - group.x0));
  const close = () => {
    if (!open) return;
    const x1 = boxEnd(open);
    if (open.count === 1) {
      marks.push({ type: 'event', index: open.first, x0: open.x0, x1 });
    } else {
      marks.push({
        type: 'cluster',
        firstIndex: open.first,
        count: open.count,
        startMs: open.startMs,
        endMs: open.endMs,
        x0: open.x0,
        x1,
      });
    }
    previousEnd = x1;
    open = undefined;
  };
  for (; i < lane.starts.length; i++) {
    const start = lane.starts[i] as number;
    if (start >= toMs) break;
    const end = lane.ends[i] as number;
    if (end <= fromMs) continue;
    const startPx = start * pxPerMs + offsetPx;
    const endPx = end * pxPerMs + offsetPx;
    let x0: number;
    let x1: number;
    if (lane.isRange[i]) {
      x0 = startPx;
      x1 = Math.max(endPx, startPx + markerPx);
    } else {
      const cx = (startPx + endPx) / 2;
      x0 = Math.min(startPx, cx - markerPx / 2);
      x1 = Math.max(endPx, cx + markerPx / 2);
    }
    const index = lane.indices[i] as number;
    const joinLimit = open
      ? open.count === 1
        ? open.x1 + minGapPx
        : Math.min(boxEnd(open), open.x0 + clusterMaxPx) + minGapPx
      : Number.NEGATIVE_INFINITY;
    if (open && x0 <= joinLimit) {
      open.count++;
      open.x1 = Math.max(open.x1, x1);
      open.startMs = Math.min(open.startMs, start);
      open.endMs = Math.max(open.endMs, end);
    } else {
      close();
      // A new mark never starts inside the previous one's box.
      const startAt = Math.max(x0, previousEnd + minGapPx);
      open = {
        first: index,
        count: 1,
        startMs: start,
        endMs: end,
        x0: startAt,
        x1: Math.max(x1, startAt + (x1 - x0)),
      };
    }
  }
  close();
  return marks;
}
