import { describe, expect, it } from 'vitest';
import {
  getStoryStepperBounds,
  INITIAL_STORY_STEPPER_STATE,
  reduceStoryStepper,
  type StoryStepperState,
} from '../../src/interaction/storyStepper.js';

const at = (activeStep: number, isExploring = false): StoryStepperState => ({
  activeStep,
  isExploring,
});

describe('reduceStoryStepper(state, intent, stepCount)', () => {
  it('next and previous move one step', () => {
    expect(reduceStoryStepper(at(2), { type: 'next' }, 11)).toEqual(at(3));
    expect(reduceStoryStepper(at(2), { type: 'previous' }, 11)).toEqual(at(1));
  });

  it('next on the last step and previous on the first return the same state', () => {
    const last = at(10);
    const first = INITIAL_STORY_STEPPER_STATE;
    expect(reduceStoryStepper(last, { type: 'next' }, 11)).toBe(last);
    expect(reduceStoryStepper(first, { type: 'previous' }, 11)).toBe(first);
  });

  it('next and previous bring an exploring reader back into the story', () => {
    expect(reduceStoryStepper(at(2, true), { type: 'next' }, 11)).toEqual(at(3));
    expect(reduceStoryStepper(at(2, true), { type: 'previous' }, 11)).toEqual(at(1));
  });

  it('next on the last step leaves an exploring reader exploring', () => {
    const state = at(10, true);
    expect(reduceStoryStepper(state, { type: 'next' }, 11)).toBe(state);
  });

  it('goTo clamps to the steps that exist and truncates fractions', () => {
    expect(reduceStoryStepper(at(0), { type: 'goTo', step: 5 }, 11)).toEqual(at(5));
    expect(reduceStoryStepper(at(0), { type: 'goTo', step: 50 }, 11)).toEqual(at(10));
    expect(reduceStoryStepper(at(4), { type: 'goTo', step: -3 }, 11)).toEqual(at(0));
    expect(reduceStoryStepper(at(0), { type: 'goTo', step: 2.7 }, 11)).toEqual(at(2));
    expect(reduceStoryStepper(at(3), { type: 'goTo', step: Number.NaN }, 11)).toEqual(at(0));
  });

  it('goTo the active step returns the same state, and ends exploring', () => {
    const state = at(3);
    expect(reduceStoryStepper(state, { type: 'goTo', step: 3 }, 11)).toBe(state);
    expect(reduceStoryStepper(at(3, true), { type: 'goTo', step: 3 }, 11)).toEqual(at(3));
  });

  it('leave keeps the step and marks the reader as exploring; resume undoes it', () => {
    const left = reduceStoryStepper(at(3), { type: 'leave' }, 11);
    expect(left).toEqual(at(3, true));
    expect(reduceStoryStepper(left, { type: 'resume' }, 11)).toEqual(at(3));
  });

  it('leave while exploring and resume while not return the same state', () => {
    const exploring = at(3, true);
    const reading = at(3);
    expect(reduceStoryStepper(exploring, { type: 'leave' }, 11)).toBe(exploring);
    expect(reduceStoryStepper(reading, { type: 'resume' }, 11)).toBe(reading);
  });

  it('brings a step past the end back to the last step', () => {
    expect(reduceStoryStepper(at(20), { type: 'resume' }, 11)).toEqual(at(10));
  });

  it('stays on step 0 in a story without steps', () => {
    expect(reduceStoryStepper(at(0), { type: 'next' }, 0)).toEqual(at(0));
    expect(reduceStoryStepper(at(3), { type: 'goTo', step: 2 }, 0)).toEqual(at(0));
  });
});

describe('getStoryStepperBounds(activeStep, stepCount)', () => {
  it.each([
    [0, 11, false, true],
    [5, 11, true, true],
    [10, 11, true, false],
    [0, 1, false, false],
    [0, 0, false, false],
  ])('at step %i of %i: previous %s, next %s', (step, count, canGoPrevious, canGoNext) => {
    expect(getStoryStepperBounds(step, count)).toEqual({ canGoPrevious, canGoNext });
  });
});
