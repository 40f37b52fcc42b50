import { render, screen, within } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import {
  TimelineFilters,
  type TimelineFiltersProps,
} from '../../src/components/TimelineFilters/TimelineFilters.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import {
  type TimelineFilters as Filters,
  filterEvents,
  filterTimelineData,
} from '../../src/model/filterEvents.js';
import { resolveText } from '../../src/model/localizedText.js';
import { sortEvents } from '../../src/model/sortEvents.js';
import { findAxeViolations } from '../support/axe.js';
import { nextFrames } from '../support/realInput.js';

const TOTAL = franceAzerbaijan.events.length;
const categoryOf = new Map(franceAzerbaijan.events.map((event) => [event.id, event.category]));
const countIn = (category: string) =>
  franceAzerbaijan.events.filter((event) => event.category === category).length;

/** The filters wired to a timeline, as a page would do it. */
function FilteredTimeline({ locale = 'en' }: { readonly locale?: string }) {
  const [filters, setFilters] = useState<Filters>({});
  const data = useMemo(
    () => filterTimelineData(franceAzerbaijan, filters, locale),
    [filters, locale],
  );
  return (
    <div style={{ width: 1000 }}>
      <TimelineFilters
        data={franceAzerbaijan}
        filters={filters}
        onFiltersChange={setFilters}
        locale={locale}
      />
      <Timeline data={data} locale={locale} />
    </div>
  );
}

const eventButtons = () =>
  screen.getAllByRole('button').filter((button) => button.hasAttribute('data-event-id'));
const drawnIds = () => eventButtons().map((button) => button.dataset.eventId ?? '');

/** Focuses the events' tab stop, then presses → until focus stops moving; the ids visited. */
async function walkRight(): Promise<string[]> {
  const start = eventButtons().find((button) => button.tabIndex === 0);
  start?.focus();
  const visited = [(document.activeElement as HTMLElement).dataset.eventId ?? ''];
  for (let presses = 0; presses < TOTAL + 2; presses += 1) {
    await userEvent.keyboard('{ArrowRight}');
    const id = (document.activeElement as HTMLElement).dataset.eventId ?? '';
    if (id === visited.at(-1)) break;
    visited.push(id);
  }
  return visited;
}

describe('TimelineFilters wired to a Timeline', () => {
  it('toggling a category removes its events from the timeline and from its keyboard navigation', async () => {
    render(<FilteredTimeline />);
    const diplomacy = screen.getByRole('button', { name: `Diplomacy (${countIn('diplomacy')})` });
    expect(diplomacy).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(diplomacy);
    expect(diplomacy).toHaveAttribute('aria-pressed', 'false');
    await nextFrames();
    const remaining = TOTAL - countIn('diplomacy');
    expect(screen.getByText(`${remaining} of ${TOTAL} events shown`)).toBeVisible();
    expect(drawnIds().some((id) => categoryOf.get(id) === 'diplomacy')).toBe(false);

    const visited = await walkRight();
    expect(visited.some((id) => categoryOf.get(id) === 'diplomacy')).toBe(false);
    const expected = sortEvents(franceAzerbaijan.events).filter(
      (event) => event.category !== 'diplomacy',
    );
    expect(visited).toEqual(expected.map((event) => event.id));
  });

  it('a search for "viginum" narrows the timeline to the events that name it', async () => {
    render(<FilteredTimeline />);
    const expected = filterEvents(franceAzerbaijan.events, { query: 'viginum' }, 'en');
    expect(expected.length).toBeGreaterThan(0);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search events' }), 'viginum');
    await nextFrames();
    expect(screen.getByText(`${expected.length} of ${TOTAL} events shown`)).toBeVisible();
    expect(new Set(drawnIds())).toEqual(new Set(expected.map((event) => event.id)));
    expect(await walkRight()).toEqual(sortEvents(expected).map((event) => event.id));
  });

  it('Reset filters shows every event again', async () => {
    render(<FilteredTimeline />);
    await userEvent.click(screen.getByRole('button', { name: /^Military conflict/ }));
    await userEvent.type(screen.getByRole('searchbox'), 'France');
    expect(screen.queryByText(`${TOTAL} of ${TOTAL} events shown`)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    await nextFrames();
    expect(screen.getByText(`${TOTAL} of ${TOTAL} events shown`)).toBeVisible();
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('button', { name: /^Military conflict/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(new Set(drawnIds())).toEqual(new Set(franceAzerbaijan.events.map((event) => event.id)));
  });

  it('an actor toggle narrows to the events that actor takes part in or claims', async () => {
    render(<FilteredTimeline />);
    const who = screen.getByRole('group', { name: 'Who' });
    const viginum = within(who).getByRole('button', { name: /^Viginum \(SGDSN\) \(\d+\)$/ });
    expect(viginum).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(viginum);
    expect(viginum).toHaveAttribute('aria-pressed', 'true');
    const expected = filterEvents(franceAzerbaijan.events, { actors: ['viginum'] }, 'en');
    expect(viginum).toHaveAccessibleName(`Viginum (SGDSN) (${expected.length})`);
    expect(screen.getByText(`${expected.length} of ${TOTAL} events shown`)).toBeVisible();
    expect(new Set(drawnIds())).toEqual(new Set(expected.map((event) => event.id)));
  });
});

describe('TimelineFilters', () => {
  function renderFilters(props: Partial<TimelineFiltersProps> = {}) {
    const onFiltersChange = vi.fn<(filters: Filters) => void>();
    const result = render(
      <TimelineFilters data={franceAzerbaijan} onFiltersChange={onFiltersChange} {...props} />,
    );
    return { ...result, onFiltersChange };
  }

  it('lists the categories with their counts, all shown, in lane order', () => {
    renderFilters();
    const search = screen.getByRole('search', { name: 'Filter events' });
    const group = within(search).getByRole('group', { name: 'Categories' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(
      franceAzerbaijan.categories.map(
        (category) => `${resolveText(category.label, 'en')} (${countIn(category.id)})`,
      ),
    );
    for (const button of buttons) expect(button).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists the eight actors with the most events, and the rest behind a disclosure', async () => {
    renderFilters();
    const who = screen.getByRole('group', { name: 'Who' });
    const counts = () =>
      within(who)
        .getAllByRole('button', { pressed: false })
        .map((button) => Number(/\((\d+)\)$/.exec(button.textContent ?? '')?.[1]));
    expect(counts()).toHaveLength(8);
    expect(counts()).toEqual([...counts()].sort((a, b) => b - a));
    const more = within(who).getByRole('button', { name: /^Show all \d+ actors$/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const involved = new Set(
      franceAzerbaijan.events.flatMap((event) => [
        ...(event.actors ?? []),
        ...(event.claimedBy ?? []),
      ]),
    );
    expect(more).toHaveAccessibleName(`Show all ${involved.size} actors`);
    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveAccessibleName('Show fewer actors');
    expect(counts()).toHaveLength(involved.size);
    expect(counts().every((count) => count > 0)).toBe(true);
  });

  it('keeps a selected actor listed when the list is collapsed again', async () => {
    renderFilters();
    const who = screen.getByRole('group', { name: 'Who' });
    await userEvent.click(within(who).getByRole('button', { name: /^Show all/ }));
    const last = within(who).getAllByRole('button', { pressed: false }).at(-1) as HTMLElement;
    await userEvent.click(last);
    await userEvent.click(within(who).getByRole('button', { name: 'Show fewer actors' }));
    expect(within(who).getAllByRole('button', { pressed: true })).toEqual([last]);
  });

  it('reports every change; uncontrolled, it starts from defaultFilters', async () => {
    const { onFiltersChange } = renderFilters({ defaultFilters: { query: 'paris' } });
    const search = screen.getByRole('searchbox', { name: 'Search events' });
    expect(search).toHaveValue('paris');
    await userEvent.click(screen.getByRole('button', { name: /^New Caledonia/ }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({
      query: 'paris',
      categories: franceAzerbaijan.categories
        .map((category) => category.id)
        .filter((id) => id !== 'new-caledonia'),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
    expect(search).toHaveValue('');
  });

  it('is in French, with the count in French', async () => {
    renderFilters({
      locale: 'fr',
      defaultFilters: { categories: ['diplomacy'], actors: ['viginum'] },
    });
    expect(screen.getByRole('searchbox', { name: 'Rechercher' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Catégories' })).toBeVisible();
    expect(screen.getByRole('button', { name: /^Diplomatie \(\d+\)$/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const shown = filterEvents(
      franceAzerbaijan.events,
      { categories: ['diplomacy'], actors: ['viginum'] },
      'fr',
    ).length;
    expect(
      screen.getByText(new RegExp(`^${shown} événements? affichés? sur ${TOTAL}$`)),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Réinitialiser les filtres' })).toBeVisible();
  });

  it('wraps from 320 px up without overflowing', async () => {
    const { container } = render(
      <div style={{ width: 320 }}>
        <TimelineFilters data={franceAzerbaijan} />
      </div>,
    );
    await nextFrames();
    const root = container.firstElementChild as HTMLElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(320);
    for (const button of within(root).getAllByRole('button')) {
      expect(button.getBoundingClientRect().right).toBeLessThanOrEqual(
        root.getBoundingClientRect().right + 0.5,
      );
    }
  });

  it.each(['light', 'dark'] as const)(
    'axe finds no violation in the %s theme, before and after filtering',
    async (theme) => {
      const { container } = render(
        <div data-theme={theme} className="frise">
          <FilteredTimeline />
        </div>,
      );
      expect(await findAxeViolations(container)).toEqual([]);
      await userEvent.click(screen.getByRole('button', { name: /^Diplomacy/ }));
      await userEvent.click(screen.getByRole('button', { name: /^Show all \d+ actors/ }));
      await userEvent.type(screen.getByRole('searchbox'), 'azer');
      await nextFrames();
      expect(await findAxeViolations(container)).toEqual([]);
    },
  );
});
