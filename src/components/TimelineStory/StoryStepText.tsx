import { formatEventDate } from '../../i18n/formatEventDate.js';
import type { TimelineEvent } from '../../model/event.js';
import { resolveText } from '../../model/localizedText.js';
import type { StoryStep } from '../../model/story.js';

export interface StoryStepTextProps {
  readonly step: StoryStep | undefined;
  readonly event: TimelineEvent | undefined;
  readonly locale: string;
  /** "Step 3 of 11". */
  readonly progress: string;
  /** The element that names the event: a heading in the scrolling blocks, a paragraph in the panel. */
  readonly eventElement: 'p' | 'h3' | 'h4' | 'h5' | 'h6';
}

/**
 * One step in words: where the reader is, the event as context (title and date), then the
 * narration, or the event's own summary when the step has none.
 */
export function StoryStepText({
  step,
  event,
  locale,
  progress,
  eventElement: EventElement,
}: StoryStepTextProps) {
  const narration = step?.narration ?? event?.summary;
  return (
    <>
      <p className="frise-story__progress">{progress}</p>
      {event && (
        <>
          <EventElement className="frise-story__event">
            {resolveText(event.title, locale)}
          </EventElement>
          <p className="frise-story__date">
            <time dateTime={event.end ? `${event.start}/${event.end}` : event.start}>
              {formatEventDate(event, locale)}
            </time>
          </p>
        </>
      )}
      {narration !== undefined && (
        <p className="frise-story__narration">{resolveText(narration, locale)}</p>
      )}
    </>
  );
}
