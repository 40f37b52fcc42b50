import { type ReactNode, useId } from 'react';
import { useI18n } from '../../hooks/useI18n.js';
import { useStepInView } from '../../hooks/useStepInView.js';
import type { ViewRange } from '../../hooks/useViewRange.js';
import type { TimelineData } from '../../model/event.js';
import { resolveText } from '../../model/localizedText.js';
import type { TimelineStory as TimelineStoryData } from '../../model/story.js';
import { withErrorBoundary } from '../ErrorBoundary/withErrorBoundary.js';
import { StoryStepText } from './StoryStepText.js';
import { useStorySteps } from './useStorySteps.js';

/** What the sticky graphic is drawn from. */
export interface ScrollyStoryState {
  /** The index of the step in view, from 0. */
  readonly activeStep: number;
  /** Its event's id, `undefined` when the data has no such event. */
  readonly eventId: string | undefined;
}

export interface ScrollyStoryProps {
  /** The steps, each shown as a block of text in the article. */
  readonly story: TimelineStoryData;
  /** The document the story's event ids refer to, the same as the timeline's. */
  readonly data: TimelineData;
  /** The index of the step in view, from 0 (controlled). */
  readonly activeStep?: number;
  /** The step active at first (uncontrolled). @default 0 */
  readonly defaultActiveStep?: number;
  /** Called when another step's block crosses the middle of the viewport. */
  readonly onActiveStepChange?: (step: number) => void;
  /**
   * Called when a step's block comes into the middle of the viewport (the first one too),
   * with its event id and a range that shows the event with context (see `computeStepRange`).
   */
  readonly onStepEvent?: (eventId: string, range: ViewRange) => void;
  /** A BCP 47 tag; defaults to the nearest `I18nProvider`, else English. */
  readonly locale?: string;
  /** Level of the story's title heading; each step's event is one level below. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | 5;
  /** The sticky graphic, drawn from the step in view; takes precedence over `children`. */
  readonly renderTimeline?: (state: ScrollyStoryState) => ReactNode;
  /** The sticky graphic, usually a `Timeline` wired to the same state. */
  readonly children?: ReactNode;
  readonly className?: string;
}

/**
 * Scrollytelling: the story's steps as blocks of text that the reader scrolls past a sticky
 * timeline; the step whose block crosses the middle of the viewport drives it. Without
 * IntersectionObserver (or on the server) the steps read as plain text. The graphic sticks to
 * the top of the viewport, so no ancestor may clip overflow (`overflow: hidden` breaks sticky).
 *
 * ```tsx
 * <ScrollyStory story={story} data={data} onStepEvent={(id, range) => { setSelectedId(id); showRange(range); }}>
 *   <Timeline data={data} selectedId={selectedId} viewRange={viewRange} onViewRangeChange={setViewRange} hasDetails={false} />
 * </ScrollyStory>
 * ```
 */
export const ScrollyStory = withErrorBoundary(function ScrollyStoryView(props: ScrollyStoryProps) {
  const { locale, t } = useI18n(props.locale);
  const { state, stepCount, getStepEvent, dispatch } = useStorySteps({
    story: props.story,
    data: props.data,
    activeStep: props.activeStep,
    defaultActiveStep: props.defaultActiveStep,
    onActiveStepChange: props.onActiveStepChange,
    onStepEvent: props.onStepEvent,
    isExploring: undefined,
    onExploringChange: undefined,
    isInitialStepShown: false,
  });
  const { getStepRef } = useStepInView({
    onStepInView: (index) => dispatch({ type: 'goTo', step: index }),
  });
  const titleId = useId();
  const level = props.headingLevel ?? 2;
  const Heading = `h${level}` as const;
  const EventHeading = `h${level + 1}` as 'h3';
  const activeEvent = getStepEvent(props.story.steps[state.activeStep]);

  return (
    <section
      className={['frise', 'frise-scrolly', props.className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      lang={locale}
    >
      <Heading id={titleId} className="frise-scrolly__title">
        {resolveText(props.story.title, locale)}
      </Heading>
      <div className="frise-scrolly__graphic">
        {props.renderTimeline
          ? props.renderTimeline({ activeStep: state.activeStep, eventId: activeEvent?.id })
          : props.children}
      </div>
      <div className="frise-scrolly__steps">
        {props.story.steps.map((step, index) => (
          <section
            // Steps may repeat an event, so the index is the identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is the story's fixed order.
            key={index}
            ref={getStepRef(index)}
            className="frise-scrolly__step"
            aria-current={index === state.activeStep ? 'step' : undefined}
            data-state={index === state.activeStep ? 'active' : 'idle'}
          >
            <StoryStepText
              step={step}
              event={getStepEvent(step)}
              locale={locale}
              progress={t('storyProgress', { current: index + 1, total: stepCount })}
              eventElement={EventHeading}
            />
          </section>
        ))}
      </div>
    </section>
  );
}, 'ScrollyStory');
