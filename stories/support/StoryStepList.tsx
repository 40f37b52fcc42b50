import { useI18n } from '../../src/hooks/useI18n.js';
import { formatEventDate } from '../../src/i18n/formatEventDate.js';
import type { TimelineData } from '../../src/model/event.js';
import { resolveText } from '../../src/model/localizedText.js';
import type { TimelineStory } from '../../src/model/story.js';
import { cssVar } from '../../src/theme/tokens.js';

export interface StoryStepListProps {
  readonly data: TimelineData;
  readonly story: TimelineStory;
  /** Defaults to the toolbar's locale. */
  readonly locale?: string;
}

/** A guided story as plain reading matter: each step's event, date and narration, in order. */
export function StoryStepList({ data, story, locale: localeProp }: StoryStepListProps) {
  const { locale } = useI18n(localeProp);
  const eventsById = new Map(data.events.map((event) => [event.id, event]));
  return (
    <div className="frise" lang={locale} style={{ maxWidth: '48rem', padding: 8 }}>
      <h2 style={{ marginTop: 0 }}>{resolveText(story.title, locale)}</h2>
      <ol style={{ paddingLeft: '1.5em' }}>
        {story.steps.map((step) => {
          const event = eventsById.get(step.eventId);
          const text = step.narration ?? event?.summary;
          return (
            <li key={step.eventId} style={{ marginBottom: 20 }}>
              <h3 style={{ fontSize: '1rem', margin: '0 0 4px' }}>
                {event ? resolveText(event.title, locale) : step.eventId}
              </h3>
              {event && (
                <p style={{ color: cssVar('--frise-color-text-muted'), margin: '0 0 4px' }}>
                  <time dateTime={event.end ? `${event.start}/${event.end}` : event.start}>
                    {formatEventDate(event, locale)}
                  </time>
                </p>
              )}
              {text && <p style={{ margin: 0 }}>{resolveText(text, locale)}</p>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
