import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { NewsTimeline } from '../../src/components/NewsTimeline/NewsTimeline.js';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../../src/datasets/france-azerbaijan/index.js';
import { findAxeViolations } from '../support/axe.js';
import { wheelOver } from '../support/realInput.js';
import { waitForStillness } from '../support/settle.js';

afterEach(() => {
  history.replaceState(null, '', location.pathname + location.search);
});

function renderNews(width: number, props: Partial<Parameters<typeof NewsTimeline>[0]> = {}) {
  return render(
    <div style={{ width }}>
      <NewsTimeline data={franceAzerbaijan} story={franceAzerbaijanStory} {...props} />
    </div>,
  );
}

const stepEventId = (step: number) => franceAzerbaijanStory.steps[step]?.eventId as string;
const eventButton = (id: string) =>
  document.querySelector(`.frise-timeline [data-event-id="${id}"]`);

describe('NewsTimeline', () => {
  it('composes title, story, filters, timeline and overview on a wide page, and passes axe', async () => {
    const { container } = renderNews(1100);
    expect(screen.getByRole('heading', { level: 2, name: /France and Azerbaijan/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    expect(screen.getByRole('slider')).toBeVisible();
    expect(screen.getByRole('searchbox')).toBeVisible();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('story Next selects the step event and moves the view; zooming moves the overview window', async () => {
    renderNews(1100);
    const slider = screen.getByRole('slider');
    const before = slider.getAttribute('aria-valuetext');
    await userEvent.click(screen.getByRole('button', { name: /^Next/ }));
    await waitFor(() =>
      expect(eventButton(stepEventId(1))).toHaveAttribute('aria-pressed', 'true'),
    );
    const afterStep = await waitForStillness(() => slider.getAttribute('aria-valuetext'));
    expect(afterStep).not.toBe(before);
    const viewport = screen.getByRole('group', { name: /France and Azerbaijan/ });
    await wheelOver(viewport, { deltaY: -200, ctrl: true });
    await waitFor(() => expect(slider.getAttribute('aria-valuetext')).not.toBe(afterStep));
  });

  it('a category filter removes its events from the timeline', async () => {
    renderNews(1100, { hasStory: false });
    const diplomacy = franceAzerbaijan.events.filter((event) => event.category === 'diplomacy');
    const id = diplomacy[0]?.id as string;
    expect(eventButton(id)).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /^Diplomacy/, pressed: true }));
    await waitFor(() => expect(eventButton(id)).toBeNull());
  });

  it('switches to the vertical list in a 360 px container', async () => {
    const { container } = renderNews(360);
    await waitFor(() => expect(container.querySelector('.frise-vertical')).not.toBeNull());
    expect(container.querySelector('.frise-timeline__viewport')).toBeNull();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('opens a deep link with its event selected and writes selections to the URL', async () => {
    history.replaceState(null, '', '#frise=baku-initiative-group-founded');
    renderNews(1100, { deepLinkKey: 'frise', hasStory: false });
    await waitFor(() =>
      expect(eventButton('baku-initiative-group-founded')).toHaveAttribute('aria-pressed', 'true'),
    );
    const details = screen.getByRole('region', { name: /Baku Initiative Group/ });
    expect(within(details).getAllByRole('link').length).toBeGreaterThan(0);
    await userEvent.click(eventButton('lachin-corridor-blockade') as HTMLElement);
    expect(location.hash).toBe('#frise=lachin-corridor-blockade');
  });
});
