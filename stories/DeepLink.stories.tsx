import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Timeline } from '../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';
import { useHashState } from '../src/hooks/useHashState.js';
import { getEventButtons } from './support/eventButtons.js';

const DEEP_LINK_DOCS = `
\`useHashState(key)\` keeps one value in the URL fragment so a reader can share a link to it:
\`#frise=<event-id>\` for the default key, \`#frise-<key>=<value>\` for the others
(\`#frise=second-karabakh-war-2020&frise-story=3\`). Give each timeline on a page its own key.
A selection pushes a history entry, so Back and Forward walk through the reader's selections;
parts of the fragment that Frise does not own are kept. On the server and while hydrating the
value is \`undefined\`, so the markup always matches.

\`\`\`tsx
const [eventId, setEventId] = useHashState('frise');
<Timeline selectedId={eventId ?? null} onSelectedIdChange={(id) => setEventId(id ?? undefined)} />
\`\`\`
`;

export interface DeepLinkedTimelineProps {
  /** The key the selection is kept under in the URL. @default 'frise' */
  readonly hashKey?: string;
  readonly locale?: string;
}

/** A timeline whose selected event lives in the URL. */
function DeepLinkedTimeline({ hashKey = 'frise', locale }: DeepLinkedTimelineProps) {
  const [eventId, setEventId] = useHashState(hashKey);
  return (
    <Timeline
      data={franceAzerbaijan}
      {...(locale === undefined ? {} : { locale })}
      selectedId={eventId ?? null}
      onSelectedIdChange={(id) => setEventId(id ?? undefined)}
    />
  );
}

const meta = {
  title: 'Components/Deep links',
  component: DeepLinkedTimeline,
  args: { hashKey: 'frise' },
  parameters: { docs: { description: { component: DEEP_LINK_DOCS } } },
  // Each story leaves the URL as it found it.
  beforeEach: () => {
    const url = `${location.pathname}${location.search}${location.hash}`;
    return () => history.replaceState(history.state, '', url);
  },
} satisfies Meta<typeof DeepLinkedTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

const pressedIds = (canvasElement: HTMLElement) =>
  getEventButtons(canvasElement)
    .filter((button) => button.ariaPressed === 'true')
    .map((button) => button.dataset.eventId);

/** A link to one event opens with it selected; selecting another writes it to the URL. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    location.hash = '#frise=baku-initiative-group-founded';
    await waitFor(() =>
      expect(pressedIds(canvasElement)).toEqual(['baku-initiative-group-founded']),
    );
    await expect(canvas.getByRole('region', { name: /Baku Initiative Group/ })).toBeVisible();
    const other = getEventButtons(canvasElement).find(
      (button) => button.dataset.eventId === 'lachin-corridor-blockade',
    );
    if (!other) throw new Error('the Lachin corridor blockade is not drawn');
    await userEvent.click(other);
    await expect(location.hash).toBe('#frise=lachin-corridor-blockade');
  },
};
