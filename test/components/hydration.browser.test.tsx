import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { EventDetails } from '../../src/components/EventDetails/EventDetails.js';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';

// React warns about act() unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

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
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, element(), { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    const button = container.querySelector('button') as HTMLButtonElement;
    await userEvent.click(button);
    errors.mockRestore();
    warnings.mockRestore();
  });
});
