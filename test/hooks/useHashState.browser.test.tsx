import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { useHashState } from '../../src/hooks/useHashState.js';
import { findAxeViolations } from '../support/axe.js';

/** A timeline whose selection lives in the URL under `hashKey`. */
function DeepLinkedTimeline({
  hashKey,
  label,
}: {
  readonly hashKey: string;
  readonly label?: string;
}) {
  const [eventId, setEventId] = useHashState(hashKey);
  return (
    <Timeline
      data={franceAzerbaijan}
      {...(label === undefined ? {} : { 'aria-label': label })}
      selectedId={eventId ?? null}
      onSelectedIdChange={(id) => setEventId(id ?? undefined)}
    />
  );
}

function getEventButton(id: string, container: HTMLElement = document.body): HTMLElement {
  const button = Array.from(container.querySelectorAll<HTMLElement>('[data-event-id]')).find(
    (candidate) => candidate.dataset.eventId === id,
  );
  if (!button) throw new Error(`no button for event ${id}`);
  return button;
}

/** Waits for the browser to finish a Back or Forward, which it does asynchronously. */
async function traverse(direction: 'back' | 'forward') {
  const popped = new Promise((resolve) =>
    window.addEventListener('popstate', resolve, { once: true }),
  );
  await act(async () => {
    if (direction === 'back') history.back();
    else history.forward();
    await popped;
  });
}

/** Shows the story step kept in the URL. */
function StepReader() {
  const [value] = useHashState('story');
  return <output aria-label="Step in the URL">{value ?? 'none'}</output>;
}

/** Writes a story step to the URL without a new history entry. */
function StepWriter() {
  const [, setValue] = useHashState('story', { history: 'replace' });
  return (
    <button type="button" onClick={() => setValue('3')}>
      Go to step 3
    </button>
  );
}

afterEach(() => {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
});

/** Chromium's cap on a tab's session history. */
const MAX_SESSION_HISTORY = 50;

describe('useHashState(key)', () => {
  it('a deep link opens with its event selected and its details shown', async () => {
    location.hash = '#frise=baku-initiative-group-founded';
    const { container } = render(<DeepLinkedTimeline hashKey="frise" />);
    expect(getEventButton('baku-initiative-group-founded')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('region', { name: /Baku Initiative Group/ })).toBeVisible();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('selecting another event pushes a history entry; Back and Forward restore the selections', async () => {
    location.hash = '#frise=baku-initiative-group-founded';
    render(<DeepLinkedTimeline hashKey="frise" />);
    const entries = history.length;
    await userEvent.click(getEventButton('lachin-corridor-blockade'));
    expect(location.hash).toBe('#frise=lachin-corridor-blockade');
    // Chromium keeps at most 50 entries per tab, and earlier test files share this tab's
    // history; Back below still proves the push when the count is capped.
    expect(history.length).toBe(Math.min(entries + 1, MAX_SESSION_HISTORY));
    expect(getEventButton('lachin-corridor-blockade')).toHaveAttribute('aria-pressed', 'true');

    await traverse('back');
    expect(location.hash).toBe('#frise=baku-initiative-group-founded');
    expect(getEventButton('baku-initiative-group-founded')).toHaveAttribute('aria-pressed', 'true');
    expect(getEventButton('lachin-corridor-blockade')).toHaveAttribute('aria-pressed', 'false');

    await traverse('forward');
    expect(getEventButton('lachin-corridor-blockade')).toHaveAttribute('aria-pressed', 'true');
  });

  it('closing the details removes the key from the URL and keeps the rest of the fragment', async () => {
    location.hash = '#intro&frise=baku-initiative-group-founded&utm=a%20b';
    render(<DeepLinkedTimeline hashKey="frise" />);
    getEventButton('baku-initiative-group-founded').focus();
    await userEvent.keyboard('{Escape}');
    expect(location.hash).toBe('#intro&utm=a%20b');
    expect(getEventButton('baku-initiative-group-founded')).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('follows a link that changes the fragment while mounted', async () => {
    render(<DeepLinkedTimeline hashKey="frise" />);
    expect(screen.queryByRole('region')).toBeNull();
    location.hash = '#frise=lachin-corridor-blockade';
    await waitFor(() =>
      expect(getEventButton('lachin-corridor-blockade')).toHaveAttribute('aria-pressed', 'true'),
    );
  });

  it("two timelines with the keys 'frise' and 'frise-b' keep separate selections", async () => {
    location.hash = '#frise=baku-initiative-group-founded';
    render(
      <>
        <DeepLinkedTimeline hashKey="frise" label="First timeline" />
        <DeepLinkedTimeline hashKey="frise-b" label="Second timeline" />
      </>,
    );
    const first = screen.getByRole('group', { name: 'First timeline' });
    const second = screen.getByRole('group', { name: 'Second timeline' });
    expect(getEventButton('baku-initiative-group-founded', first)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(getEventButton('baku-initiative-group-founded', second)).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await userEvent.click(getEventButton('lachin-corridor-blockade', second));
    expect(location.hash).toBe(
      '#frise=baku-initiative-group-founded&frise-b=lachin-corridor-blockade',
    );
    expect(getEventButton('baku-initiative-group-founded', first)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(getEventButton('lachin-corridor-blockade', first)).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await traverse('back');
    expect(getEventButton('lachin-corridor-blockade', second)).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(getEventButton('baku-initiative-group-founded', first)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('two hooks on the same key stay in step after a write', async () => {
    render(
      <>
        <StepReader />
        <StepWriter />
      </>,
    );
    const entries = history.length;
    await userEvent.click(screen.getByRole('button', { name: 'Go to step 3' }));
    expect(screen.getByRole('status', { name: 'Step in the URL' })).toHaveTextContent('3');
    expect(location.hash).toBe('#frise-story=3');
    expect(history.length).toBe(entries);
  });
});
