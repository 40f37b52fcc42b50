import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { ResponsiveTimeline } from '../src/components/ResponsiveTimeline/ResponsiveTimeline.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';
import { getEventButtons } from './support/eventButtons.js';

const TITLE = /France and Azerbaijan/;

const meta = {
  title: 'Components/ResponsiveTimeline',
  component: ResponsiveTimeline,
  args: { data: franceAzerbaijan, onSelectedIdChange: fn() },
  argTypes: {
    data: { control: false },
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    breakpointPx: { control: { type: 'number', min: 0, step: 10 } },
    selectedId: { control: false },
    viewRange: { control: false },
    defaultViewRange: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The drawn `Timeline` in a container at least `breakpointPx` wide (640 px by default), the `VerticalTimeline` list below it. The container decides, not the viewport; the selection is shared, so an open event stays open across a switch. On the server it renders the drawn timeline.',
      },
    },
  },
} satisfies Meta<typeof ResponsiveTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In a 360 px column the events are a list, grouped by year and month. */
export const Narrow360: Story = {
  name: 'Narrow (360 px)',
  args: { defaultSelectedId: 'boycott-paris-2024-campaign' },
  decorators: [
    (Story) => (
      <div style={{ width: 360, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('region', { name: TITLE })).toBeVisible());
    await expect(canvas.queryByRole('group', { name: TITLE })).toBeNull();
    await expect(canvas.getByRole('heading', { name: 'July 2023' })).toBeVisible();
  },
};

/** In a 1000 px container the events are drawn true to scale. */
export const Wide1000: Story = {
  name: 'Wide (1000 px)',
  decorators: [
    (Story) => (
      <div style={{ width: 1000, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: TITLE })).toBeVisible();
    await expect(canvas.queryByRole('region', { name: TITLE })).toBeNull();
    await expect(getEventButtons(canvasElement).length).toBeGreaterThan(0);
  },
};
