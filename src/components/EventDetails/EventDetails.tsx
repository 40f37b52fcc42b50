import { type KeyboardEvent, type Ref, useId } from 'react';
import { useI18n } from '../../hooks/useI18n.js';
import { describeKind, formatActorNames } from '../../i18n/describeKind.js';
import { formatEventDate } from '../../i18n/formatEventDate.js';
import type { Actor, TimelineEvent } from '../../model/event.js';
import { isHttpUrl } from '../../model/httpUrl.js';
import { resolveText } from '../../model/localizedText.js';
import { withErrorBoundary } from '../ErrorBoundary/withErrorBoundary.js';
import { KindMarker } from './KindMarker.js';
import { SourceList } from './SourceList.js';

export interface EventDetailsProps {
  /** The event to show. */
  readonly event: TimelineEvent;
  /** The document's actors, to name who takes part and who claims. */
  readonly actors?: readonly Actor[];
  /** A BCP 47 tag; defaults to the nearest `I18nProvider`, else English. */
  readonly locale?: string;
  /** Shows a Close button and closes on Escape when given. */
  readonly onClose?: () => void;
  /** Level of the title heading, to fit the page's outline. @default 3 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
  readonly className?: string;
  readonly ref?: Ref<HTMLElement>;
}

/**
 * The card for one event: title, date at its precision, whether it is a fact or a claim by
 * whom, who takes part, the summary, media and the sources. A region named by its title.
 */
export const EventDetails = withErrorBoundary(function EventDetailsView({
  event,
  actors = [],
  locale: localeProp,
  onClose,
  headingLevel = 3,
  className,
  ref,
}: EventDetailsProps) {
  const { locale, messages, t } = useI18n(localeProp);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(6, headingLevel + 1)}` as 'h4';
  const actorNames = formatActorNames(event.actors, actors, locale);
  const summary = resolveText(event.summary, locale);
  const approximate =
    event.start.length === 4
      ? messages.approximateYear
      : event.start.length === 7
        ? messages.approximateMonth
        : undefined;

  const onKeyDown = (keyEvent: KeyboardEvent) => {
    if (keyEvent.key === 'Escape' && onClose) {
      keyEvent.stopPropagation();
      onClose();
    }
  };

  return (
    <section
      ref={ref}
      className={['frise', 'frise-details', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-kind={event.kind}
      onKeyDown={onKeyDown}
    >
      <div className="frise-details__header">
        <Heading id={headingId} className="frise-details__title">
          {resolveText(event.title, locale)}
        </Heading>
        {onClose && (
          <button type="button" className="frise-button frise-details__close" onClick={onClose}>
            {messages.close}
          </button>
        )}
      </div>
      <p className="frise-details__meta">
        <time dateTime={event.end ? `${event.start}/${event.end}` : event.start}>
          {formatEventDate(event, locale)}
        </time>
        {approximate && <span className="frise-details__approx"> ({approximate})</span>}
        {event.followUp && <span className="frise-details__badge">{messages.followUp}</span>}
      </p>
      <p className="frise-details__kind" data-kind={event.kind}>
        <KindMarker kind={event.kind} />
        {describeKind(event, actors, locale, messages)}
      </p>
      {event.media && isHttpUrl(event.media.url) && (
        <figure className="frise-details__media">
          <img src={event.media.url} alt={resolveText(event.media.alt, locale)} loading="lazy" />
          {event.media.credit && (
            <figcaption>{t('mediaCredit', { credit: event.media.credit })}</figcaption>
          )}
        </figure>
      )}
      {summary && <p className="frise-details__summary">{summary}</p>}
      {actorNames.length > 0 && (
        <p className="frise-details__actors">
          <span className="frise-details__label">{messages.actors}: </span>
          {actorNames.join(' · ')}
        </p>
      )}
      <SubHeading className="frise-details__subheading">{messages.sources}</SubHeading>
      <SourceList sources={event.sources} locale={locale} newTabHint={messages.opensInNewTab} />
    </section>
  );
}, 'EventDetails');
