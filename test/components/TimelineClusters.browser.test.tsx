import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { resolveText } from '../../src/model/localizedText.js';
import { createSyntheticTimeline } from '../fixtures/syntheticTimeline.js';
import { findAxeViolations } from '../support/axe.js';
import { nextFrames, wheelOver } from '../support/realInput.js';
import { waitForStillness } from '../support/settle.js';

type Range = readonly [number, number];
const MAX_ELEMENTS = 2_000;

function renderDense(count: number) {
  const onViewRangeChange = vi.fn<(range: Range) => void>();
  const data = createSyntheticTimeline({ count, seed: 7 });
  const result = render(
    <div style={{ width: 1200 }}>
      <Timeline data={data} onViewRangeChange={onViewRangeChange} />
    </div>,
  );
  const viewport = screen.getByRole('group', { name: resolveText(data.title, 'en') });
  return { ...result, viewport, onViewRangeChange };
}

const clusterButtons = () => screen.queryAllByRole('button', { name: /^\d+ events, / });
const elementCount = (root: Element) => root.querySelectorAll('*').length;

describe('Timeline level of detail', () => {
  it('keeps fewer than 2,000 elements for 100,000 events, at every zoom', async () => {
    const { container, viewport } = renderDense(100_000);
    await nextFrames();
    expect(elementCount(container)).toBeLessThan(MAX_ELEMENTS);
    expect(clusterButtons().length).toBeGreaterThan(0);
    for (let step = 0; step < 12; step++) {
      await wheelOver(viewport, { deltaY: -200, ctrl: true, at: 0.5 });
      expect(elementCount(container)).toBeLessThan(MAX_ELEMENTS);
    }
  });

  it('names clusters by their count and dates, and activating one zooms to its extent', async () => {
    const { onViewRangeChange } = renderDense(3_000);
    const [cluster] = clusterButtons();
    expect(cluster).toBeDefined();
    expect(cluster).toHaveAccessibleName(/^\d+ events, \S.* – \S/);
    cluster?.focus();
    await userEvent.keyboard('{Enter}');
    const range = (await waitForStillness(() => onViewRangeChange.mock.lastCall?.[0])) as Range;
    expect(range).toBeDefined();
    expect(range[1] - range[0]).toBeLessThan(5 * 365 * 86_400_000 * 0.1);
  });

  it('splits clusters as the reader zooms in', async () => {
    const { viewport } = renderDense(3_000);
    await nextFrames();
    const largest = () =>
      Math.max(0, ...clusterButtons().map((button) => Number(button.textContent)));
    const before = largest();
    expect(before).toBeGreaterThan(1);
    for (let step = 0; step < 6; step++)
      await wheelOver(viewport, { deltaY: -200, ctrl: true, at: 0.5 });
    expect(largest()).toBeLessThan(before);
    expect(
      within(viewport).getAllByRole('button', { name: /^Event \d+, / }).length,
    ).toBeGreaterThan(0);
  });

  it('lets the keyboard walk clusters and events in time order', async () => {
    renderDense(3_000);
    const buttons = screen
      .getAllByRole('button')
      .filter((button) => button.hasAttribute('data-event-id'));
    const tabStops = buttons.filter((button) => button.tabIndex === 0);
    expect(tabStops).toHaveLength(1);
    tabStops[0]?.focus();
    const first = document.activeElement;
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).not.toBe(first);
    expect(document.activeElement?.getAttribute('data-event-id')).toBeTruthy();
  });

  it('passes axe with clusters', async () => {
    const { container } = renderDense(3_000);
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
