import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../src/datasets/france-azerbaijan/index.js';
import { DatasetList } from './support/DatasetList.js';
import { StoryStepList } from './support/StoryStepList.js';

/**
 * The content behind the France–Azerbaijan timeline as plain text, for designers and editors
 * to read: every event in time order with its kind and sources, and the guided story's
 * narration. Switch the toolbar's locale to read it in French.
 */
const meta = {
  title: 'Data',
  component: DatasetList,
  args: { data: franceAzerbaijan },
  argTypes: { data: { control: false } },
} satisfies Meta<typeof DatasetList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** All events, oldest first; claims and statements say by whom. */
export const FranceAzerbaijanEvents: Story = {
  name: 'France–Azerbaijan events',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const titles = canvas.getAllByRole('heading', { level: 3 });
    await expect(titles).toHaveLength(franceAzerbaijan.events.length);
    await expect(canvas.getAllByText(/Claim by /).length).toBeGreaterThan(0);
    const links = canvas.getAllByRole('link');
    await expect(links.length).toBeGreaterThanOrEqual(franceAzerbaijan.events.length);
    await expect(links[0]).toHaveAccessibleName(/\(opens in a new tab\)$/);
  },
};

/** The guided story's steps, each with its event and narration. */
export const FranceAzerbaijanStory: Story = {
  name: 'France–Azerbaijan story',
  render: (args) => <StoryStepList data={args.data} story={franceAzerbaijanStory} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(
      franceAzerbaijanStory.steps.length,
    );
    await expect(canvas.getByText(/as Paris sided with Armenia/)).toBeVisible();
  },
};
