import type { KeyboardEvent, RefObject } from 'react';
import { getTimelineIntent } from '../../interaction/keyboardIntents.js';

const SUMMARY_SELECTOR = 'summary[data-event-id]';

/** What `useVerticalNavigation` needs: the list's root and the open event. */
export interface UseVerticalNavigationOptions {
  readonly rootRef: RefObject<HTMLElement | null>;
  readonly selectedId: string | null;
  readonly setSelectedId: (id: string | null) => void;
}

/**
 * Keys for the vertical list, on top of Tab, which already walks the summaries in order:
 * ↑/↓ (and ←/→, as on the drawn timeline) move to the previous or next event, Home/End to the
 * first or last, and Escape closes the open event and puts focus back on its summary.
 * Returns the `onKeyDown` handler for the list's root.
 */
export function useVerticalNavigation({
  rootRef,
  selectedId,
  setSelectedId,
}: UseVerticalNavigationOptions): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    const intent = getTimelineIntent(event);
    const root = rootRef.current;
    if (intent === undefined || !root) return;
    const target = event.target as HTMLElement;
    const summaries = Array.from(root.querySelectorAll<HTMLElement>(SUMMARY_SELECTOR));
    if (intent === 'close') {
      if (selectedId === null) return;
      const open = summaries.find((summary) => summary.dataset.eventId === selectedId);
      // Only from inside the open event, so Escape elsewhere keeps its meaning.
      if (!open?.parentElement?.contains(target)) return;
      setSelectedId(null);
      open.focus();
      event.preventDefault();
      return;
    }
    // Arrows move between events only from a summary, so they still scroll the page or move
    // the caret anywhere else, such as inside an open card.
    const index = summaries.indexOf(target);
    if (index === -1) return;
    const nextIndex =
      intent === 'previous' || intent === 'laneUp'
        ? index - 1
        : intent === 'next' || intent === 'laneDown'
          ? index + 1
          : intent === 'first'
            ? 0
            : intent === 'last'
              ? summaries.length - 1
              : undefined;
    if (nextIndex === undefined) return;
    event.preventDefault();
    summaries[Math.max(0, Math.min(summaries.length - 1, nextIndex))]?.focus();
  };
}
