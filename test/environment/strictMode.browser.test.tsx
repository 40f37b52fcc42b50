import { cleanup, render, screen } from '@testing-library/react';
import { type ReactElement, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NewsTimeline } from '../../src/components/NewsTimeline/NewsTimeline.js';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../../src/datasets/france-azerbaijan/index.js';
import type { ViewRange } from '../../src/hooks/useViewRange.js';
import { resolveText } from '../../src/model/localizedText.js';
import { sortEvents } from '../../src/model/sortEvents.js';
import { type PageErrors, watchPageErrors } from '../support/pageErrors.js';
import { nextFrames, wheelOver } from '../support/realInput.js';
import { waitForChangeThenStillness, waitForStillness } from '../support/settle.js';

/**
 * At mount, StrictMode sets every effect up, cleans it up and sets it up again, as React does
 * when it keeps state across a hidden subtree or a fast refresh. Each scenario runs once
 * plainly and once in StrictMode: the outcomes must match, and each input must act once, not
 * once per listener left from the first set-up.
 */
const SORTED = sortEvents(franceAzerbaijan.events);
const SORTED_IDS = SORTED.map((event) => event.id);
const titleOf = (id: string | undefined) =>
  resolveText(SORTED.find((event) => event.id === id)?.title, 'en');

/** A ctrl + wheel notch of 40 px zooms by 2^0.4 (the pinch rate, 0.01 per px). */
const WHEEL_DELTA = 40;
const WHEEL_SPAN_RATIO = 2 ** -0.4;

let errors: PageErrors | undefined;
afterEach(() => {
  errors?.stop();
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
});

function renderMaybeStrict(isStrict: boolean, element: ReactElement) {
  const page = <div style={{ width: 1100 }}>{element}</div>;
  return render(isStrict ? <StrictMode>{page}</StrictMode> : page);
}

const tabStop = () =>
  document.querySelector<HTMLElement>('.frise-timeline [data-event-id][tabindex="0"]');
const focusedEventId = () => (document.activeElement as HTMLElement | null)?.dataset.eventId;

/** Zooms with a button and a wheel notch, then moves to the next event and selects it by keyboard. */
async function exerciseTimeline(isStrict: boolean) {
  const onViewRangeChange = vi.fn<(range: ViewRange) => void>();
  const onSelectedIdChange = vi.fn<(id: string | null) => void>();
  renderMaybeStrict(
    isStrict,
    <Timeline
      data={franceAzerbaijan}
      onViewRangeChange={onViewRangeChange}
      onSelectedIdChange={onSelectedIdChange}
    />,
  );
  await nextFrames();
  const lastRange = () => onViewRangeChange.mock.lastCall?.[0];
  await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
  const afterButton = await waitForStillness(lastRange);
  await wheelOver(screen.getByRole('group', { name: /France and Azerbaijan/ }), {
    deltaY: -WHEEL_DELTA,
    ctrl: true,
    at: 0.5,
  });
  const afterWheel = await waitForStillness(lastRange);
  tabStop()?.focus();
  const firstFocused = focusedEventId();
  await userEvent.keyboard('{ArrowRight}');
  const secondFocused = focusedEventId();
  await userEvent.keyboard('{Enter}');
  return {
    afterButton,
    afterWheel,
    firstFocused,
    secondFocused,
    selections: onSelectedIdChange.mock.calls,
    detailsTitle: screen.getByRole('region').querySelector('h3')?.textContent,
  };
}

/** Next in the story, then an event selected by keyboard, with the selection in the URL. */
async function exerciseNewsTimeline(isStrict: boolean) {
  const pushState = vi.spyOn(history, 'pushState');
  renderMaybeStrict(
    isStrict,
    <NewsTimeline data={franceAzerbaijan} story={franceAzerbaijanStory} deepLinkKey="frise" />,
  );
  await nextFrames();
  const slider = screen.getByRole('slider', { name: 'Visible period' });
  const readWindow = () => slider.getAttribute('aria-valuetext');
  // The timeline settles on its measured width first; the story's move starts from there.
  const before = await waitForStillness(readWindow);
  await userEvent.click(screen.getByRole('button', { name: /^Next/ }));
  const afterNext = await waitForChangeThenStillness(readWindow, before);
  const stepText = screen.getByText(/^Step \d+ of \d+$/).textContent;
  const hashAfterNext = location.hash;
  tabStop()?.focus();
  const firstFocused = focusedEventId();
  await userEvent.keyboard('{ArrowRight}');
  const secondFocused = focusedEventId();
  await userEvent.keyboard('{Enter}');
  const result = {
    isViewChanged: afterNext !== before,
    afterNext,
    stepText,
    hashAfterNext,
    firstFocused,
    secondFocused,
    hashAfterEnter: location.hash,
    pushes: pushState.mock.calls.length,
  };
  pushState.mockRestore();
  return result;
}

describe('inside <StrictMode>', () => {
  it('<Timeline> zooms, moves focus and selects exactly as outside it', async () => {
    errors = watchPageErrors();
    const plain = await exerciseTimeline(false);
    cleanup();
    const strict = await exerciseTimeline(true);
    expect(strict).toEqual(plain);
    expect(errors.messages).toEqual([]);
    // One arrow press moves focus by one event, and Enter selects it once.
    const first = SORTED_IDS.indexOf(strict.firstFocused as string);
    expect(strict.secondFocused).toBe(SORTED_IDS[first + 1]);
    expect(strict.selections).toEqual([[strict.secondFocused]]);
    expect(strict.detailsTitle).toBe(titleOf(strict.secondFocused));
    // One wheel notch zooms once: by its factor, not by its square.
    const [start, end] = strict.afterButton as ViewRange;
    const [wheelStart, wheelEnd] = strict.afterWheel as ViewRange;
    expect((wheelEnd - wheelStart) / (end - start)).toBeCloseTo(WHEEL_SPAN_RATIO, 3);
  });

  it('<NewsTimeline> steps the story, selects and writes the URL exactly as outside it', async () => {
    errors = watchPageErrors();
    const plain = await exerciseNewsTimeline(false);
    cleanup();
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    const strict = await exerciseNewsTimeline(true);
    expect(strict).toEqual(plain);
    expect(errors.messages).toEqual([]);
    expect(strict.isViewChanged).toBe(true);
    expect(strict.stepText).toBe(`Step 2 of ${franceAzerbaijanStory.steps.length}`);
    expect(strict.hashAfterNext).toBe(`#frise=${franceAzerbaijanStory.steps[1]?.eventId}`);
    const first = SORTED_IDS.indexOf(strict.firstFocused as string);
    expect(strict.secondFocused).toBe(SORTED_IDS[first + 1]);
    expect(strict.hashAfterEnter).toBe(`#frise=${strict.secondFocused}`);
    // One history entry per selection: the story's step, then the reader's pick.
    expect(strict.pushes).toBe(2);
  });
});
