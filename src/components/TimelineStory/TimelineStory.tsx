import { type KeyboardEvent, useId } from 'react';
import { useI18n } from '../../hooks/useI18n.js';
import type { ViewRange } from '../../hooks/useViewRange.js';
import { getTimelineIntent } from '../../interaction/keyboardIntents.js';
import { getStoryStepperBounds } from '../../interaction/storyStepper.js';
import type { TimelineData } from '../../model/event.js';
import { resolveText } from '../../model/localizedText.js';
import type { TimelineStory as TimelineStoryData } from '../../model/story.js';
import { withErrorBoundary } from '../ErrorBoundary/withErrorBoundary.js';
import { StoryNavigation } from './StoryNavigation.js';
import { StoryStepText } from './StoryStepText.js';
import { useStorySteps } from './useStorySteps.js';

export interface TimelineStoryProps {
  /** The steps to walk through, each an event id with optional narration. */
  readonly story: TimelineStoryData;
  /** The document the story's event ids refer to, the same as the timeline's. */
  readonly data: TimelineData;
  /** The index of the step shown, from 0 (controlled). */
  readonly activeStep?: number;
  /** The step shown at first (uncontrolled). @default 0 */
  readonly defaultActiveStep?: number;
  readonly onActiveStepChange?: (step: number) => void;
  /**
   * Called when a step becomes active (not for the step shown at mount) and when the reader
   * comes back to it, with its event id and a range that shows the event with context on
   * each side (see `computeStepRange`). Select the event and show the range in the timeline.
   */
  readonly onStepEvent?: (eventId: string, range: ViewRange) => void;
  /**
   * Whether the reader has left the story to explore on their own, e.g. by selecting another
   * event in the timeline; a "Back to step 3" button then returns to the step (controlled).
   */
  readonly isExploring?: boolean;
  /** Called with `false` when the reader goes back to the story (a step, or "Back to step"). */
  readonly onExploringChange?: (isExploring: boolean) => void;
  /** A BCP 47 tag; defaults to the nearest `I18nProvider`, else English. */
  readonly locale?: string;
  /** Level of the story's title heading, to fit the page's outline. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
  readonly className?: string;
}

/**
 * A guided walk through a timeline: a region named by the story's title, with the active
 * step's narration and event, "Step 3 of 11", and Previous / Next buttons (← / → while focus
 * is inside). Each step change is announced once, politely. It drives a timeline through
 * `onStepEvent`:
 *
 * ```tsx
 * <TimelineStory
 *   story={story}
 *   data={data}
 *   isExploring={selectedId !== stepEventId}
 *   onStepEvent={(id, range) => { setSelectedId(id); showRange(range); }}
 * />
 * ```
 */
export const TimelineStory = withErrorBoundary(function TimelineStoryView(
  props: TimelineStoryProps,
) {
  const { locale, messages, t } = useI18n(props.locale);
  const { state, stepCount, step, event, dispatch } = useStorySteps({
    story: props.story,
    data: props.data,
    activeStep: props.activeStep,
    defaultActiveStep: props.defaultActiveStep,
    onActiveStepChange: props.onActiveStepChange,
    onStepEvent: props.onStepEvent,
    isExploring: props.isExploring,
    onExploringChange: props.onExploringChange,
    isInitialStepShown: true,
  });
  const titleId = useId();
  const Heading = `h${props.headingLevel ?? 2}` as const;
  const EventElement = `h${Math.min(6, (props.headingLevel ?? 2) + 1)}` as 'h3';
  const { canGoPrevious, canGoNext } = getStoryStepperBounds(state.activeStep, stepCount);

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLElement>) => {
    const intent = getTimelineIntent(keyEvent);
    if (intent === 'previous') dispatch({ type: 'previous' });
    else if (intent === 'next') dispatch({ type: 'next' });
    else if (intent === 'first') dispatch({ type: 'goTo', step: 0 });
    else if (intent === 'last') dispatch({ type: 'goTo', step: stepCount - 1 });
    else return;
    keyEvent.preventDefault();
  };

  return (
    <section
      className={['frise', 'frise-story', props.className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      lang={locale}
      onKeyDown={onKeyDown}
    >
      <Heading id={titleId} className="frise-story__title">
        {resolveText(props.story.title, locale)}
      </Heading>
      <div className="frise-story__step" aria-live="polite" aria-atomic="true">
        {stepCount > 0 && (
          <StoryStepText
            step={step}
            event={event}
            locale={locale}
            progress={t('storyProgress', { current: state.activeStep + 1, total: stepCount })}
            eventElement={EventElement}
          />
        )}
      </div>
      <StoryNavigation
        messages={messages}
        activeStep={state.activeStep}
        canGoPrevious={canGoPrevious}
        canGoNext={canGoNext}
        isExploring={state.isExploring}
        onPrevious={() => dispatch({ type: 'previous' })}
        onNext={() => dispatch({ type: 'next' })}
        onResume={() => dispatch({ type: 'resume' })}
      />
    </section>
  );
}, 'TimelineStory');
