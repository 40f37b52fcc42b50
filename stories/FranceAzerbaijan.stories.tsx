import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Timeline } from '../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';

/**
 * The France–Azerbaijan relationship from the 2020 Karabakh war to the May 2024 New
 * Caledonia crisis, with later follow-ups. Claims and statements are drawn hollow and named
 * with who makes them; every event lists its sources.
 */
const meta = {
  title: 'France–Azerbaijan/Timeline',
  component: Timeline,
  args: { data: franceAzerbaijan },
  argTypes: {
    data: { control: false },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
  },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole story, as a reader first sees it. */
export const FranceAzerbaijan: Story = {
  name: 'France–Azerbaijan',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const timeline = canvas.getByRole('group', {
      name: /France and Azerbaijan|France-Azerbaïdjan/,
    });
    await expect(timeline).toBeVisible();
    const first = canvas
      .getAllByRole('button', { pressed: false })
      .find((button) => button.hasAttribute('data-event-id'));
    await expect(first).toBeDefined();
    if (!first) return;
    await userEvent.click(first);
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    const details = canvas.getByRole('region');
    await expect(details).toBeVisible();
    await expect(within(details).getByRole('heading', { name: 'Sources' })).toBeVisible();
    // Escape closes the card and gives focus back to the event it came from.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('region')).toBeNull());
    await expect(first).toHaveFocus();
  },
};

/** The same, in French. */
export const French: Story = { args: { locale: 'fr' }, globals: { locale: 'fr' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };
