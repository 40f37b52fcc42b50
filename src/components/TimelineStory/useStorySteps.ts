import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useControllableState } from '../../hooks/useControllableState.js';
import type { ViewRange } from '../../hooks/useViewRange.js';
import {
  reduceStoryStepper,
  type StoryStepperIntent,
  type StoryStepperState,
} from '../../interaction/storyStepper.js';
import { computeStoryStepView } from '../../layout/stepRange.js';
import { getTimelineModel, type TimelineModel } from '../../layout/timelineModel.js';
import type { TimelineData, TimelineEvent } from '../../model/event.js';
import { parseTimelineOnce } from '../../model/parseTimelineOnce.js';
import type { StoryStep, TimelineStory } from '../../model/story.js';

export interface UseStoryStepsOptions {
  readonly story: TimelineStory;
  readonly data: TimelineData;
  readonly activeStep: number | undefined;
  readonly defaultActiveStep: number | undefined;
  readonly onActiveStepChange: ((step: number) => void) | undefined;
  readonly onStepEvent: ((eventId: string, range: ViewRange) => void) | undefined;
  readonly isExploring: boolean | undefined;
  readonly onExploringChange: ((isExploring: boolean) => void) | undefined;
  /**
   * Whether the step active at mount counts as shown. A panel shows it from the start; in
   * scrollytelling the reader has not reached any step yet, so the first block to cross the
   * middle of the screen shows its event even when it is the active step already.
   */
  readonly isInitialStepShown: boolean;
}

export interface StorySteps {
  readonly model: TimelineModel;
  readonly state: StoryStepperState;
  readonly stepCount: number;
  readonly step: StoryStep | undefined;
  /** The active step's event; `undefined` when the data has no event with its id. */
  readonly event: TimelineEvent | undefined;
  /** Looks up the event of any step. */
  readonly getStepEvent: (step: StoryStep | undefined) => TimelineEvent | undefined;
  readonly dispatch: (intent: StoryStepperIntent) => void;
}

/**
 * A story's steps over a document: the active step (controlled or not), the reducer, and the
 * call to `onStepEvent` whenever a step becomes active, whoever changed it (a button, a key,
 * the scroll position, the parent), and when the reader comes back to it. Nothing is called
 * at mount: the page opens on the view it was given (see `computeStoryStepView` to open it
 * on a step).
 */
export function useStorySteps(options: UseStoryStepsOptions): StorySteps {
  const { story, data } = options;
  const model = useMemo(() => getTimelineModel(parseTimelineOnce(data).data), [data]);
  const stepCount = story.steps.length;
  const [rawStep, setActiveStep] = useControllableState({
    value: options.activeStep,
    defaultValue: options.defaultActiveStep ?? 0,
    onChange: options.onActiveStepChange,
  });
  const [isExploring, setIsExploring] = useControllableState({
    value: options.isExploring,
    defaultValue: false,
    onChange: options.onExploringChange,
  });
  const activeStep = Math.max(0, Math.min(stepCount - 1, Math.trunc(rawStep) || 0));
  const state = useMemo(() => ({ activeStep, isExploring }), [activeStep, isExploring]);

  const getStepEvent = useCallback(
    (step: StoryStep | undefined) => {
      const index = step === undefined ? undefined : model.indexOf(step.eventId);
      return index === undefined ? undefined : model.events[index];
    },
    [model],
  );

  // Effects and handlers below need the newest values, not those of the render that made them.
  const latest = useRef({ story, model, state, onStepEvent: options.onStepEvent });
  latest.current = { story, model, state, onStepEvent: options.onStepEvent };
  const shownStep = useRef(options.isInitialStepShown ? activeStep : undefined);

  const showStep = useCallback((stepIndex: number) => {
    const { story: current, model: timeline, onStepEvent } = latest.current;
    shownStep.current = stepIndex;
    const view = computeStoryStepView(timeline, current, stepIndex);
    if (view) onStepEvent?.(view.eventId, view.range);
  }, []);

  const previousStep = useRef(activeStep);
  useEffect(() => {
    if (previousStep.current === activeStep) return;
    previousStep.current = activeStep;
    showStep(activeStep);
  }, [activeStep, showStep]);

  const dispatch = useCallback(
    (intent: StoryStepperIntent) => {
      const { state: current, story: currentStory } = latest.current;
      const next = reduceStoryStepper(current, intent, currentStory.steps.length);
      if (next !== current) {
        // A second intent before the next render (two quick clicks) builds on this one.
        latest.current.state = next;
        if (next.isExploring !== current.isExploring) setIsExploring(next.isExploring);
        if (next.activeStep !== current.activeStep) setActiveStep(next.activeStep);
      }
      // A new step is shown by the effect above once it renders. Staying on the same step
      // shows it again only when the reader comes back to it, or has not seen it yet.
      const isSameStep = next.activeStep === current.activeStep;
      const isBack = current.isExploring && !next.isExploring;
      if (isSameStep && !next.isExploring && (isBack || shownStep.current !== next.activeStep)) {
        showStep(next.activeStep);
      }
    },
    [setActiveStep, setIsExploring, showStep],
  );

  const step = story.steps[activeStep];
  return {
    model,
    state,
    stepCount,
    step,
    event: getStepEvent(step),
    getStepEvent,
    dispatch,
  };
}
