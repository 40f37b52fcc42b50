import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NewsTimeline } from '../../src/components/NewsTimeline/NewsTimeline.js';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import type { ViewRange } from '../../src/hooks/useViewRange.js';
import { createSmallTimeline } from '../fixtures/smallTimeline.js';
import { findAxeViolations } from '../support/axe.js';
import { nextFrames } from '../support/realInput.js';
import { waitForStillness } from '../support/settle.js';

afterEach(() => {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
});

/** A timeline's whole block, found from its drawing area's name. */
function getTimelineBlock(name: string): HTMLElement {
  return screen.getByRole('group', { name }).closest('.frise-timeline') as HTMLElement;
}

const getEvent = (block: HTMLElement, id: string) =>
  block.querySelector(`[data-event-id="${id}"]`) as HTMLElement;
const focusedEventId = () => (document.activeElement as HTMLElement | null)?.dataset.eventId;

describe('two timelines on one page', () => {
  it('two <Timeline>s zoom, select and take keys each on their own', async () => {
    const first = { onView: vi.fn<(r: ViewRange) => void>(), onSelect: vi.fn() };
    const second = { onView: vi.fn<(r: ViewRange) => void>(), onSelect: vi.fn() };
    const { container } = render(
      <div style={{ width: 1000 }}>
        {[first, second].map((spy, index) => (
          <Timeline
            key={index === 0 ? 'first' : 'second'}
            data={franceAzerbaijan}
            aria-label={index === 0 ? 'First timeline' : 'Second timeline'}
            onViewRangeChange={spy.onView}
            onSelectedIdChange={spy.onSelect}
          />
        ))}
      </div>,
    );
    await nextFrames();
    const firstBlock = getTimelineBlock('First timeline');
    const secondBlock = getTimelineBlock('Second timeline');

    await userEvent.click(within(firstBlock).getByRole('button', { name: 'Zoom in' }));
    await waitForStillness(() => first.onView.mock.calls.length);
    expect(first.onView).toHaveBeenCalled();
    expect(second.onView).not.toHaveBeenCalled();

    const id = 'baku-initiative-group-founded';
    await userEvent.click(getEvent(secondBlock, id));
    expect(getEvent(secondBlock, id)).toHaveAttribute('aria-pressed', 'true');
    expect(getEvent(firstBlock, id)).toHaveAttribute('aria-pressed', 'false');
    expect(second.onSelect.mock.calls).toEqual([[id]]);
    expect(first.onSelect).not.toHaveBeenCalled();

    // Keys act in the timeline that has focus only.
    const firstViewCalls = first.onView.mock.calls.length;
    await userEvent.keyboard('{ArrowRight}');
    expect(secondBlock).toContainElement(document.activeElement as HTMLElement);
    expect(focusedEventId()).not.toBe(id);
    await userEvent.keyboard('+');
    await waitForStillness(() => second.onView.mock.calls.length);
    expect(second.onView).toHaveBeenCalled();
    expect(first.onView).toHaveBeenCalledTimes(firstViewCalls);
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it("two <NewsTimeline>s with the deep-link keys 'frise' and 'frise-b' keep their own state", async () => {
    const small = createSmallTimeline();
    history.replaceState(history.state, '', '#frise=lachin-corridor-blockade&frise-b=second');
    const { container } = render(
      <div style={{ width: 1100 }}>
        <NewsTimeline data={franceAzerbaijan} deepLinkKey="frise" />
        <NewsTimeline data={small} deepLinkKey="frise-b" />
      </div>,
    );
    await nextFrames();
    const news = getTimelineBlock('France and Azerbaijan: a relationship under strain, 2020–2024');
    const test = getTimelineBlock('Test timeline');
    expect(getEvent(news, 'lachin-corridor-blockade')).toHaveAttribute('aria-pressed', 'true');
    expect(getEvent(test, 'second')).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(getEvent(test, 'third'));
    expect(location.hash).toBe('#frise=lachin-corridor-blockade&frise-b=third');
    expect(getEvent(news, 'lachin-corridor-blockade')).toHaveAttribute('aria-pressed', 'true');

    const [newsWindow, testWindow] = screen.getAllByRole('slider', { name: 'Visible period' });
    const readWindows = () => [newsWindow?.style.width, testWindow?.style.width];
    const before = readWindows();
    await userEvent.click(within(news).getByRole('button', { name: 'Zoom in' }));
    const after = await waitForStillness(readWindows);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(before[1]);

    // The arrows move focus in the block that has it, and Escape closes only its details.
    getEvent(test, 'third').focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(test).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(location.hash).toBe('#frise=lachin-corridor-blockade');
    expect(getEvent(news, 'lachin-corridor-blockade')).toHaveAttribute('aria-pressed', 'true');
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
