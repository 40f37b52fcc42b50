import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import * as eventDates from '../../src/i18n/formatEventDate.js';
import * as viewRanges from '../../src/i18n/formatViewRange.js';
import { createSyntheticTimeline } from '../fixtures/syntheticTimeline.js';
import { nextFrames, wheelOver } from '../support/realInput.js';

// Each event mark formats its date, and each cluster its span, when it renders: counting those
// calls counts the marks that render.
vi.mock(import('../../src/i18n/formatEventDate.js'), { spy: true });
vi.mock(import('../../src/i18n/formatViewRange.js'), { spy: true });

async function renderFranceAzerbaijan() {
  render(
    <div style={{ width: 1000 }}>
      <Timeline data={franceAzerbaijan} />
    </div>,
  );
  await nextFrames();
}

const eventMarks = () => document.querySelectorAll('.frise-event');
const dateCalls = () => vi.mocked(eventDates.formatEventDate).mock.calls.length;

describe('Timeline marks re-render only when what they draw changes', () => {
  beforeEach(() => {
    vi.mocked(eventDates.formatEventDate).mockClear();
    vi.mocked(viewRanges.formatViewRange).mockClear();
  });

  it('hovering an event renders its tooltip, not the other marks', async () => {
    await renderFranceAzerbaijan();
    const marks = eventMarks();
    expect(marks.length).toBeGreaterThan(10);
    const [first, second] = marks;
    await userEvent.hover(first as Element);
    await userEvent.hover(second as Element);
    vi.mocked(eventDates.formatEventDate).mockClear();
    await userEvent.hover(first as Element);
    await nextFrames();
    expect(document.querySelector('.frise-tooltip')).not.toBeNull();
    // The tooltip's date only: no mark rendered again.
    expect(dateCalls()).toBe(1);
  });

  it('moving the tab stop renders the two marks it leaves and reaches', async () => {
    await renderFranceAzerbaijan();
    const tabStop = document.querySelector<HTMLElement>('.frise-event[tabindex="0"]');
    tabStop?.focus();
    await nextFrames();
    vi.mocked(eventDates.formatEventDate).mockClear();
    await userEvent.keyboard('{ArrowRight}');
    await nextFrames();
    expect(document.activeElement).not.toBe(tabStop);
    // Two marks and the tooltip that follows focus, far fewer than the marks drawn.
    expect(dateCalls()).toBeLessThanOrEqual(3);
    expect(eventMarks().length).toBeGreaterThan(10);
  });

  it('a pan moves the marks without formatting their names again', async () => {
    await renderFranceAzerbaijan();
    const viewport = screen.getByRole('group', { name: /France and Azerbaijan/ });
    await wheelOver(viewport, { deltaY: -100, ctrl: true, at: 0.5 });
    await nextFrames();
    const idsBefore = new Set([...eventMarks()].map((mark) => mark.getAttribute('data-event-id')));
    const leftBefore = eventMarks()[0]?.getBoundingClientRect().left;
    vi.mocked(eventDates.formatEventDate).mockClear();
    await wheelOver(viewport, { deltaY: 60, shift: true });
    await nextFrames();
    const kept = [...eventMarks()].filter((mark) =>
      idsBefore.has(mark.getAttribute('data-event-id')),
    );
    expect(kept.length).toBeGreaterThan(10);
    expect(eventMarks()[0]?.getBoundingClientRect().left).not.toBe(leftBefore);
    // Only marks that came into view format their dates, and the tooltip of the mark the
    // wheel's pointer rests on, if any.
    const tooltips = document.querySelectorAll('.frise-tooltip').length;
    expect(dateCalls()).toBeLessThanOrEqual(eventMarks().length - kept.length + tooltips);
  });

  it('focusing a cluster renders no other cluster', async () => {
    render(
      <div style={{ width: 1200 }}>
        <Timeline data={createSyntheticTimeline({ count: 3_000, seed: 7 })} />
      </div>,
    );
    await nextFrames();
    const clusters = screen.getAllByRole('button', { name: /^\d+ events, / });
    expect(clusters.length).toBeGreaterThan(10);
    vi.mocked(viewRanges.formatViewRange).mockClear();
    clusters[3]?.focus();
    await nextFrames();
    // The cluster that gains the tab stop and the one that loses it.
    expect(vi.mocked(viewRanges.formatViewRange).mock.calls.length).toBeLessThanOrEqual(2);
  });
});
