import { describe, expect, it } from 'vitest';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../../src/datasets/france-azerbaijan/index.js';
import type { TimeRange } from '../../src/layout/overviewWindow.js';
import {
  computeStepRange,
  computeStoryStepView,
  interpolateRange,
  STEP_CONTEXT_MS,
} from '../../src/layout/stepRange.js';
import { createTimelineModel } from '../../src/layout/timelineModel.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';

const DAY_MS = 86_400_000;
const FOUR_YEARS: TimeRange = [Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)];

describe('computeStepRange(span, domain)', () => {
  it('shows 45 days on each side of a day on a four-year domain (3 % would be less)', () => {
    const day = { start: Date.UTC(2022, 6, 12), end: Date.UTC(2022, 6, 13) };
    expect(computeStepRange(day, FOUR_YEARS)).toEqual([
      day.start - STEP_CONTEXT_MS,
      day.end + STEP_CONTEXT_MS,
    ]);
  });

  it('shows 3 % of the domain on each side when that is more than 45 days', () => {
    const forty: TimeRange = [Date.UTC(1980, 0, 1), Date.UTC(2020, 0, 1)];
    const day = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2000, 0, 2) };
    const padding = (forty[1] - forty[0]) * 0.03;
    expect(computeStepRange(day, forty)).toEqual([day.start - padding, day.end + padding]);
  });

  it('shifts the range inside the domain near its start, keeping the event in view', () => {
    const first = { start: FOUR_YEARS[0] + 3 * DAY_MS, end: FOUR_YEARS[0] + 4 * DAY_MS };
    const range = computeStepRange(first, FOUR_YEARS);
    expect(range[0]).toBe(FOUR_YEARS[0]);
    expect(range[1] - range[0]).toBe(DAY_MS + 2 * STEP_CONTEXT_MS);
  });

  it('gives the whole domain for an event as long as the domain', () => {
    expect(computeStepRange({ start: FOUR_YEARS[0], end: FOUR_YEARS[1] }, FOUR_YEARS)).toEqual(
      FOUR_YEARS,
    );
  });
});

describe('computeStoryStepView(model, story, stepIndex)', () => {
  const model = createTimelineModel(parseTimeline(franceAzerbaijan).data);

  it("gives step 5's event id and a range around it", () => {
    const view = computeStoryStepView(model, franceAzerbaijanStory, 4);
    expect(view?.eventId).toBe('baku-initiative-group-founded');
    const index = model.indexOf('baku-initiative-group-founded') as number;
    const span = model.spans[index];
    expect(view?.range[0]).toBeLessThan(span?.start as number);
    expect(view?.range[1]).toBeGreaterThan(span?.end as number);
  });

  it('gives undefined for a step that does not exist or an event missing from the data', () => {
    expect(computeStoryStepView(model, franceAzerbaijanStory, 99)).toBeUndefined();
    const story = { ...franceAzerbaijanStory, steps: [{ eventId: 'no-such-event' }] };
    expect(computeStoryStepView(model, story, 0)).toBeUndefined();
  });
});

describe('interpolateRange(from, to, progress)', () => {
  const from: TimeRange = [0, 100];
  const to: TimeRange = [50, 250];

  it('moves both ends linearly', () => {
    expect(interpolateRange(from, to, 0.5)).toEqual([25, 175]);
  });

  it('returns the ends themselves at 0 and 1, and clamps beyond', () => {
    expect(interpolateRange(from, to, 0)).toBe(from);
    expect(interpolateRange(from, to, 1)).toBe(to);
    expect(interpolateRange(from, to, -1)).toBe(from);
    expect(interpolateRange(from, to, 2)).toBe(to);
  });
});
