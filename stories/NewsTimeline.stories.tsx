import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { NewsTimeline } from '../src/components/NewsTimeline/NewsTimeline.js';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../src/datasets/france-azerbaijan/index.js';

/**
 * The block most articles embed: title, guided story, filters, the zoomable timeline with its
 * overview strip — or, in a container narrower than 640 px, the vertical list — and the
 * details of the selected event, all sharing one state.
 */
const meta = {
  title: 'France–Azerbaijan/NewsTimeline',
  component: NewsTimeline,
  args: { data: franceAzerbaijan, story: franceAzerbaijanStory },
  argTypes: {
    data: { control: false },
    story: { control: false },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
    serverLayout: { control: 'inline-radio', options: ['list', 'timeline'] },
  },
} satisfies Meta<typeof NewsTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Desktop, English: the story's Next button selects its step's event. */
export const Desktop: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('slider')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /^Next/ }));
    const stepEvent = franceAzerbaijanStory.steps[1]?.eventId;
    await waitFor(() =>
      expect(
        canvasElement.querySelector(`.frise-timeline [data-event-id="${stepEvent}"]`),
      ).toHaveAttribute('aria-pressed', 'true'),
    );
  },
};

/** French. */
export const French: Story = { args: { locale: 'fr' }, globals: { locale: 'fr' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

/** A 360 px phone: the vertical list, with the same story and filters. */
export const Mobile: Story = {
  decorators: [
    (StoryComponent) => (
      <div style={{ width: 360 }}>
        <StoryComponent />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.frise-vertical')).not.toBeNull());
    await expect(canvasElement.querySelector('.frise-timeline__viewport')).toBeNull();
  },
};

/** A 360 px phone in French and dark. */
export const MobileFrenchDark: Story = {
  ...Mobile,
  args: { locale: 'fr', theme: 'dark' },
  globals: { locale: 'fr', theme: 'dark' },
};
