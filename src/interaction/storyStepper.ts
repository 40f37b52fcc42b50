/** Where the reader is in a guided story. */
export interface StoryStepperState {
  /** Index of the step shown, from 0. */
  readonly activeStep: number;
  /** Whether the reader has left the story to look around the timeline on their own. */
  readonly isExploring: boolean;
}

/** What the reader (or the page) asks of a story. */
export type StoryStepperIntent =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'goTo'; readonly step: number }
  | { readonly type: 'leave' }
  | { readonly type: 'resume' };

/** The state a story starts in: its first step, not exploring. */
export const INITIAL_STORY_STEPPER_STATE: StoryStepperState = Object.freeze({
  activeStep: 0,
  isExploring: false,
});

function clampStep(step: number, stepCount: number): number {
  if (stepCount <= 0 || !Number.isFinite(step)) return 0;
  return Math.max(0, Math.min(stepCount - 1, Math.trunc(step)));
}

/**
 * The state after `intent` in a story of `stepCount` steps. Moving to a step (next, previous,
 * goTo) brings the reader back into the story; `leave` keeps the step so that `resume` can
 * return to it. Next on the last step and Previous on the first change nothing, and the same
 * state object comes back whenever nothing changes, so React can skip the update.
 */
export function reduceStoryStepper(
  state: StoryStepperState,
  intent: StoryStepperIntent,
  stepCount: number,
): StoryStepperState {
  const current = clampStep(state.activeStep, stepCount);
  const settle = (activeStep: number, isExploring: boolean): StoryStepperState =>
    activeStep === state.activeStep && isExploring === state.isExploring
      ? state
      : { activeStep, isExploring };
  // At either end there is nowhere to go, so the reader stays where they are, exploring or not.
  const step = (by: 1 | -1): StoryStepperState => {
    const target = clampStep(current + by, stepCount);
    return target === current ? settle(current, state.isExploring) : settle(target, false);
  };
  switch (intent.type) {
    case 'next':
      return step(1);
    case 'previous':
      return step(-1);
    case 'goTo':
      return settle(clampStep(intent.step, stepCount), false);
    case 'leave':
      return settle(current, true);
    case 'resume':
      return settle(current, false);
    default:
      return intent satisfies never;
  }
}

/** Whether Previous and Next lead anywhere from `activeStep`. */
export function getStoryStepperBounds(
  activeStep: number,
  stepCount: number,
): { readonly canGoPrevious: boolean; readonly canGoNext: boolean } {
  const current = clampStep(activeStep, stepCount);
  return { canGoPrevious: current > 0, canGoNext: current < stepCount - 1 };
}
