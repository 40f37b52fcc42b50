import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Timeline } from '../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';
import type { TimelineData } from '../src/model/event.js';
import { createSyntheticTimeline } from '../test/fixtures/syntheticTimeline.js';
import { BROKEN_EVENTS, brokenFranceAzerbaijan } from './support/brokenDataset.js';
import { getEventButtons } from './support/eventButtons.js';
import { TIMELINE_DOCS } from './support/timelineDocs.js';

const TITLE = /France and Azerbaijan/;
/** The announcement waits for the view to settle (animation, then 600 ms of stillness). */
const ANNOUNCE_TIMEOUT_MS = 4000;

const meta = {
  title: 'Components/Timeline',
  component: Timeline,
  args: {
    data: franceAzerbaijan,
    onSelectedIdChange: fn(),
    onViewRangeChange: fn(),
  },
  argTypes: {
    data: { control: false },
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    isPlainWheelZoom: { control: 'boolean' },
    hasDetails: { control: 'boolean' },
    hasLegend: { control: 'boolean' },
    selectedId: { control: false },
    viewRange: { control: false },
    defaultViewRange: { control: false },
  },
  parameters: { docs: { description: { component: TIMELINE_DOCS } } },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The France–Azerbaijan dataset as an article would embed it. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: TITLE })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^Showing \S/), {
      timeout: ANNOUNCE_TIMEOUT_MS,
    });
    await expect(canvas.getByRole('button', { name: 'Zoom out' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  },
};

/** Interface text and dates in French; the keyboard walks events in time order. */
export const French: Story = {
  args: { locale: 'fr' },
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Zoom avant' })).toBeVisible();
    // Events share one tab stop, after the zoom buttons and the legend.
    for (let presses = 0; presses < 8 && !isEventButton(document.activeElement); presses += 1) {
      await userEvent.tab();
    }
    const first = document.activeElement;
    await expect(isEventButton(first)).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(document.activeElement).not.toBe(first));
    await expect(isEventButton(document.activeElement)).toBe(true);
    await expect(document.activeElement).toHaveAttribute('tabindex', '0');
    await expect(first).toHaveAttribute('tabindex', '-1');
  },
};

/** Dark theme; Enter opens an event and Escape closes it, returning focus to the event. */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [event] = getEventButtons(canvasElement);
    if (!event) throw new Error('no event button drawn');
    event.focus();
    await userEvent.keyboard('{Enter}');
    await expect(event).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('region')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('region')).toBeNull());
    await expect(event).toHaveFocus();
  },
};

/** A phone-width column: the toolbar wraps and nothing overflows the page. */
export const Mobile360: Story = {
  name: 'Mobile (360 px)',
  decorators: [
    (Story) => (
      <div style={{ width: 360, maxWidth: '100%' }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    viewport: {
      options: {
        mobile360: {
          name: 'Phone, 360 px',
          styles: { width: '360px', height: '740px' },
          type: 'mobile',
        },
      },
    },
  },
  globals: { viewport: { value: 'mobile360', isRotated: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: TITLE });
    await expect(group.getBoundingClientRect().width).toBeLessThanOrEqual(360);
    const zoomIn = canvas.getByRole('button', { name: 'Zoom in' });
    await expect(zoomIn.getBoundingClientRect().right).toBeLessThanOrEqual(
      group.getBoundingClientRect().right,
    );
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** 300 synthetic events over two years, a third of them periods: one tab stop, `+` zooms. */
export const DenseRanges: Story = {
  args: { data: createSyntheticTimeline({ count: 300, seed: 7, years: 2 }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = getEventButtons(canvasElement);
    await expect(buttons.length).toBeGreaterThan(0);
    // Dense lanes merge what would overlap into clusters named by their count and dates.
    for (const button of buttons) {
      await expect(button).toHaveAccessibleName(/^(Event \d+|\d+ events), /);
    }
    const tabStops = buttons.filter((button) => button.tabIndex === 0);
    await expect(tabStops).toHaveLength(1);
    tabStops[0]?.focus();
    await userEvent.keyboard('+');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^Showing \S/), {
      timeout: ANNOUNCE_TIMEOUT_MS,
    });
  },
};

/** A claim selected at first: its card says whose claim it is. */
export const SelectedEvent: Story = {
  args: { defaultSelectedId: 'boycott-paris-2024-campaign' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('button', { name: /BoycottParis2024/, pressed: true }),
    ).toBeVisible();
    const details = canvas.getByRole('region', { name: /BoycottParis2024/ });
    await expect(within(details).getByText(/^Claim by Viginum/)).toBeVisible();
    await expect(within(details).getAllByRole('link').length).toBeGreaterThan(0);
  },
};

const EMPTY: TimelineData = { ...franceAzerbaijan, events: [] };

/** Categories but no events: the lanes are drawn with an empty-state message. */
export const Empty: Story = {
  args: { data: EMPTY },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No events to show.')).toBeVisible();
    await expect(getEventButtons(canvasElement)).toHaveLength(0);
  },
};

/** Four broken events: an inline notice lists them and the valid events are still drawn. */
export const InvalidData: Story = {
  args: { data: brokenFranceAzerbaijan },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('2023-02-30');
    for (const { id } of BROKEN_EVENTS) await expect(alert).toHaveTextContent(id);
    const drawn = getEventButtons(canvasElement).map((button) => button.dataset.eventId);
    await expect(drawn.length).toBeGreaterThan(0);
    await expect(drawn).not.toContain('broken-impossible-date');
    await expect(canvas.queryByRole('link', { name: /Click me/ })).toBeNull();
  },
};

const ALL_STATES = [
  { label: 'Default', props: {} },
  { label: 'Selected', props: { defaultSelectedId: 'boycott-paris-2024-campaign' } },
  {
    label: 'Zoomed to September 2023 – January 2024',
    props: { defaultViewRange: [Date.UTC(2023, 8, 1), Date.UTC(2024, 1, 1)] as const },
  },
  { label: 'Dark', props: { theme: 'dark' as const } },
  { label: 'En français', props: { locale: 'fr' } },
];

/** Every state on one page, for review and for axe: default, selected, zoomed, dark, French. */
export const AllStates: Story = {
  name: 'All states',
  render: (args) => (
    // `frise` gives the headings the theme's text colour in both toolbar themes.
    <div className="frise" style={{ display: 'grid', gap: 16 }}>
      {ALL_STATES.map(({ label, props }) => (
        <section key={label}>
          <h2 style={{ fontSize: '1rem', margin: '8px 0' }}>{label}</h2>
          <Timeline {...args} {...props} aria-label={label} />
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ['Default', 'Selected', 'Dark', 'En français']) {
      await expect(canvas.getByRole('group', { name })).toBeVisible();
    }
    await expect(canvas.getByRole('region', { name: /BoycottParis2024/ })).toBeVisible();
    const zoomed = canvas.getByRole('group', { name: /^Zoomed/ });
    const zoomedEvents = getEventButtons(zoomed);
    const full = getEventButtons(canvas.getByRole('group', { name: 'Default' }));
    await expect(zoomedEvents.length).toBeLessThan(full.length);
    await expect(canvas.getByRole('button', { name: 'Zoom avant' })).toBeVisible();
  },
};

function isEventButton(element: Element | null): element is HTMLButtonElement {
  return element instanceof HTMLButtonElement && element.dataset.eventId !== undefined;
}
