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

describe('computeVisibleMarks at a deep zoom', () => {
  it('draws a period far longer than the view no wider than about the view', () => {
    const longest = model.spans.reduce(
      (best, span, index) =>
        span.end - span.start > (model.spans[best]?.end ?? 0) - (model.spans[best]?.start ?? 0)
          ? index
          : best,
      0,
    );
    const span = model.spans[longest];
    if (!span) throw new Error('The dataset has no events.');
    const middle = (span.start + span.end) / 2;
    const scale = rescaleTime(base, transformForRange(base, [middle, middle + 86_400_000]));
    // At this zoom the whole period spans many screens.
    expect(scale(span.end) - scale(span.start)).toBeGreaterThan(10 * WIDTH);
    const marks = computeVisibleMarks(model, layout, laneIndexes, {
      scale,
      width: WIDTH,
      metrics: DEFAULT_LANE_METRICS,
      markerPx: MARKER_PX,
      getLabel: (index) => String(model.events[index]?.id),
      pinned: [],
    });
    const mark = marks.events.find((candidate) => candidate.index === longest);
    expect(mark?.geometry.x0).toBeLessThan(0);
    expect(mark?.geometry.x1).toBeGreaterThan(WIDTH);
    for (const { geometry } of marks.events) {
      expect(geometry.x0).toBeGreaterThanOrEqual(-WIDTH);
      expect(geometry.x1).toBeLessThanOrEqual(2 * WIDTH);
    }
  });
});
