import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { TimelineOverview } from '../../src/components/TimelineOverview/TimelineOverview.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import type { ViewRange } from '../../src/hooks/useViewRange.js';
import { formatViewRange } from '../../src/i18n/formatViewRange.js';
import { createTimelineModel } from '../../src/layout/timelineModel.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { findAxeViolations } from '../support/axe.js';
import { linePath, mouseDrag, nextFrames, touchGesture, wheelOver } from '../support/realInput.js';

const DAY_MS = 86_400_000;
const DOMAIN = createTimelineModel(parseTimeline(franceAzerbaijan).data).domain;
const MARCH_2023_TO_MAY_2024: ViewRange = [Date.UTC(2023, 2, 1), Date.UTC(2024, 5, 1)];

interface WiredProps {
  readonly initial?: ViewRange;
  readonly onTimelineRange?: (range: ViewRange) => void;
  readonly locale?: string;
}

/** A timeline and its overview sharing one view range, as a page wires them. */
function Wired({ initial = DOMAIN, onTimelineRange, locale = 'en' }: WiredProps) {
  const [viewRange, setViewRange] = useState<ViewRange>(initial);
  return (
    <div style={{ width: 1000 }}>
      <TimelineOverview
        data={franceAzerbaijan}
        locale={locale}
        viewRange={viewRange}
        onViewRangeChange={setViewRange}
      />
      <Timeline
        data={franceAzerbaijan}
        locale={locale}
        hasDetails={false}
        viewRange={viewRange}
        onViewRangeChange={(range) => {
          setViewRange(range);
          onTimelineRange?.(range);
        }}
      />
      <div style={{ height: 3000 }}>article text below</div>
    </div>
  );
}

function renderWired(props: WiredProps = {}) {
  const onTimelineRange = vi.fn<(range: ViewRange) => void>();
  const result = render(<Wired onTimelineRange={onTimelineRange} {...props} />);
  const slider = screen.getByRole('slider', { name: /Visible period|Période affichée/ });
  const viewport = screen.getByRole('group', { name: /France/ });
  return { ...result, slider, viewport, onTimelineRange };
}

/** The window as the slider states it: its start and end in UTC ms. */
function readWindow(slider: HTMLElement): ViewRange {
  const start = Number(slider.getAttribute('aria-valuenow'));
  const max = Number(slider.getAttribute('aria-valuemax'));
  // valuemax is the latest start: the domain's end minus the window's length.
  return [start, start + (DOMAIN[1] - max)];
}

/**
 * What the timeline itself shows, observed through its own input: a ctrl + wheel notch at its
 * centre zooms around the centre of its visible range, so the range it then reports has the
 * same centre as the range it was showing.
 */
async function readTimelineCentre(
  viewport: HTMLElement,
  onTimelineRange: ReturnType<typeof vi.fn>,
) {
  onTimelineRange.mockClear();
  await wheelOver(viewport, { deltaY: -100, ctrl: true, at: 0.5 });
  const range = onTimelineRange.mock.lastCall?.[0] as ViewRange;
  return (range[0] + range[1]) / 2;
}

const centreOf = (range: ViewRange) => (range[0] + range[1]) / 2;

describe('TimelineOverview brushing', () => {
  it('dragging the window pans the timeline by the same time', async () => {
    const { slider, viewport, onTimelineRange } = renderWired({ initial: MARCH_2023_TO_MAY_2024 });
    const before = readWindow(slider);
    const strip = slider.parentElement as HTMLElement;
    const msPerPx = (DOMAIN[1] - DOMAIN[0]) / strip.getBoundingClientRect().width;
    const box = slider.getBoundingClientRect();
    await mouseDrag(slider, { x: box.width / 2, y: 10 }, { x: box.width / 2 - 150, y: 10 });
    const after = readWindow(slider);
    expect(after[0] - before[0]).toBeCloseTo(-150 * msPerPx, -6);
    expect(after[1] - after[0]).toBe(before[1] - before[0]);
    expect(slider).toHaveAttribute('aria-valuetext', formatViewRange(after, 'en'));
    const centre = await readTimelineCentre(viewport, onTimelineRange);
    expect(Math.abs(centre - centreOf(after))).toBeLessThan(3 * DAY_MS);
  });

  it('dragging the right edge resizes the window and zooms the timeline', async () => {
    const { slider, viewport, onTimelineRange } = renderWired({ initial: MARCH_2023_TO_MAY_2024 });
    const before = readWindow(slider);
    const box = slider.getBoundingClientRect();
    // The grip sits on the right border and its hit area reaches a little outside it.
    await mouseDrag(slider, { x: box.width + 4, y: 10 }, { x: box.width - 100, y: 10 });
    const after = readWindow(slider);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBeLessThan(before[1] - 100 * DAY_MS);
    const centre = await readTimelineCentre(viewport, onTimelineRange);
    expect(Math.abs(centre - centreOf(after))).toBeLessThan(3 * DAY_MS);
  });

  it('a click on the strip outside the window centres the window there and focuses it', async () => {
    const { slider } = renderWired({ initial: MARCH_2023_TO_MAY_2024 });
    const strip = slider.parentElement as HTMLElement;
    const width = strip.getBoundingClientRect().width;
    const point = { x: width * 0.1, y: 20 };
    await mouseDrag(strip, point, point, 1);
    const clicked = DOMAIN[0] + (DOMAIN[1] - DOMAIN[0]) * 0.1;
    const after = readWindow(slider);
    const length = MARCH_2023_TO_MAY_2024[1] - MARCH_2023_TO_MAY_2024[0];
    // Near the start the window stops at the domain's start rather than centring.
    expect(after[0]).toBe(Math.max(Math.round(DOMAIN[0]), Math.round(clicked - length / 2)));
    expect(after[1] - after[0]).toBe(length);
    expect(slider).toHaveFocus();
  });

  it('keys move, resize and jump the window', async () => {
    const { slider, viewport, onTimelineRange } = renderWired({ initial: MARCH_2023_TO_MAY_2024 });
    const length = MARCH_2023_TO_MAY_2024[1] - MARCH_2023_TO_MAY_2024[0];
    slider.focus();
    expect(slider).toHaveAttribute('aria-valuetext', 'March 2023 – May 2024');
    await userEvent.keyboard('{ArrowRight}');
    expect(readWindow(slider)[0]).toBe(MARCH_2023_TO_MAY_2024[0] + length / 10);
    expect(slider).toHaveAttribute('aria-valuetext', 'April 2023 – July 2024');
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    const shrunk = readWindow(slider);
    expect(shrunk[0]).toBe(MARCH_2023_TO_MAY_2024[0] + length / 10);
    expect(shrunk[1] - shrunk[0]).toBe(Math.round(length * 0.9));
    await userEvent.keyboard('{PageDown}');
    expect(readWindow(slider)[0]).toBe(shrunk[0] - (shrunk[1] - shrunk[0]));
    await userEvent.keyboard('{Home}');
    expect(slider.getAttribute('aria-valuenow')).toBe(slider.getAttribute('aria-valuemin'));
    await userEvent.keyboard('{End}');
    expect(slider.getAttribute('aria-valuenow')).toBe(slider.getAttribute('aria-valuemax'));
    const centre = await readTimelineCentre(viewport, onTimelineRange);
    expect(Math.abs(centre - centreOf(readWindow(slider)))).toBeLessThan(3 * DAY_MS);
  });

  it('ctrl + wheel on the timeline narrows and moves the window', async () => {
    const { slider, viewport } = renderWired();
    const strip = slider.parentElement as HTMLElement;
    expect(slider.getBoundingClientRect().width).toBeCloseTo(
      strip.getBoundingClientRect().width,
      -1,
    );
    const valueText = slider.getAttribute('aria-valuetext');
    await wheelOver(viewport, { deltaY: -300, ctrl: true, at: 0.25 });
    await nextFrames();
    const after = readWindow(slider);
    expect(after[0]).toBeGreaterThan(DOMAIN[0]);
    expect(after[1] - after[0]).toBeLessThan((DOMAIN[1] - DOMAIN[0]) * 0.8);
    expect(slider.getBoundingClientRect().width).toBeLessThan(
      strip.getBoundingClientRect().width * 0.8,
    );
    expect(slider.getAttribute('aria-valuetext')).not.toBe(valueText);
  });

  it('a finger drags the window; a vertical swipe on the strip scrolls the page', async () => {
    const { slider } = renderWired({ initial: MARCH_2023_TO_MAY_2024 });
    const before = readWindow(slider);
    const box = slider.getBoundingClientRect();
    await touchGesture(slider, [
      linePath({ x: box.width / 2, y: 15 }, { x: box.width / 2 + 120, y: 15 }),
    ]);
    expect(readWindow(slider)[0]).toBeGreaterThan(before[0]);
    const moved = readWindow(slider);
    window.scrollTo(0, 0);
    const strip = slider.parentElement as HTMLElement;
    await touchGesture(strip, [linePath({ x: 30, y: 30 }, { x: 30, y: -250 })]);
    await vi.waitFor(() => expect(window.scrollY).toBeGreaterThan(0));
    expect(readWindow(slider)).toEqual(moved);
    window.scrollTo(0, 0);
  });

  it('works uncontrolled and reports each change', async () => {
    const onViewRangeChange = vi.fn<(range: ViewRange) => void>();
    render(
      <div style={{ width: 600 }}>
        <TimelineOverview
          data={franceAzerbaijan}
          defaultViewRange={MARCH_2023_TO_MAY_2024}
          onViewRangeChange={onViewRangeChange}
          aria-label="Period of the chart"
        />
      </div>,
    );
    const slider = screen.getByRole('slider', { name: 'Period of the chart' });
    slider.focus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(onViewRangeChange).toHaveBeenCalledTimes(2);
    const length = MARCH_2023_TO_MAY_2024[1] - MARCH_2023_TO_MAY_2024[0];
    expect(onViewRangeChange.mock.lastCall?.[0]).toEqual([
      MARCH_2023_TO_MAY_2024[0] - length / 5,
      MARCH_2023_TO_MAY_2024[1] - length / 5,
    ]);
  });
});

describe('TimelineOverview accessibility', () => {
  it('is a named slider with the range in words, in English and French', () => {
    renderWired({ initial: MARCH_2023_TO_MAY_2024 });
    const slider = screen.getByRole('slider', { name: 'Visible period' });
    expect(slider).toHaveAttribute('aria-valuetext', 'March 2023 – May 2024');
    expect(slider).toHaveAttribute('tabindex', '0');
    expect(slider).toHaveAccessibleDescription(/Shift/);
  });

  it('is named and worded in French', () => {
    renderWired({ initial: MARCH_2023_TO_MAY_2024, locale: 'fr' });
    const slider = screen.getByRole('slider', { name: 'Période affichée' });
    expect(slider).toHaveAttribute('aria-valuetext', 'mars 2023 – mai 2024');
  });

  it('axe finds no violation before and after brushing', async () => {
    const { container, slider } = renderWired({ initial: MARCH_2023_TO_MAY_2024 });
    expect(await findAxeViolations(container)).toEqual([]);
    slider.focus();
    await userEvent.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}{ArrowRight}');
    expect(await findAxeViolations(container)).toEqual([]);
    await mouseDrag(slider, { x: 10, y: 10 }, { x: 60, y: 10 });
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('axe finds no violation in the dark theme, focused and not', async () => {
    const { container } = render(
      <div data-theme="dark" style={{ width: 600 }}>
        <TimelineOverview data={franceAzerbaijan} defaultViewRange={MARCH_2023_TO_MAY_2024} />
      </div>,
    );
    expect(await findAxeViolations(container)).toEqual([]);
    screen.getByRole('slider').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('the window, not the strip, takes touch gestures', () => {
    const { slider } = renderWired({ initial: MARCH_2023_TO_MAY_2024 });
    expect(getComputedStyle(slider).touchAction).toBe('none');
    expect(getComputedStyle(slider.parentElement as HTMLElement).touchAction).toBe('pan-y');
  });
});
