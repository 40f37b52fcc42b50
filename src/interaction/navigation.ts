import type { TimelineIntent } from './keyboardIntents.js';

/** What keyboard navigation needs to know of an event. */
export interface NavigableItem {
  readonly id: string;
  /** Start, in UTC ms. */
  readonly start: number;
  /** Lane index, top to bottom. */
  readonly lane: number;
}

export type NavigationIntent = Extract<
  TimelineIntent,
  'previous' | 'next' | 'laneUp' | 'laneDown' | 'first' | 'last'
>;

/**
 * The id focus moves to. `items` are in time order (the order ←/→ walk); ↑/↓ go to the
 * nearest lane above or below that has events, to its event closest in time. Returns the
 * current id when there is nowhere to go, and the first id when nothing is focused yet.
 */
export function navigateEvents(
  items: readonly NavigableItem[],
  currentId: string | undefined,
  intent: NavigationIntent,
): string | undefined {
  if (items.length === 0) return undefined;
  const index = items.findIndex((item) => item.id === currentId);
  const first = items[0]?.id;
  const last = items[items.length - 1]?.id;
  if (intent === 'first') return first;
  if (intent === 'last') return last;
  if (index === -1) return first;
  const current = items[index] as NavigableItem;
  switch (intent) {
    case 'previous':
      return items[Math.max(0, index - 1)]?.id;
    case 'next':
      return items[Math.min(items.length - 1, index + 1)]?.id;
    case 'laneUp':
    case 'laneDown':
      return findInNearestLane(items, current, intent === 'laneUp' ? -1 : 1) ?? current.id;
    default:
      return intent satisfies never;
  }
}

function findInNearestLane(
  items: readonly NavigableItem[],
  current: NavigableItem,
  step: -1 | 1,
): string | undefined {
  let targetLane: number | undefined;
  for (const item of items) {
    const isBeyond = step < 0 ? item.lane < current.lane : item.lane > current.lane;
    if (!isBeyond) continue;
    if (
      targetLane === undefined ||
      Math.abs(item.lane - current.lane) < Math.abs(targetLane - current.lane)
    ) {
      targetLane = item.lane;
    }
  }
  if (targetLane === undefined) return undefined;
  let best: NavigableItem | undefined;
  for (const item of items) {
    if (item.lane !== targetLane) continue;
    if (!best || Math.abs(item.start - current.start) < Math.abs(best.start - current.start))
      best = item;
  }
  return best?.id;
}

/**
 * The item to take focus when the focused one is no longer drawn (a zoom regrouped its
 * cluster, or merged its event into one): in its lane, the one closest in time; when its lane
 * has none, the closest in time of the others, then the nearest lane. On a tie, the earlier
 * item. `undefined` when there are no items.
 */
export function findNearestItem<Item extends NavigableItem>(
  items: readonly Item[],
  lost: Pick<NavigableItem, 'start' | 'lane'>,
): Item | undefined {
  let best: Item | undefined;
  for (const item of items) {
    if (best === undefined || isCloser(item, best, lost)) best = item;
  }
  return best;
}

function isCloser(
  item: NavigableItem,
  best: NavigableItem,
  lost: Pick<NavigableItem, 'start' | 'lane'>,
): boolean {
  const isInLane = item.lane === lost.lane;
  const isBestInLane = best.lane === lost.lane;
  if (isInLane !== isBestInLane) return isInLane;
  const distance = Math.abs(item.start - lost.start);
  const bestDistance = Math.abs(best.start - lost.start);
  if (distance !== bestDistance) return distance < bestDistance;
  return Math.abs(item.lane - lost.lane) < Math.abs(best.lane - lost.lane);
}
