import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEventGeometry } from '../../src/layout/eventGeometry.js';
import { computeLaneColumns } from '../../src/layout/laneColumns.js';
import {
  computeLaneLayout,
  DEFAULT_LANE_METRICS,
  type LaneItem,
  MAX_ROWS_PER_LANE,
} from '../../src/layout/laneLayout.js';
import { assignRows } from '../../src/layout/lanes.js';
import { createLinearTimeScale } from '../../src/layout/timeScale.js';

const LANE_IDS = ['a', 'b', 'c'];

const laneItem: fc.Arbitrary<LaneItem> = fc
  .record({
    start: fc.double({ min: -200, max: 1400, noNaN: true }),
    length: fc.oneof(fc.constant(12), fc.double({ min: 0, max: 300, noNaN: true })),
    // 'x' is no lane: such items belong nowhere.
    lane: fc.constantFrom('a', 'b', 'c', 'x'),
  })
  .map(({ start, length, lane }) => ({ start, end: start + length, lane }));

describe('computeLaneLayout(items, laneIds)', () => {
  it('stacks each lane as assignRows does, or marks it dense past the row limit', () => {
    fc.assert(
      fc.property(fc.array(laneItem, { maxLength: 80 }), (items) => {
        const layout = computeLaneLayout(items, LANE_IDS);
        LANE_IDS.forEach((id, lane) => {
          const members = items.flatMap((item, index) => (item.lane === id ? [index] : []));
          const expected = assignRows(
            members.map((index) => items[index] as LaneItem),
            DEFAULT_LANE_METRICS.markGapPx,
          );
          const box = layout.lanes[lane];
          expect(box?.isDense).toBe(expected.rowCount > MAX_ROWS_PER_LANE);
          if (box?.isDense) return;
          expect(box?.rowCount).toBe(Math.max(1, expected.rowCount));
          members.forEach((index, k) => {
            expect(layout.laneOf[index]).toBe(lane);
            expect(layout.rowOf[index]).toBe(expected.rows[k]);
          });
        });
        items.forEach((item, index) => {
          if (!LANE_IDS.includes(item.lane)) expect(layout.laneOf[index]).toBe(-1);
        });
      }),
    );
  });

  it('stacks the lanes without gaps, in order, to the total height', () => {
    fc.assert(
      fc.property(fc.array(laneItem, { maxLength: 80 }), (items) => {
        const layout = computeLaneLayout(items, LANE_IDS);
        let top = 0;
        for (const box of layout.lanes) {
          expect(box.top).toBe(top);
          top += box.height;
        }
        expect(layout.height).toBe(top);
      }),
    );
  });
});

describe('computeLaneColumns(spans, scale, markerPx, laneOf)', () => {
  const DAY_MS = 86_400_000;
  const span = fc
    .record({
      startDay: fc.integer({ min: 0, max: 3650 }),
      days: fc.integer({ min: 1, max: 400 }),
      precision: fc.constantFrom('day', 'month', 'year'),
      isRange: fc.boolean(),
    })
    .map(({ startDay, days, precision, isRange }) => ({
      start: startDay * DAY_MS,
      end: (startDay + days) * DAY_MS,
      precision,
      isRange,
    }));

  it('gives the x0 and x1 of computeEventGeometry, and each event its lane', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 40 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 30 }),
        (spans, widthPx, markerPx) => {
          const scale = createLinearTimeScale([0, 4100 * DAY_MS], [0, widthPx]);
          const columns = computeLaneColumns(spans, scale, markerPx, (index) => index % 4);
          spans.forEach((input, index) => {
            const geometry = computeEventGeometry(input, scale, markerPx);
            expect(columns.start[index]).toBe(geometry.x0);
            expect(columns.end[index]).toBe(geometry.x1);
            expect(columns.lane[index]).toBe(index % 4);
          });
        },
      ),
    );
  });
});
