import { useRef } from 'react';
import type { Messages } from '../../i18n/messages.js';
import { formatMessage } from '../../i18n/messages.js';

export interface StoryNavigationProps {
  readonly messages: Messages;
  readonly activeStep: number;
  readonly canGoPrevious: boolean;
  readonly canGoNext: boolean;
  readonly isExploring: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onResume: () => void;
}

/**
 * Previous and Next, and "Back to step 3" while the reader explores on their own. At the ends
 * the buttons stay focusable with `aria-disabled`, so focus is not lost on the last step.
 */
export function StoryNavigation({
  messages,
  activeStep,
  canGoPrevious,
  canGoNext,
  isExploring,
  onPrevious,
  onNext,
  onResume,
}: StoryNavigationProps) {
  const nextRef = useRef<HTMLButtonElement>(null);
  const previousRef = useRef<HTMLButtonElement>(null);
  return (
    <div className="frise-story__nav">
      <button
        ref={previousRef}
        type="button"
        className="frise-button"
        aria-disabled={!canGoPrevious}
        aria-keyshortcuts="ArrowLeft"
        onClick={() => canGoPrevious && onPrevious()}
      >
        <span aria-hidden="true">← </span>
        {messages.storyPrevious}
      </button>
      <button
        ref={nextRef}
        type="button"
        className="frise-button"
        aria-disabled={!canGoNext}
        aria-keyshortcuts="ArrowRight"
        onClick={() => canGoNext && onNext()}
      >
        {messages.storyNext}
        <span aria-hidden="true"> →</span>
      </button>
      {isExploring && (
        <button
          type="button"
          className="frise-button frise-story__resume"
          onClick={() => {
            onResume();
            // This button goes away with the exploring state; focus stays in the story.
            (canGoNext ? nextRef : previousRef).current?.focus();
          }}
        >
          {formatMessage(messages.storyResume, { step: activeStep + 1 })}
        </button>
      )}
    </div>
  );
}
