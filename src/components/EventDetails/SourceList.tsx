import { formatCalendarDate } from '../../i18n/formatEventDate.js';
import { parseCalendarDate } from '../../model/calendarDate.js';
import type { Source } from '../../model/event.js';
import { SafeLink } from './SafeLink.js';

export interface SourceListProps {
  readonly sources: readonly Source[];
  readonly locale: string;
  readonly newTabHint: string;
}

/** The sources of an event: publisher, linked title and date. */
export function SourceList({ sources, locale, newTabHint }: SourceListProps) {
  return (
    <ul className="frise-sources">
      {sources.map((source, index) => {
        const date = source.date === undefined ? undefined : parseCalendarDate(source.date);
        return (
          // Sources have no id and may repeat a URL; their order is stable.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="frise-sources__item">
            <span className="frise-sources__publisher">{source.publisher}</span>
            {', '}
            <SafeLink href={source.url} newTabHint={newTabHint}>
              {source.title}
            </SafeLink>
            {date && (
              <>
                {', '}
                <time dateTime={source.date}>{formatCalendarDate(date, locale)}</time>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
