import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { EventDetails } from '../src/components/EventDetails/EventDetails.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';
import type { TimelineEvent } from '../src/model/event.js';

function getDatasetEvent(id: string): TimelineEvent {
  const event = franceAzerbaijan.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event "${id}" in the France–Azerbaijan dataset`);
  return event;
}

const FACT = getDatasetEvent('trilateral-ceasefire-nov-2020');
const CLAIM = getDatasetEvent('boycott-paris-2024-campaign');
const STATEMENT = getDatasetEvent('baku-rejects-darmanin-accusation');
const YEAR_ONLY = getDatasetEvent('denigration-campaigns-from-2022');

const meta = {
  title: 'Components/EventDetails',
  component: EventDetails,
  args: { event: FACT, actors: franceAzerbaijan.actors, onClose: fn() },
  argTypes: {
    event: { control: false },
    actors: { control: false },
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  parameters: {
    docs: {
      description: {
        component: `
The card for one event, a \`region\` named by its title. It says whether the event is a fact or
a claim or statement **by whom**, gives the date at its precision ("date known to the year"), who
takes part, the summary and every source. Source links open in a new tab and say so to screen
readers; links that are not http(s) are shown as plain text. With \`onClose\`, a Close button
appears and Escape closes the card.
`,
      },
    },
  },
} satisfies Meta<typeof EventDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An independently attested event; Close calls `onClose`. */
export const Fact: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole('region', { name: /ceasefire/i });
    await expect(within(card).getByText('Fact')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Close' }));
    await expect(args.onClose).toHaveBeenCalledTimes(1);
  },
};

/** An allegation, named as such with who makes it. */
export const Claim: Story = {
  args: { event: CLAIM },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole('region', { name: /BoycottParis2024/ });
    await expect(within(card).getByText(/^Claim by Viginum/)).toBeVisible();
    const links = within(card).getAllByRole('link');
    await expect(links.length).toBe(CLAIM.sources.length);
    await expect(links[0]).toHaveAttribute('target', '_blank');
    await expect(links[0]).toHaveAccessibleName(/\(opens in a new tab\)$/);
  },
};

/** A position stated publicly, with who states it. */
export const Statement: Story = {
  args: { event: STATEMENT },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Statement by /)).toBeVisible();
  },
};

/** A date known only to the year says so. */
export const YearPrecision: Story = {
  name: 'Date known to the year',
  args: { event: YEAR_ONLY },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/date known to the year/)).toBeVisible();
  },
};

/** An image with alt text and credit. The address is a placeholder, so only the alt text may show. */
export const WithMedia: Story = {
  args: {
    event: {
      ...FACT,
      media: {
        url: 'https://example.org/photo.jpg',
        alt: {
          en: 'Placeholder: a signed ceasefire statement on a desk',
          fr: 'Image d’exemple : une déclaration de cessez-le-feu signée sur un bureau',
        },
        credit: 'Example Agency',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const image = canvas.getByRole('img', { name: /ceasefire statement/ });
    await expect(image).toHaveAttribute('src', 'https://example.org/photo.jpg');
    await expect(canvas.getByText('Credit: Example Agency')).toBeVisible();
  },
};

/** The claim in French: « Affirmation de Viginum (SGDSN) ». */
export const French: Story = {
  args: { event: CLAIM, locale: 'fr' },
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Affirmation de Viginum/)).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Fermer' })).toBeVisible();
  },
};
