import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NewsTimeline } from '../../src/components/NewsTimeline/NewsTimeline.js';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import type { ViewRange } from '../../src/hooks/useViewRange.js';
import { createTimelineModel } from '../../src/layout/timelineModel.js';
import { MIN_VISIBLE_MS } from '../../src/layout/viewTransform.js';
import type { TimelineData } from '../../src/model/event.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { EDGE_TIMELINES } from '../fixtures/edgeTimelines.js';
import { findAxeViolations } from '../support/axe.js';
import { findBrokenNumbers } from '../support/brokenNumbers.js';
import { type PageErrors, watchPageErrors } from '../support/pageErrors.js';
import { nextFrames } from '../support/realInput.js';
import { waitForStillness } from '../support/settle.js';

let errors: PageErrors;
beforeEach(() => {
  errors = watchPageErrors();
});
afterEach(() => errors.stop());

const getDomain = (data: TimelineData) => createTimelineModel(parseTimeline(data).data).domain;

/** Every event's button is drawn inside the drawing area, visible, and takes focus. */
function expectEventsShown(viewport: HTMLElement, data: TimelineData) {
  const frame = viewport.getBoundingClientRect();
  for (const { id } of data.events) {
    const button = viewport.querySelector<HTMLElement>(`[data-event-id="${id}"]`);
    expect(button, id).toBeVisible();
    const box = (button as HTMLElement).getBoundingClientRect();
    expect(box.width, id).toBeGreaterThan(0);
    expect(box.left, id).toBeGreaterThanOrEqual(frame.left);
    expect(box.right, id).toBeLessThanOrEqual(frame.right);
    button?.focus();
    expect(document.activeElement, id).toBe(button);
  }
}

/** The visible part of the domain as fractions of it: `[0, 1]` shows everything. */
type ViewFractions = readonly [start: number, end: number];

/** The fractions of the domain that the Timeline reports through `onViewRangeChange`. */
function toFractions(range: ViewRange, data: TimelineData): ViewFractions {
  const [domainStart, domainEnd] = getDomain(data);
  const span = domainEnd - domainStart;
  return [(range[0] - domainStart) / span, (range[1] - domainStart) / span];
}

/** The fractions of the domain that the overview window covers, read from its geometry. */
function readOverviewWindow(slider: HTMLElement): ViewFractions {
  const left = Number.parseFloat(slider.style.left) / 100;
  return [left, left + Number.parseFloat(slider.style.width) / 100];
}

const EPSILON = 1e-6;

/**
 * Zooms with the buttons, then with the keys from inside the timeline, and checks after each
 * input that the view stays inside the domain and the markup holds no NaN.
 */
async function zoomEveryWay(root: HTMLElement, data: TimelineData, read: () => ViewFractions) {
  const [domainStart, domainEnd] = getDomain(data);
  const canZoom = domainEnd - domainStart > MIN_VISIBLE_MS;
  const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
  const settle = async () => {
    const [start, end] = await waitForStillness(read);
    expect(start).toBeGreaterThanOrEqual(-EPSILON);
    expect(end).toBeLessThanOrEqual(1 + EPSILON);
    expect(end).toBeGreaterThan(start);
    expect(findBrokenNumbers(root)).toEqual([]);
    return end - start;
  };

  // A button at its limit says so but stays clickable, as for a reader: force past the check.
  const press = (button: HTMLElement) => userEvent.click(button, { force: true });
  expect(zoomIn).toHaveAttribute('aria-disabled', String(!canZoom));
  await press(zoomIn);
  if (canZoom) expect(await settle()).toBeLessThan(1 - EPSILON);
  else expect(await settle()).toBeCloseTo(1, 6);
  await press(zoomIn);
  await settle();
  await press(screen.getByRole('button', { name: 'Zoom out' }));
  await settle();
  await press(screen.getByRole('button', { name: 'Show all' }));
  expect(await settle()).toBeCloseTo(1, 6);

  const firstEvent = root.querySelector<HTMLElement>('.frise-timeline [data-event-id]');
  (firstEvent ?? zoomIn).focus();
  for (const key of ['+', '+', '+', '-', '{ArrowRight}', '{End}', '{Home}']) {
    await userEvent.keyboard(key);
    await settle();
  }
  await userEvent.keyboard('0');
  expect(await settle()).toBeCloseTo(1, 6);
}

describe.each(EDGE_TIMELINES)('with %s', (_name, data) => {
  it('<Timeline> draws every event in view and focusable, passes axe, and zooms within bounds', async () => {
    const onViewRangeChange = vi.fn<(range: ViewRange) => void>();
    const { container } = render(
      <div style={{ width: 1000 }}>
        <Timeline data={data} onViewRangeChange={onViewRangeChange} />
      </div>,
    );
    await nextFrames();
    const viewport = screen.getByRole('group', { name: 'Test timeline' });
    expect(findBrokenNumbers(container)).toEqual([]);
    expect(await findAxeViolations(container)).toEqual([]);
    expectEventsShown(viewport, data);
    await zoomEveryWay(container, data, () =>
      toFractions(onViewRangeChange.mock.lastCall?.[0] ?? getDomain(data), data),
    );
    expect(await findAxeViolations(container)).toEqual([]);
    expect(errors.messages).toEqual([]);
  });

  it('<NewsTimeline> draws every event in view and focusable, passes axe, and zooms within bounds', async () => {
    const { container } = render(
      <div style={{ width: 1000 }}>
        <NewsTimeline data={data} />
      </div>,
    );
    await nextFrames();
    const viewport = screen.getByRole('group', { name: 'Test timeline' });
    const slider = screen.getByRole('slider', { name: 'Visible period' });
    expect(findBrokenNumbers(container)).toEqual([]);
    expect(await findAxeViolations(container)).toEqual([]);
    expectEventsShown(viewport, data);
    // The overview window shows the timeline's range: one reading for both.
    await zoomEveryWay(container, data, () => readOverviewWindow(slider));
    slider.focus();
    for (const key of ['{Shift>}{ArrowLeft}{/Shift}', '{ArrowRight}', '{End}', '{PageUp}']) {
      await userEvent.keyboard(key);
      const [start, end] = readOverviewWindow(slider);
      expect(start).toBeGreaterThanOrEqual(-EPSILON);
      expect(end).toBeLessThanOrEqual(1 + EPSILON);
      expect(findBrokenNumbers(container)).toEqual([]);
    }
    expect(await findAxeViolations(container)).toEqual([]);
    expect(errors.messages).toEqual([]);
  });
});
