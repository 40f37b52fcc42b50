import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import * as eventDates from '../../src/i18n/formatEventDate.js';
import { nextFrames, wheelOver } from '../support/realInput.js';
import { waitForStillness } from '../support/settle.js';

// Each event mark formats its date when it renders.
vi.mock(import('../../src/i18n/formatEventDate.js'), { spy: true });

type Range = readonly [number, number];

function renderTimeline() {
  const onViewRangeChange = vi.fn<(range: Range) => void>();
  render(
    <div style={{ width: 1000 }}>
      <Timeline data={franceAzerbaijan} onViewRangeChange={onViewRangeChange} />
    </div>,
  );
  const viewport = screen.getByRole('group', { name: /France and Azerbaijan/ });
  return { viewport, onViewRangeChange };
}

/** Renders and range reports caused by `act`, once the timeline is still again. */
async function countEffects(onViewRangeChange: ReturnType<typeof vi.fn>, act: () => Promise<void>) {
  const renders = vi.mocked(eventDates.formatEventDate);
  onViewRangeChange.mockClear();
  renders.mockClear();
  await act();
  await nextFrames();
  await nextFrames();
  return { reports: onViewRangeChange.mock.calls.length, renders: renders.mock.calls.length };
}

describe('Timeline inputs at the limits of zoom and pan', () => {
  it('zooming out or panning the whole view changes nothing and renders nothing', async () => {
    const { viewport, onViewRangeChange } = renderTimeline();
    await nextFrames();
    const effects = await countEffects(onViewRangeChange, async () => {
      await wheelOver(viewport, { deltaY: 200, ctrl: true });
      await wheelOver(viewport, { deltaY: 100, shift: true });
      await wheelOver(viewport, { deltaY: -100, shift: true });
    });
    expect(effects).toEqual({ reports: 0, renders: 0 });
  });

  it('zooming in at the deepest zoom changes nothing and renders nothing', async () => {
    const { viewport, onViewRangeChange } = renderTimeline();
    const lastRange = () => onViewRangeChange.mock.lastCall?.[0];
    let previous: Range | undefined;
    // Each notch of -600 zooms in 64 times: a few reach the deepest zoom.
    for (let step = 0; step < 8; step++) {
      await wheelOver(viewport, { deltaY: -600, ctrl: true, at: 0.5 });
      const range = await waitForStillness(lastRange);
      if (previous && range && range[1] - range[0] === previous[1] - previous[0]) break;
      previous = range;
    }
    const deepest = lastRange();
    expect(deepest).toBeDefined();
    const effects = await countEffects(onViewRangeChange, async () => {
      await wheelOver(viewport, { deltaY: -600, ctrl: true, at: 0.3 });
      await wheelOver(viewport, { deltaY: -600, ctrl: true, at: 0.7 });
    });
    expect(effects).toEqual({ reports: 0, renders: 0 });
    // Zooming out from there still works.
    const out = await countEffects(onViewRangeChange, () =>
      wheelOver(viewport, { deltaY: 200, ctrl: true, at: 0.5 }),
    );
    expect(out.reports).toBeGreaterThan(0);
  });

  it('the zoom-out key at the whole view changes nothing', async () => {
    const { onViewRangeChange } = renderTimeline();
    await nextFrames();
    const tabStop = document.querySelector<HTMLElement>('.frise-event[tabindex="0"]');
    tabStop?.focus();
    const effects = await countEffects(onViewRangeChange, async () => {
      await userEvent.keyboard('-');
      await nextFrames();
    });
    expect(effects.reports).toBe(0);
  });
});
