// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventDetails } from '../src/components/EventDetails/EventDetails.js';
import { NewsTimeline } from '../src/components/NewsTimeline/NewsTimeline.js';
import { Timeline } from '../src/components/Timeline/Timeline.js';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../src/datasets/france-azerbaijan/index.js';
import { formatEventDate } from '../src/i18n/formatEventDate.js';
import { resolveText } from '../src/model/localizedText.js';

describe('server rendering', () => {
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  afterEach(() => {
    error.mockClear();
    warn.mockClear();
  });

  it('renderToString(<Timeline>) works in Node without window, errors or warnings', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <Timeline data={franceAzerbaijan} defaultSelectedId="baku-initiative-group-founded" />,
    );
    expect(html).toContain('France and Azerbaijan');
    expect(html).toContain('data-event-id="baku-initiative-group-founded"');
    expect(html).toContain('Zoom in');
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('renderToString(<EventDetails>) renders the sources as links', () => {
    const event = franceAzerbaijan.events.find((candidate) => candidate.kind === 'claim');
    if (!event) throw new Error('the dataset has no claim');
    const html = renderToString(
      <EventDetails event={event} actors={franceAzerbaijan.actors} locale="fr" />,
    );
    expect(html).toContain('Affirmation de');
    expect(html).toContain(`href="${event.sources[0]?.url.replaceAll('&', '&amp;')}"`);
    expect(error).not.toHaveBeenCalled();
  });

  it.each(['en', 'fr'])(
    'renderToString(<NewsTimeline>) holds every event title and date (%s)',
    (locale) => {
      const html = renderToString(
        <NewsTimeline
          data={franceAzerbaijan}
          story={franceAzerbaijanStory}
          locale={locale}
          deepLinkKey="frise"
        />,
      );
      // React escapes text and attributes the same way; compare against the escaped form.
      const escapeHtml = (text: string) =>
        text
          .replaceAll('&', '&amp;')
          .replaceAll('<', '&lt;')
          .replaceAll('>', '&gt;')
          .replaceAll('"', '&quot;');
      for (const event of franceAzerbaijan.events) {
        expect(html, event.id).toContain(escapeHtml(resolveText(event.title, locale)));
        expect(html, event.id).toContain(escapeHtml(formatEventDate(event, locale)));
      }
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    },
  );
});
