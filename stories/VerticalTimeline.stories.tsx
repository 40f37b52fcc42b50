import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { VerticalTimeline } from '../src/components/VerticalTimeline/VerticalTimeline.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';
import { BROKEN_EVENTS, brokenFranceAzerbaijan } from './support/brokenDataset.js';
import { VERTICAL_TIMELINE_DOCS } from './support/verticalTimelineDocs.js';

const CLAIM_ID = 'boycott-paris-2024-campaign';

const meta = {
  title: 'Components/VerticalTimeline',
  component: VerticalTimeline,
  args: { data: franceAzerbaijan, onSelectedIdChange: fn() },
  argTypes: {
    data: { control: false },
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    hasLegend: { control: 'boolean' },
    selectedId: { control: false },
  },
  parameters: { docs: { description: { component: VERTICAL_TIMELINE_DOCS } } },
} satisfies Meta<typeof VerticalTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

function getSummary(canvasElement: HTMLElement, id: string): HTMLElement {
  const summary = canvasElement.querySelector<HTMLElement>(`summary[data-event-id="${id}"]`);
  if (!summary) throw new Error(`no summary for ${id}`);
  return summary;
}

/**
 * A browser turns Enter and Space on a summary into a click, which opens the event (the browser
 * tests press the real keys); the story runner's simulated keyboard does not, so the play
 * function clicks where a reader would press Enter.
 */
async function pressEnterOn(summary: HTMLElement) {
  summary.focus();
  await userEvent.click(summary);
}

/** The France–Azerbaijan dataset as a list; the keyboard reaches a claim, its sources and back. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('region', { name: /France and Azerbaijan/ });
    await expect(within(list).getByRole('heading', { name: 'April 2024' })).toBeVisible();
    const summaries = Array.from(
      canvasElement.querySelectorAll<HTMLElement>('summary[data-event-id]'),
    );
    const index = summaries.findIndex((summary) => summary.dataset.eventId === CLAIM_ID);
    summaries[index - 1]?.focus();
    await userEvent.keyboard('{ArrowDown}');
    const summary = getSummary(canvasElement, CLAIM_ID);
    await expect(summary).toHaveFocus();
    await pressEnterOn(summary);
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith(CLAIM_ID);
    const card = within(summary.parentElement as HTMLElement).getByRole('region');
    await expect(within(card).getByText(/^Claim by Viginum/)).toBeVisible();
    const links = within(card).getAllByRole('link');
    await expect(links[0]).toBeVisible();
    await userEvent.tab();
    await expect(links[0]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(args.onSelectedIdChange).toHaveBeenLastCalledWith(null);
  },
};

/** Dates, months and interface text in French. */
export const French: Story = {
  args: { locale: 'fr' },
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'avril 2024' })).toBeVisible();
    const summary = getSummary(canvasElement, CLAIM_ID);
    await pressEnterOn(summary);
    await expect(within(summary.parentElement as HTMLElement).getByText('Sources')).toBeVisible();
  },
};

/** Dark theme, with a claim open. */
export const Dark: Story = {
  args: { theme: 'dark', defaultSelectedId: CLAIM_ID },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const details = getSummary(canvasElement, CLAIM_ID).parentElement as HTMLDetailsElement;
    await expect(details.open).toBe(true);
    await expect(within(details).getAllByRole('link')[0]).toBeVisible();
  },
};

/** A phone-width column: the layout that `ResponsiveTimeline` picks below 640 px. */
export const Mobile360: Story = {
  name: 'Mobile (360 px)',
  decorators: [
    (Story) => (
      <div style={{ width: 360, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const summary = getSummary(canvasElement, CLAIM_ID);
    await pressEnterOn(summary);
    const region = within(summary.parentElement as HTMLElement).getByRole('region');
    await expect(region.getBoundingClientRect().right).toBeLessThanOrEqual(
      canvasElement.getBoundingClientRect().left + 360 + 16,
    );
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** Four broken events: an inline notice lists them and the valid events are still listed. */
export const InvalidData: Story = {
  args: { data: brokenFranceAzerbaijan },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    for (const { id } of BROKEN_EVENTS) await expect(alert).toHaveTextContent(id);
    await expect(canvasElement.querySelectorAll('summary[data-event-id]').length).toBeGreaterThan(
      0,
    );
  },
};
