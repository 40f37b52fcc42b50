import {
  assignMemberRows,
  hasCrowdedRun,
  type IntervalColumns,
  membersFitInRows,
  type PixelInterval,
  sortMembersByStart,
} from './lanes.js';

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
  readonly laneOf: Int32Array;
  /** Row of each item within its lane. */
  readonly rowOf: Uint16Array;
  /** Sum of the lanes' heights. */
  readonly height: number;
}

export interface LaneItem extends PixelInterval {
  readonly lane: string;
}

/** Marks as flat arrays, for `layOutLanes`: each one's extent in px and lane number. */
export interface LaneColumns extends IntervalColumns {
  /** The lane (index into the lane ids) of each item, -1 for none. */
  readonly lane: Int32Array;
}

/**
 * One lane per category, in the given order, each stacked into as few rows as its
 * overlapping marks need. Rows are computed from the marks at the widest view, so they stay
 * valid at every zoom (zooming in only moves marks apart) and the height never jumps.
 */
export function layOutLanes(
  columns: LaneColumns,
  laneIds: readonly string[],
  metrics: LaneMetrics = DEFAULT_LANE_METRICS,
): LaneLayout {
  const itemCount = columns.lane.length;
  const counts = new Uint32Array(laneIds.length);
  for (let item = 0; item < itemCount; item += 1) {
    const lane = columns.lane[item] as number;
    if (lane >= 0 && lane < laneIds.length) counts[lane] = (counts[lane] as number) + 1;
  }
  const members = Array.from(counts, (count) => new Uint32Array(count));
  const filled = new Uint32Array(laneIds.length);
  const laneOf = new Int32Array(itemCount);
  for (let item = 0; item < itemCount; item += 1) {
    const lane = columns.lane[item] as number;
    const isKnown = lane >= 0 && lane < laneIds.length;
    laneOf[item] = isKnown ? lane : -1;
    if (!isKnown) continue;
    const at = filled[lane] as number;
    (members[lane] as Uint32Array)[at] = item;
    filled[lane] = at + 1;
  }
  const rowOf = new Uint16Array(itemCount);
  let top = 0;
  const lanes = laneIds.map((id, lane) => {
    const laneMembers = members[lane] as Uint32Array;
    const gapPx = metrics.markGapPx;
    // A dense lane's rows are never drawn: find out cheaply before assigning them, and before
    // sorting its members when a few neighbours in time order already prove it.
    const order = hasCrowdedRun(columns, laneMembers, gapPx, MAX_ROWS_PER_LANE)
      ? undefined
      : sortMembersByStart(columns, laneMembers);
    const isDense =
      order === undefined ||
      !membersFitInRows(columns, laneMembers, order, gapPx, MAX_ROWS_PER_LANE);
    let rowCount = 1;
    if (order !== undefined && !isDense) {
      const assignment = assignMemberRows(columns, laneMembers, order, gapPx);
      rowCount = assignment.rowCount;
      laneMembers.forEach((item, k) => {
        rowOf[item] = assignment.rows[k] ?? 0;
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

/** `layOutLanes` for marks given as objects, each naming its lane by id. */
export function computeLaneLayout(
  items: readonly LaneItem[],
  laneIds: readonly string[],
  metrics: LaneMetrics = DEFAULT_LANE_METRICS,
): LaneLayout {
  const laneIndex = new Map(laneIds.map((id, index) => [id, index]));
  const start = new Float64Array(items.length);
  const end = new Float64Array(items.length);
  const lane = new Int32Array(items.length);
  items.forEach((item, index) => {
    start[index] = item.start;
    end[index] = item.end;
    lane[index] = laneIndex.get(item.lane) ?? -1;
  });
  return layOutLanes({ start, end, lane }, laneIds, metrics);
}
