import { within } from '@testing-library/react';
import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { EventDetails } from '../../src/components/EventDetails/EventDetails.js';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { VerticalTimeline } from '../../src/components/VerticalTimeline/VerticalTimeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { sortEvents } from '../../src/model/sortEvents.js';
import { waitForStillness } from '../support/settle.js';

/**
 * Whether React expects every update inside act(): true while a test hydrates under act(), so
 * that React reports what it would otherwise leave for later; false once real input drives
 * the page, whose updates come from the browser's own events and frames, as in a page.
 */
function setActEnvironment(isAct: boolean) {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = isAct;
}
setActEnvironment(true);

// Unmounted, not only removed: a root left behind keeps its timers, whose updates would land
// in the next test, outside act().
const roots: Root[] = [];
afterEach(() => {
  setActEnvironment(true);
  act(() => {
    for (const root of roots.splice(0)) root.unmount();
  });
  document.body.innerHTML = '';
});

/** Hydrates `container` with `element` inside act(); returns the errors React recovered from. */
async function hydrate(container: HTMLElement, element: ReactElement): Promise<unknown[]> {
  const recoverable: unknown[] = [];
  await act(async () => {
    roots.push(
      hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) }),
    );
  });
  return recoverable;
}

describe('server rendering then hydration in the browser', () => {
  it.each([
    [
      'Timeline',
      () => (
        <Timeline
          data={franceAzerbaijan}
          locale="fr"
          defaultSelectedId="baku-initiative-group-founded"
        />
      ),
    ],
    [
      'EventDetails',
      () => (
        <EventDetails
          event={franceAzerbaijan.events[5] as (typeof franceAzerbaijan.events)[number]}
          actors={franceAzerbaijan.actors}
          onClose={() => {}}
        />
      ),
    ],
  ])('hydrates %s without a warning, and it is interactive afterwards', async (_name, element) => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const container = document.createElement('div');
    container.style.width = '1000px';
    container.innerHTML = renderToString(element());
    document.body.append(container);
    const serverButtons = container.querySelectorAll('button').length;
    expect(serverButtons).toBeGreaterThan(0);
    expect(await hydrate(container, element())).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    setActEnvironment(false);
    const button = container.querySelector('button') as HTMLButtonElement;
    await userEvent.click(button);
    await waitForStillness(() => container.innerHTML);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    warnings.mockRestore();
  });
});

const sorted = sortEvents(franceAzerbaijan.events);
const summaries = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLElement>('summary[data-event-id]'));

describe('VerticalTimeline without JavaScript, then hydrated', () => {
  it('the server HTML opens natively and shows the sources; hydration takes over without a warning', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const onSelectedIdChange = vi.fn();
    const element = () => (
      <VerticalTimeline data={franceAzerbaijan} onSelectedIdChange={onSelectedIdChange} />
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(element());
    document.body.append(container);
    try {
      // No React yet: the browser's own <details> behaviour.
      const first = summaries(container)[0] as HTMLElement;
      await userEvent.click(first);
      const links = within(first.parentElement as HTMLElement).getAllByRole('link');
      expect(links[0]).toBeVisible();
      await userEvent.click(first);
      expect((first.parentElement as HTMLDetailsElement).open).toBe(false);

      expect(await hydrate(container, element())).toEqual([]);
      expect(errors).not.toHaveBeenCalled();
      expect(warnings).not.toHaveBeenCalled();
      await act(async () => first.click());
      expect(onSelectedIdChange).toHaveBeenLastCalledWith(sorted[0]?.id);
      expect((first.parentElement as HTMLDetailsElement).open).toBe(true);
    } finally {
      container.remove();
      errors.mockRestore();
      warnings.mockRestore();
    }
  });
});
