import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useControllableState } from '../../hooks/useControllableState.js';
import { useIsomorphicLayoutEffect } from '../../hooks/useIsomorphicLayoutEffect.js';
import { getTimelineIntent } from '../../interaction/keyboardIntents.js';
import { findNearestItem, navigateEvents } from '../../interaction/navigation.js';
import type { TimelineModel } from '../../layout/timelineModel.js';
import type { TimeScale } from '../../layout/timeScale.js';
import type { TimelineNavItem } from './useTimelineMarks.js';

interface FocusedMark {
  readonly element: HTMLElement;
  readonly start: number;
  readonly lane: number;
}

/** Ref callbacks kept at most: several views' worth of marks. */
const MAX_REF_CALLBACKS = 4096;

export interface UseTimelineSelectionOptions {
  readonly model: TimelineModel;
  /** What ←/→/↑/↓ walk through, in time order: events, and the clusters of dense lanes. */
  readonly navItems: readonly TimelineNavItem[];
  readonly selectedId: string | null | undefined;
  readonly defaultSelectedId: string | null;
  readonly onSelectedIdChange: ((id: string | null) => void) | undefined;
}

export interface ViewActions {
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly showAll: () => void;
  /** Pans so that the point at `x` px (in the current view) is visible. */
  readonly revealX: (x: number) => void;
  readonly scale: TimeScale;
}

export interface TimelineSelection {
  readonly selectedId: string | null;
  readonly selectedIndex: number;
  /** The event that holds the single tab stop (roving tabindex). */
  readonly tabStopId: string | undefined;
  readonly tabStopIndex: number;
  readonly select: (id: string) => void;
  /** A mark took focus: it becomes the tab stop, and focus stays near it if it is removed. */
  readonly noteFocus: (id: string, element: HTMLElement) => void;
  /** A mark lost focus. */
  readonly noteBlur: (element: HTMLElement) => void;
  readonly closeDetails: () => void;
  /** Ref callback factory that lets focus be moved to an event's button. */
  readonly registerButton: (id: string) => (element: HTMLButtonElement | null) => void;
  /** Handles a key press inside the timeline; returns whether it did something. */
  readonly handleKey: (event: KeyboardEvent, actions: ViewActions) => boolean;
}

/** Selection, the roving tab stop and keyboard navigation between events. */
export function useTimelineSelection({
  model,
  navItems,
  selectedId: selectedProp,
  defaultSelectedId,
  onSelectedIdChange,
}: UseTimelineSelectionOptions): TimelineSelection {
  const [selectedId, setSelectedId] = useControllableState<string | null>({
    value: selectedProp,
    defaultValue: defaultSelectedId,
    onChange: onSelectedIdChange,
  });
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | undefined>(undefined);

  const selectedIndex = selectedId === null ? -1 : (model.indexOf(selectedId) ?? -1);
  const navIndex = useMemo(
    () => new Map(navItems.map((item, index) => [item.id, index])),
    [navItems],
  );
  // The single tab stop: the last focused mark if it is still there, else the selection, else
  // the first mark in time order.
  const tabStopId =
    focusedId !== undefined && navIndex.has(focusedId)
      ? focusedId
      : selectedId !== null && navIndex.has(selectedId)
        ? selectedId
        : navItems[0]?.id;
  // From the item itself, not by id: the model's id table is built only when first needed.
  const tabStopIndex =
    tabStopId === undefined ? -1 : (navItems[navIndex.get(tabStopId) ?? -1]?.index ?? -1);

  // The focused mark and where it is, so that focus stays nearby when a render removes it
  // (a zoom regroups its cluster or merges its event into one) instead of falling to the page.
  const focusedMark = useRef<FocusedMark | null>(null);
  const latestItems = useRef({ navItems, navIndex });
  latestItems.current = { navItems, navIndex };

  const noteFocus = useCallback((id: string, element: HTMLElement) => {
    setFocusedId(id);
    const { navItems: items, navIndex: index } = latestItems.current;
    const item = items[index.get(id) ?? -1];
    focusedMark.current = item ? { element, start: item.start, lane: item.lane } : null;
  }, []);
  const noteBlur = useCallback((element: HTMLElement) => {
    // Told apart once the task is over: a mark the reader left is still in the page, one that
    // a render removed is not (removing a focused element blurs it while still attached).
    queueMicrotask(() => {
      if (element.isConnected && focusedMark.current?.element === element) {
        focusedMark.current = null;
      }
    });
  }, []);

  // Focus moves after the render that puts the target's button in the DOM.
  useIsomorphicLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    const button = buttons.current.get(id);
    if (button) {
      pendingFocus.current = undefined;
      button.focus({ preventScroll: true });
    }
  });

  const focusEvent = useCallback((id: string) => {
    setFocusedId(id);
    pendingFocus.current = id;
    buttons.current.get(id)?.focus({ preventScroll: true });
  }, []);

  useIsomorphicLayoutEffect(() => {
    const mark = focusedMark.current;
    if (!mark) return;
    if (mark.element.isConnected) {
      // A cluster's button is reused for whichever cluster takes its place: the tab stop
      // follows what it now draws.
      const id = mark.element.dataset.eventId;
      const item = id === undefined ? undefined : navItems[navIndex.get(id) ?? -1];
      if (item && id !== focusedId && document.activeElement === mark.element) {
        focusedMark.current = { element: mark.element, start: item.start, lane: item.lane };
        setFocusedId(id);
      }
      return;
    }
    focusedMark.current = null;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const nearest = findNearestItem(navItems, mark);
    if (nearest) focusEvent(nearest.id);
  });

  const select = useCallback(
    (id: string) => {
      setFocusedId(id);
      setSelectedId(id);
    },
    [setSelectedId],
  );

  const closeDetails = useCallback(() => {
    const previous = selectedId;
    setSelectedId(null);
    if (previous !== null) focusEvent(previous);
  }, [selectedId, setSelectedId, focusEvent]);

  // One callback per id, so React does not detach and reattach every mark's ref on every
  // render; forgotten past a bound, as zooming meets ever new cluster ids.
  const refCallbacks = useRef(new Map<string, (element: HTMLButtonElement | null) => void>());
  const registerButton = useCallback((id: string) => {
    const callbacks = refCallbacks.current;
    let callback = callbacks.get(id);
    if (callback === undefined) {
      if (callbacks.size >= MAX_REF_CALLBACKS) callbacks.clear();
      callback = (element: HTMLButtonElement | null) => {
        if (element) buttons.current.set(id, element);
        else buttons.current.delete(id);
      };
      callbacks.set(id, callback);
    }
    return callback;
  }, []);

  const handleKey = (event: KeyboardEvent, actions: ViewActions): boolean => {
    const intent = getTimelineIntent(event);
    if (intent === undefined) return false;
    if (intent === 'zoomIn') actions.zoomIn();
    else if (intent === 'zoomOut') actions.zoomOut();
    else if (intent === 'showAll') actions.showAll();
    else if (intent === 'close') {
      if (selectedId === null) return false;
      closeDetails();
    } else {
      // Arrows, Home and End move between events only from an event, so they keep their
      // usual meaning in the toolbar and the details card.
      const target = event.target as HTMLElement;
      if (!target.dataset?.eventId) return false;
      const nextId = navigateEvents(navItems, target.dataset.eventId, intent);
      if (nextId === undefined) return false;
      const next = navItems[navIndex.get(nextId) ?? -1];
      if (next) actions.revealX(actions.scale(next.start));
      focusEvent(nextId);
    }
    return true;
  };

  return {
    selectedId,
    selectedIndex,
    tabStopId,
    tabStopIndex,
    select,
    noteFocus,
    noteBlur,
    closeDetails,
    registerButton,
    handleKey,
  };
}
