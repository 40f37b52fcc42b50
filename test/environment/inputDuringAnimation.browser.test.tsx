import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NewsTimeline } from '../../src/components/NewsTimeline/NewsTimeline.js';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../../src/datasets/france-azerbaijan/index.js';
import type { ViewRange } from '../../src/hooks/useViewRange.js';
import { computeStoryStepView } from '../../src/layout/stepRange.js';
import { createTimelineModel } from '../../src/layout/timelineModel.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { findBrokenNumbers } from '../support/brokenNumbers.js';
import { type HeldFrames, holdLibraryFrames } from '../support/heldFrames.js';
import { type PageErrors, watchPageErrors } from '../support/pageErrors.js';
import { nextFrames, wheelOver } from '../support/realInput.js';
import { nextFrame, waitForStillness } from '../support/settle.js';

/**
 * Each animation is held at 40 % (100 ms of 250) and the wheel comes then. The held frames
 * then run in the order a busy page can give them, before React renders the reader's change:
 * one from a wheel listener on the window, right after the timeline's own, and the rest with
 * the timeline's frame that commits the wheel's zoom.
 */
const MODEL = createTimelineModel(parseTimeline(franceAzerbaijan).data);
const span = (range: ViewRange) => range[1] - range[0];
const centre = (range: ViewRange) => (range[0] + range[1]) / 2;
/** A ctrl + wheel notch of 100 px zooms by 2 (the pinch rate, 0.01 per px). */
const WHEEL = { deltaY: -100, ctrl: true, at: 0.5 } as const;

let errors: PageErrors;
let frames: HeldFrames | undefined;
let runFramesAfterWheel: (() => void) | undefined;
beforeEach(() => {
  errors = watchPageErrors();
});
afterEach(() => {
  frames?.release();
  frames = undefined;
  if (runFramesAfterWheel) window.removeEventListener('wheel', runFramesAfterWheel);
  errors.stop();
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
});

/** Holds the animation that `start` begins at 40 %, and arms the wheel to run its next frame. */
async function startAndHoldAnimation(start: () => Promise<void>) {
  frames = holdLibraryFrames();
  await start();
  const held = frames;
  await vi.waitFor(() => expect(held.count()).toBeGreaterThan(0));
  held.run(100);
  await vi.waitFor(() => expect(held.count()).toBeGreaterThan(0));
  await nextFrames();
  runFramesAfterWheel = () => held.run(150);
  window.addEventListener('wheel', runFramesAfterWheel);
}

describe('a ctrl + wheel zoom while the view is animating', () => {
  it('<Timeline>: the wheel stops a keyboard zoom and zooms from what is on screen', async () => {
    const onViewRangeChange = vi.fn<(range: ViewRange) => void>();
    const { container } = render(
      <div style={{ width: 1000 }}>
        <Timeline data={franceAzerbaijan} onViewRangeChange={onViewRangeChange} />
      </div>,
    );
    await nextFrames();
    const lastRange = () => onViewRangeChange.mock.lastCall?.[0] as ViewRange;
    (container.querySelector('[data-event-id][tabindex="0"]') as HTMLElement).focus();
    await startAndHoldAnimation(() => userEvent.keyboard('+'));
    const onScreen = lastRange();
    // Mid-way: narrower than everything, wider than the keyboard zoom's target.
    expect(span(onScreen)).toBeLessThan(span(MODEL.domain));
    expect(span(onScreen)).toBeGreaterThan(span(MODEL.domain) / 2);

    await wheelOver(screen.getByRole('group', { name: /France and Azerbaijan/ }), WHEEL);
    frames?.release();
    const final = await waitForStillness(lastRange);
    expect(span(final) / span(onScreen)).toBeCloseTo(0.5, 6);
    expect(centre(final)).toBeCloseTo(centre(onScreen), -6);
    expect(findBrokenNumbers(container)).toEqual([]);
    expect(errors.messages).toEqual([]);
  });

  it('<NewsTimeline>: the wheel stops a story step’s animation instead of being undone by it', async () => {
    const { container } = render(
      <div style={{ width: 1100 }}>
        <NewsTimeline data={franceAzerbaijan} story={franceAzerbaijanStory} />
      </div>,
    );
    await nextFrames();
    const slider = screen.getByRole('slider', { name: 'Visible period' });
    // The overview window shows the block's range, as fractions of the whole domain.
    const readWindowSpan = () => Number.parseFloat(slider.style.width) / 100;
    const stepSpan =
      span(computeStoryStepView(MODEL, franceAzerbaijanStory, 1)?.range as ViewRange) /
      span(MODEL.domain);
    await startAndHoldAnimation(() =>
      userEvent.click(screen.getByRole('button', { name: /^Next/ })),
    );
    await nextFrame();
    const onScreen = readWindowSpan();
    expect(onScreen).toBeLessThan(1);
    expect(onScreen).toBeGreaterThan(stepSpan);

    await wheelOver(screen.getByRole('group', { name: /France and Azerbaijan/ }), WHEEL);
    frames?.release();
    const final = await waitForStillness(readWindowSpan);
    // The overview rounds the window to whole milliseconds and percentages to 4 decimals.
    expect(final / onScreen).toBeCloseTo(0.5, 3);
    expect(findBrokenNumbers(container)).toEqual([]);
    expect(errors.messages).toEqual([]);
  });
});
