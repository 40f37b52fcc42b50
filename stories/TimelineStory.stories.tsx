import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Timeline } from '../src/components/Timeline/Timeline.js';
import { ScrollyStory } from '../src/components/TimelineStory/ScrollyStory.js';
import {
  TimelineStory,
  type TimelineStoryProps,
} from '../src/components/TimelineStory/TimelineStory.js';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../src/datasets/france-azerbaijan/index.js';
import type { ViewRange } from '../src/hooks/useViewRange.js';
import { useViewRangeTransition } from '../src/hooks/useViewRangeTransition.js';
import { computeStoryStepView } from '../src/layout/stepRange.js';
import { createTimelineModel } from '../src/layout/timelineModel.js';
import { parseTimeline } from '../src/model/parseTimeline.js';
import { getEventButtons } from './support/eventButtons.js';

const STORY_DOCS = `
A guided walk through a timeline's events. \`<TimelineStory>\` is a \`region\` named by the story's
title. It shows "Step 3 of 11", the step's event (title and date) and its narration in one polite,
atomic live region, so each step is announced once. Previous and Next stay focusable at the ends
with \`aria-disabled\`. Each step change calls \`onStepEvent(eventId, range)\`: the page selects the
event and moves the timeline to the range (animated with \`useViewRangeTransition\`, at once under
reduced motion). When the reader selects another event, the page sets \`isExploring\` and a "Back
to step 3" button returns to the step.

**Keyboard** (while focus is inside the story)

| Key | Action |
|---|---|
| ← / → | Previous / next step |
| Home / End | First / last step |
| Enter / Space on a button | Previous, Next, Back to step |

\`<ScrollyStory>\` shows the steps as blocks of text in the article beside (or, on narrow screens,
below) a sticky timeline; the block that crosses the middle of the viewport drives it. Nothing is
focusable in the blocks: they are read as article text, and each has its event as a heading.
`;

const MODEL = createTimelineModel(parseTimeline(franceAzerbaijan).data);
const FIRST_STEP = computeStoryStepView(MODEL, franceAzerbaijanStory, 0);

const meta = {
  title: 'Components/TimelineStory',
  component: TimelineStory,
  args: {
    story: franceAzerbaijanStory,
    data: franceAzerbaijan,
    onActiveStepChange: fn(),
    onStepEvent: fn(),
  },
  argTypes: {
    story: { control: false },
    data: { control: false },
    activeStep: { control: false },
    locale: { control: 'inline-radio', options: ['en', 'fr'] },
    isExploring: { control: 'boolean' },
  },
  parameters: { docs: { description: { component: STORY_DOCS } } },
} satisfies Meta<typeof TimelineStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A story driving a timeline, as a page wires them: it opens on the first step, each step
 * selects its event and animates the view to it, and selecting another event leaves the story.
 */
function GuidedTimeline(args: TimelineStoryProps) {
  const [selectedId, setSelectedId] = useState<string | null>(FIRST_STEP?.eventId ?? null);
  const [viewRange, setViewRange] = useState<ViewRange>(FIRST_STEP?.range ?? MODEL.domain);
  const [activeStep, setActiveStep] = useState(0);
  const showRange = useViewRangeTransition(viewRange, setViewRange);
  const stepEventId = args.story.steps[activeStep]?.eventId;
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <TimelineStory
        {...args}
        activeStep={activeStep}
        onActiveStepChange={(step) => {
          setActiveStep(step);
          args.onActiveStepChange?.(step);
        }}
        isExploring={selectedId !== stepEventId}
        onStepEvent={(id, range) => {
          setSelectedId(id);
          showRange(range);
          args.onStepEvent?.(id, range);
        }}
      />
      <Timeline
        data={args.data}
        {...(args.locale === undefined ? {} : { locale: args.locale })}
        selectedId={selectedId}
        onSelectedIdChange={setSelectedId}
        viewRange={viewRange}
        onViewRangeChange={setViewRange}
      />
    </div>
  );
}

const isPressed = (canvasElement: HTMLElement, id: string) =>
  getEventButtons(canvasElement).find((button) => button.dataset.eventId === id)?.ariaPressed ===
  'true';

/** Next selects the next step's event and zooms the timeline to it. */
export const Guided: Story = {
  render: (args) => <GuidedTimeline {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const story = canvas.getByRole('region', { name: /Paris and Baku/ });
    await expect(story).toHaveTextContent('Step 1 of 11');
    await expect(isPressed(canvasElement, 'denigration-campaigns-from-2022')).toBe(true);
    await userEvent.click(canvas.getByRole('button', { name: /Next/ }));
    await expect(story).toHaveTextContent('Step 2 of 11');
    await waitFor(() => expect(isPressed(canvasElement, 'lachin-corridor-blockade')).toBe(true));
    await expect(args.onStepEvent).toHaveBeenCalledWith(
      'lachin-corridor-blockade',
      expect.any(Array),
    );
    await userEvent.click(canvas.getByRole('button', { name: /Previous/ }));
    await waitFor(() =>
      expect(isPressed(canvasElement, 'denigration-campaigns-from-2022')).toBe(true),
    );
  },
};

/** The reader selected another event: "Back to step 3" returns to the story. */
export const Exploring: Story = {
  render: (args) => <GuidedTimeline {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const other = getEventButtons(canvasElement).find((button) => button.ariaPressed === 'false');
    if (!other) throw new Error('no other event drawn');
    await userEvent.click(other);
    await userEvent.click(canvas.getByRole('button', { name: 'Back to step 1' }));
    await waitFor(() =>
      expect(isPressed(canvasElement, 'denigration-campaigns-from-2022')).toBe(true),
    );
    await expect(canvas.queryByRole('button', { name: 'Back to step 1' })).toBeNull();
  },
};

/** The panel on its own, in the dark theme, on step 3 with the reader exploring. */
export const Panel: Story = {
  args: { defaultActiveStep: 2, isExploring: true },
  globals: { theme: 'dark' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region')).toHaveTextContent('Step 3 of 11');
    await userEvent.click(canvas.getByRole('button', { name: 'Back to step 3' }));
    await expect(args.onStepEvent).toHaveBeenCalledWith(
      'azerbaijan-offensive-karabakh-sept-2023',
      expect.any(Array),
    );
  },
};

/** Scrollytelling in a French article: the step in the middle of the screen drives the sticky timeline. */
function ScrollyArticle(args: TimelineStoryProps) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [viewRange, setViewRange] = useState<ViewRange>(MODEL.domain);
  const showRange = useViewRangeTransition(viewRange, setViewRange);
  return (
    <article style={{ maxWidth: 1200 }}>
      <p style={{ minHeight: '40vh' }}>
        Depuis 2020, les relations entre Paris et Bakou n’ont cessé de se tendre. Faites défiler
        pour suivre les étapes.
      </p>
      <ScrollyStory
        story={args.story}
        data={args.data}
        {...(args.locale === undefined ? {} : { locale: args.locale })}
        onStepEvent={(id, range) => {
          setSelectedId(id);
          showRange(range);
          args.onStepEvent?.(id, range);
        }}
      >
        <Timeline
          data={args.data}
          {...(args.locale === undefined ? {} : { locale: args.locale })}
          hasDetails={false}
          hasLegend={false}
          selectedId={selectedId}
          onSelectedIdChange={setSelectedId}
          viewRange={viewRange}
          onViewRangeChange={setViewRange}
        />
      </ScrollyStory>
      <p style={{ minHeight: '60vh' }}>Fin de l’article.</p>
    </article>
  );
}

export const Scrollytelling: Story = {
  name: 'Scrollytelling (French)',
  args: { locale: 'fr' },
  globals: { locale: 'fr' },
  render: (args) => <ScrollyArticle {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const story = canvas.getByRole('region', { name: /Paris et Bakou/ });
    const blocks = Array.from(story.querySelectorAll('section'));
    await expect(blocks).toHaveLength(11);
    blocks[4]?.scrollIntoView({ block: 'center' });
    await waitFor(() =>
      expect(isPressed(canvasElement, 'baku-initiative-group-founded')).toBe(true),
    );
    await expect(blocks[4]).toHaveAttribute('aria-current', 'step');
    await expect(args.onStepEvent).toHaveBeenLastCalledWith(
      'baku-initiative-group-founded',
      expect.any(Array),
    );
    window.scrollTo(0, 0);
  },
};
