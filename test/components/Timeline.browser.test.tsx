import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline, type TimelineProps } from '../../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { createTimelineModel } from '../../src/layout/timelineModel.js';
import { resolveText } from '../../src/model/localizedText.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { sortEvents } from '../../src/model/sortEvents.js';
import { findAxeViolations } from '../support/axe.js';
import {
  linePath,
  mouseDrag,
  nextFrames,
  touchGesture,
  wait,
  wheelOver,
} from '../support/realInput.js';
import { waitForStillness } from '../support/settle.js';

type Range = readonly [number, number];
const SETTLE_MS = 400;

function renderTimeline(props: Partial<TimelineProps> = {}) {
  const onViewRangeChange = vi.fn<(range: Range) => void>();
  const result = render(
    <div style={{ width: 1000 }}>
      <Timeline data={franceAzerbaijan} onViewRangeChange={onViewRangeChange} {...props} />
      <div style={{ height: 3000 }}>article text below</div>
    </div>,
  );
  const viewport = screen.getByRole('group', { name: /France and Azerbaijan/ });
  const lastRange = (): Range | undefined => onViewRangeChange.mock.lastCall?.[0];
  return { ...result, viewport, onViewRangeChange, lastRange };
}

const span = (range: Range) => range[1] - range[0];
const eventButtons = () =>
  screen.getAllByRole('button').filter((button) => button.hasAttribute('data-event-id'));

describe('Timeline zoom and pan', () => {
  it('ctrl + wheel narrows the visible range around the pointer', async () => {
    const { viewport, lastRange, onViewRangeChange } = renderTimeline();
    await nextFrames();
    const before = lastRange();
    expect(before).toBeUndefined();
    await wheelOver(viewport, { deltaY: -100, ctrl: true, at: 0.25 });
    expect(onViewRangeChange).toHaveBeenCalled();
    const after = lastRange() as Range;
    const [fullStart, fullEnd] = franceAzerbaijanDomain(viewport);
    expect(span(after)).toBeLessThan((fullEnd - fullStart) * 0.9);
    // The date under the pointer (a quarter of the way across) stays under it.
    const anchorBefore = fullStart + (fullEnd - fullStart) * 0.25;
    const anchorAfter = after[0] + span(after) * 0.25;
    expect(Math.abs(anchorAfter - anchorBefore)).toBeLessThan(span(after) * 0.02);
  });

  it('a plain wheel scrolls the page, leaves the range unchanged and shows how to zoom', async () => {
    const { viewport, onViewRangeChange } = renderTimeline();
    window.scrollTo(0, 0);
    await wheelOver(viewport, { deltaY: 120 });
    await waitFor(() => expect(window.scrollY).toBeGreaterThan(0));
    expect(onViewRangeChange).not.toHaveBeenCalled();
    expect(screen.getByText('Use ctrl + scroll to zoom')).toBeVisible();
    window.scrollTo(0, 0);
  });

  it('shift + wheel pans without zooming', async () => {
    const { viewport, lastRange } = renderTimeline();
    await wheelOver(viewport, { deltaY: -200, ctrl: true });
    const zoomed = lastRange() as Range;
    await wheelOver(viewport, { deltaY: 100, shift: true });
    const panned = lastRange() as Range;
    expect(panned[0]).toBeGreaterThan(zoomed[0]);
    expect(span(panned)).toBeCloseTo(span(zoomed), -3);
  });

  it('a mouse drag pans the view', async () => {
    const { viewport, lastRange } = renderTimeline();
    await wheelOver(viewport, { deltaY: -200, ctrl: true });
    const zoomed = lastRange() as Range;
    await mouseDrag(viewport, { x: 600, y: 15 }, { x: 300, y: 15 });
    const panned = lastRange() as Range;
    // Dragging the content left brings later dates into view.
    expect(panned[0]).toBeGreaterThan(zoomed[0]);
    expect(span(panned)).toBeCloseTo(span(zoomed), -3);
  });

  it('a two-finger pinch zooms in on touch', async () => {
    const { viewport, lastRange } = renderTimeline();
    const [fullStart, fullEnd] = franceAzerbaijanDomain(viewport);
    await touchGesture(viewport, [
      linePath({ x: 450, y: 40 }, { x: 300, y: 40 }),
      linePath({ x: 550, y: 40 }, { x: 700, y: 40 }),
    ]);
    const after = lastRange() as Range;
    expect(span(after)).toBeLessThan((fullEnd - fullStart) * 0.6);
  });

  it('a vertical swipe scrolls the page and leaves the range unchanged', async () => {
    const { viewport, onViewRangeChange } = renderTimeline();
    window.scrollTo(0, 0);
    await touchGesture(viewport, [linePath({ x: 500, y: 150 }, { x: 500, y: 20 })]);
    await waitFor(() => expect(window.scrollY).toBeGreaterThan(0));
    expect(onViewRangeChange).not.toHaveBeenCalled();
    window.scrollTo(0, 0);
  });

  it('a one-finger horizontal swipe pans', async () => {
    const { viewport, lastRange } = renderTimeline();
    await wheelOver(viewport, { deltaY: -200, ctrl: true });
    const zoomed = lastRange() as Range;
    await touchGesture(viewport, [linePath({ x: 700, y: 60 }, { x: 400, y: 60 })]);
    expect((lastRange() as Range)[0]).toBeGreaterThan(zoomed[0]);
  });

  it('the Zoom in, Zoom out and Show all buttons change the range', async () => {
    const { lastRange, viewport } = renderTimeline();
    const [fullStart, fullEnd] = franceAzerbaijanDomain(viewport);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitForStillness(lastRange);
    const zoomedIn = lastRange() as Range;
    expect(span(zoomedIn)).toBeCloseTo((fullEnd - fullStart) / 2, -6);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitForStillness(lastRange);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    await waitForStillness(lastRange);
    expect(span(lastRange() as Range)).toBeCloseTo(span(zoomedIn), -6);
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    await waitForStillness(lastRange);
    expect(lastRange()).toEqual([fullStart, fullEnd]);
  });

  it('keys zoom only while the timeline has focus', async () => {
    const { onViewRangeChange, lastRange, viewport } = renderTimeline();
    const [fullStart, fullEnd] = franceAzerbaijanDomain(viewport);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('+');
    await wait(SETTLE_MS);
    expect(onViewRangeChange).not.toHaveBeenCalled();
    eventButtons()[0]?.focus();
    await userEvent.keyboard('+');
    await waitForStillness(lastRange);
    expect(span(lastRange() as Range)).toBeLessThan(fullEnd - fullStart);
    await userEvent.keyboard('0');
    await waitForStillness(lastRange);
    expect(lastRange()).toEqual([fullStart, fullEnd]);
  });

  it('announces the visible range once a zoom settles', async () => {
    const { viewport } = renderTimeline();
    await wheelOver(viewport, { deltaY: -300, ctrl: true });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Showing .+ – .+/), {
      timeout: 2000,
    });
  });
});

describe('Timeline keyboard and details', () => {
  const sorted = sortEvents(franceAzerbaijan.events);
  const titleOf = (index: number) => resolveText(sorted[index]?.title, 'en');

  it('Tab reaches one event; arrow keys move focus in time order; Home and End go to the ends', async () => {
    renderTimeline();
    await userEvent.tab(); // Zoom in
    await userEvent.tab(); // Zoom out
    await userEvent.tab(); // Show all
    await userEvent.tab(); // Legend
    await userEvent.tab(); // the events' single tab stop
    expect(document.activeElement).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(titleOf(0))}, `),
    );
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(titleOf(1))}, `),
    );
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(titleOf(2))}, `),
    );
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(titleOf(1))}, `),
    );
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(titleOf(sorted.length - 1))}, `),
    );
    // Only one event is ever in the tab order.
    expect(eventButtons().filter((button) => button.tabIndex === 0)).toHaveLength(1);
  });

  it('the view follows keyboard focus to events outside it', async () => {
    const { viewport } = renderTimeline();
    await wheelOver(viewport, { deltaY: -600, ctrl: true, at: 0 });
    eventButtons()[0]?.focus();
    await userEvent.keyboard('{End}');
    await waitForStillness(() => document.activeElement?.getBoundingClientRect().left);
    const focused = document.activeElement as HTMLElement;
    const box = focused.getBoundingClientRect();
    const frame = viewport.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(frame.left - 1);
    expect(box.left).toBeLessThanOrEqual(frame.right);
  });

  it('Enter opens the details card with its sources; Escape closes it and returns focus', async () => {
    renderTimeline();
    const first = screen.getByRole('button', {
      name: new RegExp(`^${escapeRegExp(titleOf(0))}, `),
    });
    first.focus();
    await userEvent.keyboard('{Enter}');
    const card = screen.getByRole('region', { name: titleOf(0) });
    expect(first).toHaveAttribute('aria-pressed', 'true');
    expect(card).toHaveTextContent('Sources');
    const links = Array.from(card.querySelectorAll('a'));
    expect(links.length).toBe(sorted[0]?.sources.length);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAttribute('target', '_blank');
    }
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: titleOf(0) })).toBeNull();
    expect(document.activeElement).toBe(first);
  });

  it('a claim says who makes it', async () => {
    renderTimeline({ defaultSelectedId: 'boycott-paris-2024-campaign' });
    const card = screen.getByRole('region');
    expect(card).toHaveTextContent(/Claim by Viginum/);
  });

  it('is named in French with French controls', async () => {
    render(<Timeline data={franceAzerbaijan} locale="fr" />);
    expect(screen.getByRole('group', { name: /France-Azerbaïdjan/ })).toBeVisible();
    for (const name of ['Zoom avant', 'Zoom arrière', 'Tout afficher']) {
      expect(screen.getByRole('button', { name })).toBeVisible();
    }
  });
});

describe('Timeline accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'axe finds no violation in the %s theme, before and after selecting',
    async (theme) => {
      const { container } = renderTimeline({ theme });
      expect(await findAxeViolations(container)).toEqual([]);
      await userEvent.click(eventButtons()[3] as HTMLElement);
      expect(await findAxeViolations(container)).toEqual([]);
    },
  );
});

describe('Timeline layout', () => {
  it('fills its container from 320 px up', async () => {
    for (const width of [320, 640, 1400]) {
      const { container, unmount } = render(
        <div style={{ width }}>
          <Timeline data={franceAzerbaijan} />
        </div>,
      );
      await nextFrames();
      const viewport = screen.getByRole('group', { name: /France and Azerbaijan/ });
      expect(Math.round(viewport.getBoundingClientRect().width)).toBe(width);
      expect((container.firstElementChild as HTMLElement).scrollWidth).toBeLessThanOrEqual(width);
      unmount();
    }
  });

  it.each([0, 1, 3])(
    'never lets two visible labels overlap (after %i zoom steps)',
    async (steps) => {
      const { viewport } = renderTimeline();
      for (let i = 0; i < steps; i++)
        await wheelOver(viewport, { deltaY: -100, ctrl: true, at: 0.6 });
      await nextFrames();
      const labels = Array.from(document.querySelectorAll('.frise-event__label')).map((label) =>
        label.getBoundingClientRect(),
      );
      expect(labels.length).toBeGreaterThanOrEqual(2);
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) {
          const overlaps =
            a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlaps).toBe(false);
        }
      }
    },
  );
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The whole data range, as the timeline computes it. */
function franceAzerbaijanDomain(_viewport?: HTMLElement): Range {
  return createTimelineModel(parseTimeline(franceAzerbaijan).data).domain;
}
