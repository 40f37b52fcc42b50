import { describe, expect, it } from 'vitest';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { computeEventGeometry } from '../../src/layout/eventGeometry.js';
import { createLaneIndexes } from '../../src/layout/laneIndex.js';
import { computeLaneLayout, DEFAULT_LANE_METRICS } from '../../src/layout/laneLayout.js';
import { createTimelineModel } from '../../src/layout/timelineModel.js';
import { createTimeScale } from '../../src/layout/timeScale.js';
import { rescaleTime, transformForRange } from '../../src/layout/viewTransform.js';
import { computeVisibleMarks } from '../../src/layout/visibleMarks.js';

const WIDTH = 1000;
const MARKER_PX = 12;
const model = createTimelineModel(franceAzerbaijan);
const base = createTimeScale(model.domain, WIDTH);
const layout = computeLaneLayout(
  model.spans.map((span, index) => {
    const geometry = computeEventGeometry(span, base, MARKER_PX);
    return { start: geometry.x0, end: geometry.x1, lane: model.events[index]?.category ?? '' };
  }),
  franceAzerbaijan.categories.map((category) => category.id),
);
const laneIndexes = createLaneIndexes(model.spans, layout.laneOf, layout.lanes.length);

function marksOfLastMonthWith(pinned: readonly number[]) {
  const end = model.spans[model.spans.length - 1]?.end ?? 0;
  const scale = rescaleTime(base, transformForRange(base, [end - 30 * 86_400_000, end]));
  return computeVisibleMarks(model, layout, laneIndexes, {
    scale,
    width: WIDTH,
    metrics: DEFAULT_LANE_METRICS,
    markerPx: MARKER_PX,
    getLabel: (index) => String(model.events[index]?.id),
    pinned,
  });
}

describe('computeVisibleMarks(model, layout, laneIndexes, options)', () => {
  it('keeps a pinned event off-screen in the DOM, once even when pinned twice', () => {
    const first = 0;
    const unpinned = marksOfLastMonthWith([]);
    expect(unpinned.events.some((mark) => mark.index === first)).toBe(false);
    const pinned = marksOfLastMonthWith([first, first]);
    expect(pinned.events.filter((mark) => mark.index === first)).toHaveLength(1);
    expect(pinned.events).toHaveLength(unpinned.events.length + 1);
  });
});
