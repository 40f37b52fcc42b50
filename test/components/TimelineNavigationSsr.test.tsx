// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { TimelineOverview } from '../../src/components/TimelineOverview/TimelineOverview.js';
import { ScrollyStory } from '../../src/components/TimelineStory/ScrollyStory.js';
import { TimelineStory } from '../../src/components/TimelineStory/TimelineStory.js';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../../src/datasets/france-azerbaijan/index.js';
import { useHashState } from '../../src/hooks/useHashState.js';

function HashValue() {
  const [value] = useHashState();
  return <output>{value ?? 'none'}</output>;
}

describe('server rendering of the navigation components', () => {
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  afterEach(() => {
    error.mockClear();
    warn.mockClear();
  });

  it('renderToString(<TimelineOverview>) draws the strip and a named slider without window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <TimelineOverview
        data={franceAzerbaijan}
        defaultViewRange={[Date.UTC(2023, 2, 1), Date.UTC(2024, 5, 1)]}
      />,
    );
    expect(html).toContain('role="slider"');
    expect(html).toContain('aria-label="Visible period"');
    expect(html).toContain('aria-valuetext="March 2023 – May 2024"');
    expect(html).toContain('<line');
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('renderToString(<TimelineStory>) and <ScrollyStory> render their steps as text', () => {
    const panel = renderToString(
      <TimelineStory story={franceAzerbaijanStory} data={franceAzerbaijan} locale="fr" />,
    );
    expect(panel).toContain('Étape 1 sur 11');
    const scrolly = renderToString(
      <ScrollyStory story={franceAzerbaijanStory} data={franceAzerbaijan}>
        <Timeline data={franceAzerbaijan} />
      </ScrollyStory>,
    );
    expect(scrolly).toContain('Step 11 of 11');
    expect(scrolly).toContain('France and Azerbaijan');
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('renderToString with useHashState() gives undefined, without touching window', () => {
    expect(renderToString(<HashValue />)).toBe('<output>none</output>');
    expect(error).not.toHaveBeenCalled();
  });
});
