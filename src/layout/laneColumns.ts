import type { EventGeometryInput } from './eventGeometry.js';
import type { LaneColumns } from './laneLayout.js';
import type { TimeScale } from './timeScale.js';

/**
 * Each event's mark extent at `scale` and its lane, as flat arrays for `layOutLanes`: the
 * `x0`/`x1` that `computeEventGeometry` gives, computed without building a geometry object
 * per event (a test holds the two to each other). `laneOf(i)` names event i's lane by index,
 * or -1.
 */
export function computeLaneColumns(
  spans: readonly EventGeometryInput[],
  scale: TimeScale,
  markerPx: number,
  laneOf: (index: number) => number,
): LaneColumns {
  const count = spans.length;
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const lane = new Int32Array(count);
  const half = markerPx / 2;
  for (let i = 0; i < count; i += 1) {
    const span = spans[i] as EventGeometryInput;
    const x0 = scale(span.start);
    const x1 = scale(span.end);
    if (span.isRange) {
      start[i] = x0;
      end[i] = Math.max(x1, x0 + markerPx);
    } else {
      const cx = (x0 + x1) / 2;
      const isBand = span.precision !== 'day';
      start[i] = isBand ? Math.min(cx - half, x0) : cx - half;
      end[i] = isBand ? Math.max(cx + half, x1) : cx + half;
    }
    lane[i] = laneOf(i);
  }
  return { start, end, lane };
}
