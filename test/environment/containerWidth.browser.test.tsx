import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NewsTimeline } from '../../src/components/NewsTimeline/NewsTimeline.js';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { findBrokenNumbers } from '../support/brokenNumbers.js';
import { type PageErrors, watchPageErrors } from '../support/pageErrors.js';
import { nextFrames } from '../support/realInput.js';
import { nextFrame } from '../support/settle.js';

let errors: PageErrors;
beforeEach(() => {
  errors = watchPageErrors();
});
afterEach(() => errors.stop());

const TITLE = /France and Azerbaijan/;

function renderIn(width: number, element: ReactElement) {
  const result = render(<div style={{ width }}>{element}</div>);
  const wrapper = result.container.firstElementChild as HTMLElement;
  const resize = (px: number) => {
    wrapper.style.width = `${px}px`;
  };
  return { ...result, resize };
}

/**
 * Waits until the timeline is drawn at `width`, then checks that its marks spread over that
 * width: the data runs from one end of the domain to the other, so the earliest mark sits
 * near the left edge and the latest near the right, and none is outside.
 */
async function expectTimelineLaidOutAt(width: number) {
  const viewport = await vi.waitFor(() => {
    const found = screen.getByRole('group', { name: TITLE });
    expect(Math.round(found.getBoundingClientRect().width)).toBe(width);
    expect(found.querySelector('svg.frise-axis')).toHaveAttribute('width', String(width));
    return found;
  });
  const frame = viewport.getBoundingClientRect();
  const marks = Array.from(viewport.querySelectorAll('[data-event-id]')).map((mark) => {
    const box = mark.getBoundingClientRect();
    return { left: box.left - frame.left, right: box.right - frame.left };
  });
  expect(marks.length).toBeGreaterThan(0);
  expect(Math.min(...marks.map((mark) => mark.left))).toBeGreaterThanOrEqual(0);
  expect(Math.min(...marks.map((mark) => mark.left))).toBeLessThan(width * 0.1);
  expect(Math.max(...marks.map((mark) => mark.right))).toBeGreaterThan(width * 0.9);
  expect(Math.max(...marks.map((mark) => mark.right))).toBeLessThanOrEqual(width);
}

describe('a container of 0 px that grows to 800 px', () => {
  it('<Timeline> renders without NaN at 0 px, then lays its marks across 800 px', async () => {
    const { container, resize } = renderIn(0, <Timeline data={franceAzerbaijan} />);
    await nextFrames();
    expect(screen.getByRole('group', { name: TITLE })).toBeInTheDocument();
    expect(findBrokenNumbers(container)).toEqual([]);
    resize(800);
    await expectTimelineLaidOutAt(800);
    expect(findBrokenNumbers(container)).toEqual([]);
    expect(errors.messages).toEqual([]);
  });

  it('<NewsTimeline> lists the events at 0 px, then draws the timeline across 800 px', async () => {
    const { container, resize } = renderIn(0, <NewsTimeline data={franceAzerbaijan} />);
    await nextFrames();
    expect(container.querySelector('.frise-vertical')).not.toBeNull();
    expect(findBrokenNumbers(container)).toEqual([]);
    resize(800);
    await expectTimelineLaidOutAt(800);
    expect(container.querySelector('.frise-vertical')).toBeNull();
    expect(findBrokenNumbers(container)).toEqual([]);
    expect(errors.messages).toEqual([]);
  });
});

describe('a container resized 50 times, one width per frame', () => {
  const RESIZES = 50;
  /** 320, 1100, 320, … so that the last of the 50 widths is 1100. */
  const widthAt = (step: number) => (step % 2 === 0 ? 320 : 1100);

  async function resizeRapidly(resize: (px: number) => void) {
    for (let step = 0; step < RESIZES; step++) {
      resize(widthAt(step));
      await nextFrame();
    }
  }

  it.each<[string, () => ReactElement]>([
    ['Timeline', () => <Timeline data={franceAzerbaijan} />],
    ['NewsTimeline', () => <NewsTimeline data={franceAzerbaijan} />],
  ])('<%s> ends laid out at the last width, without a console error', async (_name, element) => {
    const { container, resize } = renderIn(700, element());
    await nextFrames();
    await resizeRapidly(resize);
    await expectTimelineLaidOutAt(widthAt(RESIZES - 1));
    expect(findBrokenNumbers(container)).toEqual([]);
    expect(errors.messages).toEqual([]);
  });

  it('<NewsTimeline> ends as the list when the last width is narrow', async () => {
    const { container, resize } = renderIn(700, <NewsTimeline data={franceAzerbaijan} />);
    await nextFrames();
    await resizeRapidly(resize);
    resize(360);
    await vi.waitFor(() => expect(container.querySelector('.frise-vertical')).not.toBeNull());
    expect(container.querySelector('.frise-timeline')).toBeNull();
    const block = container.querySelector('.frise-news') as HTMLElement;
    expect(Math.round(block.getBoundingClientRect().width)).toBe(360);
    expect(block.scrollWidth).toBeLessThanOrEqual(360);
    expect(errors.messages).toEqual([]);
  });
});
