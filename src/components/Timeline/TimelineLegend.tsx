import type { Messages } from '../../i18n/messages.js';
import type { Category } from '../../model/event.js';
import { resolveText } from '../../model/localizedText.js';
import { KindMarker } from '../EventDetails/KindMarker.js';

export interface TimelineLegendProps {
  readonly categories: readonly Category[];
  readonly locale: string;
  readonly messages: Messages;
}

/** Explains the lanes' colours and the fact / claim / statement and precision encodings. */
export function TimelineLegend({ categories, locale, messages }: TimelineLegendProps) {
  return (
    <details className="frise-legend">
      <summary className="frise-legend__summary">{messages.legend}</summary>
      <ul className="frise-legend__list">
        <li>
          <KindMarker kind="fact" /> {messages.legendFact}
        </li>
        <li>
          <KindMarker kind="claim" /> {messages.legendClaim}
        </li>
        <li>
          <KindMarker kind="statement" /> {messages.legendStatement}
        </li>
        <li>
          <span className="frise-legend__swatch frise-legend__swatch--band" aria-hidden="true" />{' '}
          {messages.legendApproximate}
        </li>
        <li>
          <span className="frise-legend__swatch frise-legend__swatch--bar" aria-hidden="true" />{' '}
          {messages.legendPeriod}
        </li>
        {categories.map((category) => (
          <li key={category.id}>
            <span className="frise-legend__swatch" data-color={category.color} aria-hidden="true" />{' '}
            {resolveText(category.label, locale)}
          </li>
        ))}
      </ul>
    </details>
  );
}
