import { render, screen, waitFor, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { ScrollyStory } from '../../src/components/TimelineStory/ScrollyStory.js';
import { TimelineStory } from '../../src/components/TimelineStory/TimelineStory.js';
import {
  franceAzerbaijan,
  franceAzerbaijanStory as story,
} from '../../src/datasets/france-azerbaijan/index.js';
import type { ViewRange } from '../../src/hooks/useViewRange.js';
import { useViewRangeTransition } from '../../src/hooks/useViewRangeTransition.js';
import { computeStoryStepView } from '../../src/layout/stepRange.js';
import { createTimelineModel } from '../../src/layout/timelineModel.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { findAxeViolations } from '../support/axe.js';
import { nextFrames } from '../support/realInput.js';

const MODEL = createTimelineModel(parseTimeline(franceAzerbaijan).data);
const stepEventId = (step: number) => story.steps[step]?.eventId as string;
const stepRange = (step: number) => computeStoryStepView(MODEL, story, step)?.range as ViewRange;

interface HarnessProps {
  readonly onRange?: (range: ViewRange) => void;
  readonly locale?: string;
}

/** A story driving a timeline through the shared selection and view range, as a page wires them. */
function WiredStory({ onRange, locale = 'en' }: HarnessProps) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [viewRange, setViewRange] = useState<ViewRange>(MODEL.domain);
  const [activeStep, setActiveStep] = useState(0);
  const showRange = useViewRangeTransition(viewRange, setViewRange);
  useEffect(() => onRange?.(viewRange), [viewRange, onRange]);
  return (
    <div style={{ width: 1000 }}>
      <TimelineStory
        story={story}
        data={franceAzerbaijan}
        locale={locale}
        activeStep={activeStep}
        onActiveStepChange={setActiveStep}
        isExploring={selectedId !== null && selectedId !== stepEventId(activeStep)}
        onStepEvent={(id, range) => {
          setSelectedId(id);
          showRange(range);
        }}
      />
      <Timeline
        data={franceAzerbaijan}
        locale={locale}
        hasDetails={false}
        selectedId={selectedId}
        onSelectedIdChange={setSelectedId}
        viewRange={viewRange}
        onViewRangeChange={setViewRange}
      />
    </div>
  );
}

function renderStory(props: HarnessProps = {}) {
  const onRange = vi.fn<(range: ViewRange) => void>();
  const result = render(<WiredStory onRange={onRange} {...props} />);
  const region = screen.getByRole('region', { name: /Paris and Baku|Paris et Bakou/ });
  const lastRange = () => onRange.mock.lastCall?.[0];
  return { ...result, region, onRange, lastRange };
}

function getEventButton(id: string): HTMLElement {
  const button = screen
    .queryAllByRole('button')
    .find((candidate) => candidate.dataset.eventId === id);
  if (!button) throw new Error(`no button for event ${id}`);
  return button;
}

/** Whether the event's button is drawn inside the timeline's drawing area. */
function isDrawnInView(id: string): boolean {
  const viewport = screen.getByRole('group', { name: /France and Azerbaijan|France-Azerbaïdjan/ });
  const frame = viewport.getBoundingClientRect();
  const box = getEventButton(id).getBoundingClientRect();
  return box.left >= frame.left && box.left <= frame.right;
}

describe('TimelineStory', () => {
  it('Next selects the next step’s event and moves the view to it', async () => {
    const { region, lastRange } = renderStory();
    expect(region).toHaveTextContent('Step 1 of 11');
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(region).toHaveTextContent('Step 2 of 11');
    await waitFor(() =>
      expect(getEventButton(stepEventId(1))).toHaveAttribute('aria-pressed', 'true'),
    );
    await waitFor(() => expect(lastRange()).toEqual(stepRange(1)));
    await nextFrames();
    expect(isDrawnInView(stepEventId(1))).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(lastRange()).toEqual(stepRange(2)));
    expect(getEventButton(stepEventId(2))).toHaveAttribute('aria-pressed', 'true');
    expect(getEventButton(stepEventId(1))).toHaveAttribute('aria-pressed', 'false');
  });

  it('Previous goes back to the previous step’s event', async () => {
    const { region, lastRange } = renderStory();
    const next = screen.getByRole('button', { name: /Next/ });
    await userEvent.click(next);
    await userEvent.click(next);
    await userEvent.click(next);
    await userEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(region).toHaveTextContent('Step 3 of 11');
    await waitFor(() =>
      expect(getEventButton(stepEventId(2))).toHaveAttribute('aria-pressed', 'true'),
    );
    await waitFor(() => expect(lastRange()).toEqual(stepRange(2)));
    await nextFrames();
    expect(isDrawnInView(stepEventId(2))).toBe(true);
  });

  it('← and → move between steps while focus is in the story; Home and End go to the ends', async () => {
    const { region } = renderStory();
    const previous = screen.getByRole('button', { name: /Previous/ });
    const next = screen.getByRole('button', { name: /Next/ });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    next.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(region).toHaveTextContent('Step 4 of 11');
    await userEvent.keyboard('{ArrowLeft}');
    expect(region).toHaveTextContent('Step 3 of 11');
    await userEvent.keyboard('{End}');
    expect(region).toHaveTextContent('Step 11 of 11');
    await waitFor(() =>
      expect(getEventButton(stepEventId(10))).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Enter}');
    expect(region).toHaveTextContent('Step 11 of 11');
    expect(next).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(region).toHaveTextContent('Step 1 of 11');
    expect(previous).toHaveAttribute('aria-disabled', 'true');
  });

  it('leaves the arrows alone when focus is outside the story', async () => {
    const { region } = renderStory();
    getEventButton(stepEventId(4)).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(region).toHaveTextContent('Step 1 of 11');
  });

  it('shows the narration and the event, and announces each step once, politely', async () => {
    const { region } = renderStory();
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    const live = region.querySelector('[aria-live]') as HTMLElement;
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveAttribute('aria-atomic', 'true');
    expect(live).toHaveTextContent(/^Step 2 of 11/);
    expect(live).toHaveTextContent('120,000 Armenians');
    expect(within(live).getByRole('heading', { level: 3 })).toHaveTextContent(/Lachin/);
    expect(region.querySelectorAll('[aria-live]')).toHaveLength(1);
  });

  it('offers "Back to step 2" once the reader selects another event, and it returns there', async () => {
    const { region, lastRange } = renderStory();
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(lastRange()).toEqual(stepRange(1)));
    expect(screen.queryByRole('button', { name: 'Back to step 2' })).toBeNull();
    const other = screen
      .getAllByRole('button', { pressed: false })
      .find((button) => button.dataset.eventId !== undefined) as HTMLElement;
    await userEvent.click(other);
    expect(other).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Back to step 2' }));
    await waitFor(() =>
      expect(getEventButton(stepEventId(1))).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(screen.queryByRole('button', { name: 'Back to step 2' })).toBeNull();
    expect(region).toHaveTextContent('Step 2 of 11');
    expect(screen.getByRole('button', { name: /Next/ })).toHaveFocus();
  });

  it('reads in French', async () => {
    const { region } = renderStory({ locale: 'fr' });
    expect(region).toHaveTextContent('Étape 1 sur 11');
    await userEvent.click(screen.getByRole('button', { name: /Suivant/ }));
    expect(region).toHaveTextContent('Étape 2 sur 11');
    expect(region).toHaveTextContent('corridor de Latchine');
  });

  it('axe finds no violation at the first step, the last step and while exploring', async () => {
    const { container, lastRange } = renderStory();
    expect(await findAxeViolations(container)).toEqual([]);
    screen.getByRole('button', { name: /Next/ }).focus();
    await userEvent.keyboard('{End}');
    // The view settles on the last step before the reader picks another event in it.
    await waitFor(() => expect(lastRange()).toEqual(stepRange(10)));
    expect(await findAxeViolations(container)).toEqual([]);
    const other = screen
      .getAllByRole('button', { pressed: false })
      .find((button) => button.dataset.eventId !== undefined) as HTMLElement;
    await userEvent.click(other);
    expect(screen.getByRole('button', { name: 'Back to step 11' })).toBeVisible();
    expect(await findAxeViolations(container)).toEqual([]);
  });
});

/** The scrolly mode: the story's blocks in a tall article, a sticky timeline beside them. */
function WiredScrolly({ onStep }: { readonly onStep: (step: number) => void }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [viewRange, setViewRange] = useState<ViewRange>(MODEL.domain);
  return (
    <div style={{ width: 1100 }}>
      <p style={{ height: 400 }}>Article text before the story.</p>
      <ScrollyStory
        story={story}
        data={franceAzerbaijan}
        onActiveStepChange={onStep}
        onStepEvent={(id, range) => {
          setSelectedId(id);
          setViewRange(range);
        }}
      >
        <Timeline
          data={franceAzerbaijan}
          hasDetails={false}
          hasLegend={false}
          selectedId={selectedId}
          onSelectedIdChange={setSelectedId}
          viewRange={viewRange}
          onViewRangeChange={setViewRange}
        />
      </ScrollyStory>
      <p style={{ height: 800 }}>Article text after the story.</p>
    </div>
  );
}

describe('ScrollyStory', () => {
  it('the step whose block crosses the middle of the viewport drives the timeline', async () => {
    const onStep = vi.fn<(step: number) => void>();
    const { container } = render(<WiredScrolly onStep={onStep} />);
    const region = screen.getByRole('region', { name: /Paris and Baku/ });
    const blocks = Array.from(region.querySelectorAll('section'));
    expect(blocks).toHaveLength(11);
    blocks[3]?.scrollIntoView({ block: 'center' });
    await waitFor(() => expect(onStep).toHaveBeenLastCalledWith(3));
    await waitFor(() =>
      expect(getEventButton(stepEventId(3))).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(blocks[3]).toHaveAttribute('aria-current', 'step');
    expect(blocks[2]).not.toHaveAttribute('aria-current');
    // The timeline stays on screen while the text scrolls.
    const timeline = screen.getByRole('group', { name: /France and Azerbaijan/ });
    expect(timeline.getBoundingClientRect().bottom).toBeGreaterThan(0);
    expect(await findAxeViolations(container)).toEqual([]);
    blocks[0]?.scrollIntoView({ block: 'center' });
    await waitFor(() =>
      expect(getEventButton(stepEventId(0))).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(onStep).toHaveBeenLastCalledWith(0);
    window.scrollTo(0, 0);
  });
});
