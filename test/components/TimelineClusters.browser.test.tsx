import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { resolveText } from '../../src/model/localizedText.js';
import { createSyntheticTimeline } from '../fixtures/syntheticTimeline.js';
import { findAxeViolations } from '../support/axe.js';
import { nextFrames, wheelOver } from '../support/realInput.js';
import { waitForChangeThenStillness, waitForStillness } from '../support/settle.js';

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

  it('keeps keyboard focus in the timeline when zooming regroups the focused mark', async () => {
    const { viewport, onViewRangeChange } = renderDense(3_000);
    const pressAndSettle = async (key: string) => {
      const before = onViewRangeChange.mock.lastCall?.[0];
      await userEvent.keyboard(key);
      return waitForChangeThenStillness(() => onViewRangeChange.mock.lastCall?.[0], before);
    };
    const focusedMark = () => {
      const active = document.activeElement;
      return viewport.contains(active) ? active?.getAttribute('data-event-id') : undefined;
    };
    // From the last cluster of the top lane: zooming in splits it, then leaves it out of view.
    const lane = viewport.querySelector('.frise-lane');
    const lastCluster = [...(lane?.querySelectorAll('.frise-cluster') ?? [])].at(-1);
    expect(lastCluster).toBeInstanceOf(HTMLButtonElement);
    (lastCluster as HTMLButtonElement).focus();
    const seen = new Set<string>();
    for (let step = 0; step < 6; step++) {
      await pressAndSettle('+');
      const id = focusedMark();
      expect(id).toBeTruthy();
      seen.add(id as string);
      // The single tab stop is where focus is.
      expect(document.activeElement).toHaveAttribute('tabindex', '0');
    }
    expect(seen.size).toBeGreaterThan(1);
    // Zooming back out merges the focused event into a cluster again: focus stays.
    for (let step = 0; step < 6; step++) {
      await pressAndSettle('-');
      expect(focusedMark()).toBeTruthy();
    }
  });

  it.each([
    ['on another control', true],
    ['on the page itself', false],
  ])('leaves focus where the reader put it, %s', async (_, isOnControl) => {
    const { viewport, onViewRangeChange } = renderDense(3_000);
    const outside = document.createElement('button');
    outside.textContent = 'Elsewhere';
    document.body.append(outside);
    try {
      const cluster = clusterButtons().at(-1);
      cluster?.focus();
      if (isOnControl) outside.focus();
      else cluster?.blur();
      const away = document.activeElement;
      for (let step = 0; step < 4; step++) {
        const before = onViewRangeChange.mock.lastCall?.[0];
        await wheelOver(viewport, { deltaY: -200, ctrl: true, at: 0.1 });
        await waitForChangeThenStillness(() => onViewRangeChange.mock.lastCall?.[0], before);
      }
      // The cluster that had focus is gone, and focus did not come back for it.
      expect(cluster?.isConnected).toBe(false);
      expect(document.activeElement).toBe(away);
    } finally {
      outside.remove();
    }
  });

  it('moves the cluster buttons a zoom step keeps instead of replacing them', async () => {
    const { viewport } = renderDense(3_000);
    await nextFrames();
    const lanes = () => [...viewport.querySelectorAll('.frise-lane')];
    const clustersOf = (lane: Element) => [...lane.querySelectorAll('.frise-cluster')];
    const before = lanes().map(clustersOf);
    await wheelOver(viewport, { deltaY: -40, ctrl: true, at: 0.5 });
    const after = lanes().map(clustersOf);
    let kept = 0;
    after.forEach((buttons, lane) => {
      const previous = before[lane] ?? [];
      const shared = Math.min(previous.length, buttons.length);
      for (let slot = 0; slot < shared; slot++) {
        expect(buttons[slot]).toBe(previous[slot]);
        kept += 1;
      }
    });
    expect(kept).toBeGreaterThan(0);
    // Each reused button names the cluster it now draws.
    for (const button of after.flat()) {
      expect(button).toHaveAccessibleName(new RegExp(`^${button.textContent} events, `));
    }
  });

  it('passes axe with clusters', async () => {
    const { container } = renderDense(3_000);
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
