// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventDetails } from '../src/components/EventDetails/EventDetails.js';
import { Timeline } from '../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';

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
});
