import { SourceList } from '../../src/components/EventDetails/SourceList.js';
import { useI18n } from '../../src/hooks/useI18n.js';
import { describeKind } from '../../src/i18n/describeKind.js';
import { formatEventDate } from '../../src/i18n/formatEventDate.js';
import type { TimelineData, TimelineEvent } from '../../src/model/event.js';
import { resolveText } from '../../src/model/localizedText.js';
import { cssVar } from '../../src/theme/tokens.js';

export interface DatasetListProps {
  readonly data: TimelineData;
  /** Defaults to the toolbar's locale. */
  readonly locale?: string;
}

/** Calendar strings of mixed precision sort as text: "2022" comes before "2022-01-15". */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  const aEnd = a.end ?? a.start;
  const bEnd = b.end ?? b.start;
  return aEnd === bEnd ? 0 : aEnd < bEnd ? -1 : 1;
}

/** A dataset as plain reading matter: every event in time order, with its kind and sources. */
export function DatasetList({ data, locale: localeProp }: DatasetListProps) {
  const { locale, messages } = useI18n(localeProp);
  const events = [...data.events].sort(compareEvents);
  const description = data.description && resolveText(data.description, locale);
  const muted = { color: cssVar('--frise-color-text-muted') };
  return (
    <div className="frise" lang={locale} style={{ maxWidth: '48rem', padding: 8 }}>
      <h2 style={{ marginTop: 0 }}>{resolveText(data.title, locale)}</h2>
      {description && <p>{description}</p>}
      <ol style={{ paddingLeft: '1.5em' }}>
        {events.map((event) => {
          const summary = event.summary && resolveText(event.summary, locale);
          return (
            <li key={event.id} style={{ marginBottom: 20 }}>
              <h3 style={{ fontSize: '1rem', margin: '0 0 4px' }}>
                {resolveText(event.title, locale)}
              </h3>
              <p style={{ ...muted, margin: '0 0 4px' }}>
                <time dateTime={event.end ? `${event.start}/${event.end}` : event.start}>
                  {formatEventDate(event, locale)}
                </time>
                {' · '}
                {describeKind(event, data.actors, locale, messages)}
                {event.followUp && ` · ${messages.followUp}`}
              </p>
              {summary && <p style={{ margin: '0 0 4px' }}>{summary}</p>}
              <SourceList
                sources={event.sources}
                locale={locale}
                newTabHint={messages.opensInNewTab}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
