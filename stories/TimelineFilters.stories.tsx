import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Timeline } from '../src/components/Timeline/Timeline.js';
import {
  TimelineFilters,
  type TimelineFiltersProps,
} from '../src/components/TimelineFilters/TimelineFilters.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';
import { useI18n } from '../src/hooks/useI18n.js';
import { type TimelineFilters as Filters, filterTimelineData } from '../src/model/filterEvents.js';
import { getEventButtons } from './support/eventButtons.js';
import { TIMELINE_FILTERS_DOCS } from './support/verticalTimelineDocs.js';

const TOTAL = franceAzerbaijan.events.length;
const DIPLOMACY = franceAzerbaijan.events.filter((event) => event.category === 'diplomacy').length;

const meta = {
  title: 'Components/TimelineFilters',
  component: TimelineFilters,
  args: { data: franceAzerbaijan, onFiltersChange: fn() },
  argTypes: {
    data: { control: false },
    filters: { control: false },
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    hasActorFilters: { control: 'boolean' },
  },
  parameters: { docs: { description: { component: TIMELINE_FILTERS_DOCS } } },
} satisfies Meta<typeof TimelineFilters>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Toggling a category changes the count; Reset filters brings every event back. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole('status');
    await expect(status).toHaveTextContent(`${TOTAL} of ${TOTAL} events shown`);
    const diplomacy = canvas.getByRole('button', { name: `Diplomacy (${DIPLOMACY})` });
    await userEvent.click(diplomacy);
    await expect(diplomacy).toHaveAttribute('aria-pressed', 'false');
    await expect(status).toHaveTextContent(`${TOTAL - DIPLOMACY} of ${TOTAL} events shown`);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search events' }), 'viginum');
    await expect(status).not.toHaveTextContent(`${TOTAL - DIPLOMACY} of`);
    await userEvent.click(canvas.getByRole('button', { name: 'Reset filters' }));
    await expect(status).toHaveTextContent(`${TOTAL} of ${TOTAL} events shown`);
    await expect(diplomacy).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onFiltersChange).toHaveBeenLastCalledWith({});
  },
};

/** In French; the actor list opens in full behind its disclosure button. */
export const French: Story = {
  args: { locale: 'fr' },
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('searchbox', { name: 'Rechercher' })).toBeVisible();
    const more = canvas.getByRole('button', { name: /^Afficher les \d+ acteurs$/ });
    await userEvent.click(more);
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      `${TOTAL} événements affichés sur ${TOTAL}`,
    );
  },
};

/** Dark theme, with a category hidden and an actor picked. */
export const Dark: Story = {
  args: {
    theme: 'dark',
    defaultFilters: {
      categories: ['diplomacy', 'new-caledonia', 'information-warfare'],
      actors: ['viginum'],
    },
  },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: /^Viginum/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(canvas.getByRole('button', { name: /^Military conflict/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  },
};

/** The narrowest column: toggles wrap and nothing overflows. */
export const Mobile320: Story = {
  name: 'Mobile (320 px)',
  decorators: [
    (Story) => (
      <div style={{ width: 320, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const search = within(canvasElement).getByRole('search');
    await expect(search.scrollWidth).toBeLessThanOrEqual(320);
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** The filters' state lives in the page; `filterTimelineData` feeds the timeline. */
function FilteredTimeline(props: TimelineFiltersProps) {
  const { locale } = useI18n(props.locale);
  const [filters, setFilters] = useState<Filters>({});
  const data = useMemo(
    () => filterTimelineData(props.data, filters, locale),
    [props.data, filters, locale],
  );
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <TimelineFilters
        {...props}
        filters={filters}
        onFiltersChange={(next) => {
          setFilters(next);
          props.onFiltersChange?.(next);
        }}
      />
      <Timeline data={data} locale={locale} />
    </div>
  );
}

/** Wired to a Timeline: a hidden category leaves the drawing and the arrow-key walk. */
export const WithTimeline: Story = {
  name: 'With a timeline',
  render: (args) => <FilteredTimeline {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const diplomacyIds = new Set(
      franceAzerbaijan.events
        .filter((event) => event.category === 'diplomacy')
        .map((event) => event.id),
    );
    await waitFor(() => expect(getEventButtons(canvasElement)).toHaveLength(TOTAL));
    await userEvent.click(canvas.getByRole('button', { name: /^Diplomacy/ }));
    await waitFor(() => expect(getEventButtons(canvasElement)).toHaveLength(TOTAL - DIPLOMACY));
    const first = getEventButtons(canvasElement).find((button) => button.tabIndex === 0);
    first?.focus();
    for (let presses = 0; presses < 5; presses += 1) {
      await userEvent.keyboard('{ArrowRight}');
      const id = (document.activeElement as HTMLElement).dataset.eventId ?? '';
      await expect(diplomacyIds.has(id)).toBe(false);
    }
    await userEvent.click(canvas.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(getEventButtons(canvasElement)).toHaveLength(TOTAL));
  },
};
