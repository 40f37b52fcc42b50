import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Timeline } from '../src/components/Timeline/Timeline.js';
import {
  TimelineOverview,
  type TimelineOverviewProps,
} from '../src/components/TimelineOverview/TimelineOverview.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';
import type { ViewRange } from '../src/hooks/useViewRange.js';

const MARCH_2023_TO_MAY_2024: ViewRange = [Date.UTC(2023, 2, 1), Date.UTC(2024, 5, 1)];

const OVERVIEW_DOCS = `
A minimap of the whole data range: one thin row per category, one tick per event (a faint bar
for events that last), and a window over the part the timeline shows. The strip is a picture
(\`aria-hidden\`); the window is a \`slider\` named "Visible period" whose value is the window's
start and whose value text is the range in words ("March 2023 – May 2024"). The keyboard help is
its description.

Give it the timeline's \`viewRange\` and \`onViewRangeChange\`: brushing the window zooms and pans
the timeline, and zooming the timeline moves the window.

**Keyboard** (the window is one tab stop)

| Key | Action |
|---|---|
| ← / → (↓ / ↑) | Moves the window by a tenth of its length |
| Shift + ← / → | Makes the window shorter / longer at its end (a week at least) |
| Page Down / Page Up | Moves the window by its whole length |
| Home / End | Moves the window to the start / end of the data |

**Pointer and touch**

| Gesture | Action |
|---|---|
| Drag the window | Pans |
| Drag a grip at the window's edge | Zooms, that edge following the pointer |
| Click or tap the strip outside the window | Centres the window there and focuses it |
| Vertical swipe on the strip | Scrolls the page: only the window takes touches (\`touch-action: none\`) |
`;

const meta = {
  title: 'Components/TimelineOverview',
  component: TimelineOverview,
  args: {
    data: franceAzerbaijan,
    defaultViewRange: MARCH_2023_TO_MAY_2024,
    onViewRangeChange: fn(),
  },
  argTypes: {
    data: { control: false },
    viewRange: { control: false },
    defaultViewRange: { control: false },
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
    height: { control: { type: 'range', min: 24, max: 120, step: 4 } },
  },
  parameters: { docs: { description: { component: OVERVIEW_DOCS } } },
} satisfies Meta<typeof TimelineOverview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The overview above a timeline, both following one `viewRange` held by the page. */
function WiredOverview(args: TimelineOverviewProps) {
  const [viewRange, setViewRange] = useState<ViewRange>(
    args.defaultViewRange ?? MARCH_2023_TO_MAY_2024,
  );
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <TimelineOverview
        {...args}
        viewRange={viewRange}
        onViewRangeChange={(range) => {
          setViewRange(range);
          args.onViewRangeChange?.(range);
        }}
      />
      <Timeline
        data={args.data}
        {...(args.locale === undefined ? {} : { locale: args.locale })}
        hasDetails={false}
        viewRange={viewRange}
        onViewRangeChange={setViewRange}
      />
    </div>
  );
}

/** Wired to a timeline: → on the window pans both, ctrl + wheel on the timeline moves the window. */
export const WithTimeline: Story = {
  name: 'With a timeline',
  render: (args) => <WiredOverview {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const slider = canvas.getByRole('slider', { name: 'Visible period' });
    await expect(slider).toHaveAttribute('aria-valuetext', 'March 2023 – May 2024');
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(slider).toHaveAttribute('aria-valuetext', 'April 2023 – July 2024');
    await expect(args.onViewRangeChange).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await expect(slider).toHaveAttribute('aria-valuetext', 'April 2023 – May 2024');
  },
};

/** On its own and uncontrolled: it keeps its window and reports each change. */
export const Standalone: Story = {
  play: async ({ canvasElement, args }) => {
    const slider = within(canvasElement).getByRole('slider', { name: 'Visible period' });
    slider.focus();
    await userEvent.keyboard('{End}');
    await expect(slider.getAttribute('aria-valuenow')).toBe(slider.getAttribute('aria-valuemax'));
    await expect(args.onViewRangeChange).toHaveBeenCalledTimes(1);
  },
};

/** In French, wired to a French timeline. */
export const French: Story = {
  args: { locale: 'fr' },
  globals: { locale: 'fr' },
  render: (args) => <WiredOverview {...args} />,
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole('slider', { name: 'Période affichée' });
    await expect(slider).toHaveAttribute('aria-valuetext', 'mars 2023 – mai 2024');
  },
};

/** Dark theme, a taller strip, and the narrowest window (a week). */
export const Dark: Story = {
  args: {
    height: 64,
    defaultViewRange: [Date.UTC(2024, 4, 13), Date.UTC(2024, 4, 20)],
  },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole('slider', { name: 'Visible period' });
    await expect(slider).toHaveAttribute('aria-valuetext', '13 May 2024 – 19 May 2024');
    slider.focus();
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await expect(slider).toHaveAttribute('aria-valuetext', '13 May 2024 – 19 May 2024');
  },
};
