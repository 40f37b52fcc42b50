// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResponsiveTimeline } from '../src/components/ResponsiveTimeline/ResponsiveTimeline.js';
import { VerticalTimeline } from '../src/components/VerticalTimeline/VerticalTimeline.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';
import { formatEventDate } from '../src/i18n/formatEventDate.js';
import { resolveText } from '../src/model/localizedText.js';

/** Text as React writes it into HTML. */
function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');
}

describe('server rendering of the vertical timeline', () => {
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  afterEach(() => {
    error.mockClear();
    warn.mockClear();
  });

  it.each(['en', 'fr'])(
    'renderToString(<VerticalTimeline locale="%s">) holds every title, date and source link',
    (locale) => {
      expect(typeof window).toBe('undefined');
      const html = renderToString(<VerticalTimeline data={franceAzerbaijan} locale={locale} />);
      for (const event of franceAzerbaijan.events) {
        expect(html).toContain(escapeHtml(resolveText(event.title, locale)));
        expect(html).toContain(escapeHtml(formatEventDate(event, locale)));
        const summary = resolveText(event.summary, locale);
        if (summary) expect(html).toContain(escapeHtml(summary));
        for (const source of event.sources) {
          expect(html).toContain(`href="${escapeHtml(source.url)}"`);
        }
      }
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    },
  );

  it('renders each event as a native disclosure, closed unless selected', () => {
    const html = renderToString(
      <VerticalTimeline data={franceAzerbaijan} defaultSelectedId="boycott-paris-2024-campaign" />,
    );
    expect(html.match(/<details class="frise-vertical__details"/g)).toHaveLength(
      franceAzerbaijan.events.length,
    );
    expect(html.match(/<details class="frise-vertical__details" open=""/g)).toHaveLength(1);
    expect(html).toMatch(
      /<details class="frise-vertical__details" open=""><summary[^>]*data-event-id="boycott-paris-2024-campaign"/,
    );
    expect(error).not.toHaveBeenCalled();
  });

  it('renderToString(<ResponsiveTimeline>) renders the drawn timeline, as for a wide container', () => {
    const html = renderToString(<ResponsiveTimeline data={franceAzerbaijan} />);
    expect(html).toContain('data-size="wide"');
    expect(html).toContain('frise-timeline');
    expect(html).not.toContain('frise-vertical');
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
