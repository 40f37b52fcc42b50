import { render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ResponsiveTimeline } from '../../src/components/ResponsiveTimeline/ResponsiveTimeline.js';
import {
  VerticalTimeline,
  type VerticalTimelineProps,
} from '../../src/components/VerticalTimeline/VerticalTimeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { formatEventDate } from '../../src/i18n/formatEventDate.js';
import { resolveText } from '../../src/model/localizedText.js';
import { sortEvents } from '../../src/model/sortEvents.js';
import { findAxeViolations } from '../support/axe.js';
import { nextFrames } from '../support/realInput.js';

const TITLE = /France and Azerbaijan/;
const sorted = sortEvents(franceAzerbaijan.events);
const titleOf = (index: number) => resolveText(sorted[index]?.title, 'en');

function renderList(props: Partial<VerticalTimelineProps> = {}, width = 360) {
  const result = render(
    <div style={{ width }}>
      <VerticalTimeline data={franceAzerbaijan} {...props} />
    </div>,
  );
  const list = screen.getByRole('region', { name: TITLE });
  return { ...result, list };
}

/** The events' summaries, in document order. */
const summaries = (root: HTMLElement = document.body) =>
  Array.from(root.querySelectorAll<HTMLElement>('summary[data-event-id]'));

const summaryOf = (id: string) => {
  const summary = summaries().find((candidate) => candidate.dataset.eventId === id);
  if (!summary) throw new Error(`no summary for ${id}`);
  return summary;
};

/** A parent that owns the selection and refuses to open the first event. */
function RefusesFirstEvent() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <VerticalTimeline
      data={franceAzerbaijan}
      selectedId={selectedId}
      onSelectedIdChange={(id) => setSelectedId(id === sorted[0]?.id ? null : id)}
    />
  );
}

describe('VerticalTimeline layout', () => {
  it('groups the events by year, then by month, in time order', () => {
    const { list } = renderList();
    const years = within(list).getAllByRole('heading', { level: 3 });
    expect(years.map((heading) => heading.textContent)).toEqual(['2020', '2022', '2023', '2024']);
    const months2024 = within(years[3]?.closest('li') as HTMLElement)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(months2024).toEqual([
      'February 2024',
      'March 2024',
      'April 2024',
      'May 2024',
      'June 2024',
      'July 2024',
      'October 2024',
      'November 2024',
      'December 2024',
    ]);
    expect(summaries(list).map((summary) => summary.dataset.eventId)).toEqual(
      sorted.map((event) => event.id),
    );
  });

  it('says when, what and whose word each event is, in its summary', () => {
    renderList();
    const summary = summaryOf('boycott-paris-2024-campaign');
    const event = sorted.find((candidate) => candidate.id === 'boycott-paris-2024-campaign');
    if (!event) throw new Error('the dataset has no BoycottParis2024 claim');
    expect(summary).toHaveTextContent(formatEventDate(event, 'en'));
    expect(summary).toHaveTextContent(resolveText(event.title, 'en'));
    expect(summary).toHaveTextContent(/Claim by Viginum/);
    expect(summary.querySelector('time')?.getAttribute('datetime')).toBe(
      `${event.start}/${event.end}`,
    );
  });

  it('fits a 320 px column without horizontal scrolling', async () => {
    const { container } = renderList({}, 320);
    await nextFrames();
    const root = container.firstElementChild as HTMLElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('is in French with French month names', () => {
    render(<VerticalTimeline data={franceAzerbaijan} locale="fr" />);
    const list = screen.getByRole('region', { name: /France-Azerbaïdjan/ });
    expect(within(list).getByRole('heading', { name: 'avril 2024' })).toBeVisible();
    expect(within(list).getByRole('heading', { name: 'Dans le courant de 2022' })).toBeVisible();
  });
});

describe('VerticalTimeline keyboard', () => {
  it('Tab reaches each event summary in time order', async () => {
    renderList();
    await userEvent.tab(); // the legend's summary
    for (let index = 0; index < sorted.length; index += 1) {
      await userEvent.tab();
      expect(document.activeElement).toBe(summaryOf(sorted[index]?.id ?? ''));
    }
  });

  it('Enter opens an event and shows its sources as links; Escape closes it and keeps focus', async () => {
    const onSelectedIdChange = vi.fn();
    renderList({ onSelectedIdChange });
    const first = summaryOf(sorted[0]?.id ?? '');
    first.focus();
    await userEvent.keyboard('{Enter}');
    const details = first.parentElement as HTMLDetailsElement;
    expect(details.open).toBe(true);
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(sorted[0]?.id);
    const card = within(details).getByRole('region', { name: titleOf(0) });
    const links = within(card).getAllByRole('link');
    expect(links).toHaveLength(sorted[0]?.sources.length ?? -1);
    for (const link of links) {
      expect(link).toBeVisible();
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    links[0]?.focus();
    await userEvent.keyboard('{Escape}');
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(first);
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(null);
  });

  it('Space toggles, and opening another event closes the first', async () => {
    renderList();
    const [first, second] = [summaryOf(sorted[0]?.id ?? ''), summaryOf(sorted[1]?.id ?? '')];
    first.focus();
    await userEvent.keyboard(' ');
    expect((first.parentElement as HTMLDetailsElement).open).toBe(true);
    second.focus();
    await userEvent.keyboard(' ');
    expect((first.parentElement as HTMLDetailsElement).open).toBe(false);
    expect((second.parentElement as HTMLDetailsElement).open).toBe(true);
    await userEvent.keyboard(' ');
    expect((second.parentElement as HTMLDetailsElement).open).toBe(false);
  });

  it('↑ and ↓ move between events, Home and End go to the ends', async () => {
    renderList();
    summaryOf(sorted[0]?.id ?? '').focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(summaryOf(sorted[1]?.id ?? ''));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(summaryOf(sorted[1]?.id ?? ''));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(summaryOf(sorted.at(-1)?.id ?? ''));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(summaryOf(sorted.at(-1)?.id ?? ''));
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(summaryOf(sorted[0]?.id ?? ''));
  });

  it('a click opens an event; a controlled list opens only what its parent says', async () => {
    render(<RefusesFirstEvent />);
    await userEvent.click(summaryOf(sorted[0]?.id ?? ''));
    expect((summaryOf(sorted[0]?.id ?? '').parentElement as HTMLDetailsElement).open).toBe(false);
    await userEvent.click(summaryOf(sorted[2]?.id ?? ''));
    expect((summaryOf(sorted[2]?.id ?? '').parentElement as HTMLDetailsElement).open).toBe(true);
  });
});

describe('VerticalTimeline accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'axe finds no violation in the %s theme, closed and with an event open',
    async (theme) => {
      const { container } = renderList({ theme });
      expect(await findAxeViolations(container)).toEqual([]);
      await userEvent.click(summaryOf('boycott-paris-2024-campaign'));
      await nextFrames();
      expect(await findAxeViolations(container)).toEqual([]);
    },
  );
});

describe('ResponsiveTimeline', () => {
  const eventGroup = () => screen.queryByRole('group', { name: TITLE });
  const eventList = () => screen.queryByRole('region', { name: TITLE });

  it('lists the events vertically in a 360 px container', async () => {
    render(
      <div style={{ width: 360 }}>
        <ResponsiveTimeline data={franceAzerbaijan} />
      </div>,
    );
    await nextFrames();
    expect(eventList()).toBeVisible();
    expect(eventGroup()).toBeNull();
    expect(within(eventList() as HTMLElement).getAllByRole('listitem').length).toBeGreaterThan(
      sorted.length,
    );
  });

  it('draws the timeline in a 1000 px container', async () => {
    render(
      <div style={{ width: 1000 }}>
        <ResponsiveTimeline data={franceAzerbaijan} />
      </div>,
    );
    await nextFrames();
    expect(eventGroup()).toBeVisible();
    expect(eventList()).toBeNull();
  });

  it('follows the container, not the viewport, and keeps the open event across a switch', async () => {
    const onSelectedIdChange = vi.fn();
    const { container } = render(
      <div style={{ width: 1000 }}>
        <ResponsiveTimeline
          data={franceAzerbaijan}
          defaultSelectedId="boycott-paris-2024-campaign"
          onSelectedIdChange={onSelectedIdChange}
        />
      </div>,
    );
    await nextFrames();
    expect(screen.getByRole('button', { name: /BoycottParis2024/, pressed: true })).toBeVisible();
    (container.firstElementChild as HTMLElement).style.width = '500px';
    await waitFor(() => expect(eventList()).not.toBeNull());
    expect(
      (summaryOf('boycott-paris-2024-campaign').parentElement as HTMLDetailsElement).open,
    ).toBe(true);
    await userEvent.click(summaryOf(sorted[0]?.id ?? ''));
    expect(onSelectedIdChange).toHaveBeenLastCalledWith(sorted[0]?.id);
    (container.firstElementChild as HTMLElement).style.width = '700px';
    await waitFor(() => expect(eventGroup()).not.toBeNull());
    expect(screen.getByRole('region', { name: titleOf(0) })).toBeVisible();
  });

  it('takes its breakpoint from breakpointPx', async () => {
    render(
      <div style={{ width: 700 }}>
        <ResponsiveTimeline data={franceAzerbaijan} breakpointPx={800} />
      </div>,
    );
    await nextFrames();
    expect(eventList()).toBeVisible();
  });
});
