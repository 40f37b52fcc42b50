import { assignRows, fitsInRows, type PixelInterval } from './lanes.js';

/** Vertical metrics of the lanes, in px. */
export interface LaneMetrics {
  readonly rowHeightPx: number;
  readonly laneHeaderPx: number;
  readonly laneGapPx: number;
  /** Free space between two marks in one row. */
  readonly markGapPx: number;
}

/**
 * A lane that would need more rows than this at the widest view is drawn as one row of
 * clusters instead (level of detail): a news timeline's lanes stay a few rows tall whatever
 * the number of events.
 */
export const MAX_ROWS_PER_LANE = 6;

export const DEFAULT_LANE_METRICS: LaneMetrics = {
  rowHeightPx: 28,
  laneHeaderPx: 22,
  laneGapPx: 6,
  markGapPx: 4,
};

export interface LaneBox {
  readonly id: string;
  /** Top of the lane, in px from the top of the first lane. */
  readonly top: number;
  readonly height: number;
  readonly rowCount: number;
  /** Drawn as one row of clusters that split as the reader zooms in. */
  readonly isDense: boolean;
}

export interface LaneLayout {
  readonly lanes: readonly LaneBox[];
  /** Lane index of each item, or -1 when its lane is unknown. */
  readonly laneOf: readonly number[];
  /** Row of each item within its lane. */
  readonly rowOf: readonly number[];
  /** Sum of the lanes' heights. */
  readonly height: number;
}

export interface LaneItem extends PixelInterval {
  readonly lane: string;
}

/**
 * One lane per category, in the given order, each stacked into as few rows as its
 * overlapping marks need. Rows are computed from the marks at the widest view, so they stay
 * valid at every zoom (zooming in only moves marks apart) and the height never jumps.
 */
export function computeLaneLayout(
  items: readonly LaneItem[],
  laneIds: readonly string[],
  metrics: LaneMetrics = DEFAULT_LANE_METRICS,
): LaneLayout {
  const laneIndex = new Map(laneIds.map((id, index) => [id, index]));
  const members: number[][] = laneIds.map(() => []);
  const laneOf = items.map((item, itemIndex) => {
    const lane = laneIndex.get(item.lane) ?? -1;
    if (lane >= 0) members[lane]?.push(itemIndex);
    return lane;
  });
  const rowOf = new Array<number>(items.length).fill(0);
  let top = 0;
  const lanes = laneIds.map((id, lane) => {
    const indices = members[lane] ?? [];
    const intervals = indices.map((index) => items[index] as PixelInterval);
    // A dense lane's rows are never drawn: find out cheaply before assigning them.
    const isDense = !fitsInRows(intervals, metrics.markGapPx, MAX_ROWS_PER_LANE);
    let rowCount = 1;
    if (!isDense) {
      const assignment = assignRows(intervals, metrics.markGapPx);
      rowCount = assignment.rowCount;
      indices.forEach((itemIndex, k) => {
        rowOf[itemIndex] = assignment.rows[k] ?? 0;
      });
    }
    const shownRows = isDense ? 1 : Math.max(1, rowCount);
    const height = metrics.laneHeaderPx + shownRows * metrics.rowHeightPx + metrics.laneGapPx;
    const box = { id, top, height, rowCount: shownRows, isDense };
    top += height;
    return box;
  });
  return { lanes, laneOf, rowOf, height: top };
}
