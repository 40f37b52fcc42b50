import { describe, expect, it } from 'vitest';
import {
  findNearestItem,
  type NavigableItem,
  navigateEvents,
} from '../../src/interaction/navigation.js';

// Lanes 0 and 2 have events, lane 1 is empty; items in time order.
const items: NavigableItem[] = [
  { id: 'a', start: 0, lane: 0 },
  { id: 'b', start: 10, lane: 2 },
  { id: 'c', start: 20, lane: 0 },
  { id: 'd', start: 30, lane: 2 },
  { id: 'e', start: 40, lane: 0 },
];

describe('navigateEvents(items, currentId, intent)', () => {
  it('moves to the previous and next event in time order, across lanes', () => {
    expect(navigateEvents(items, 'b', 'next')).toBe('c');
    expect(navigateEvents(items, 'b', 'previous')).toBe('a');
  });

  it('stays put at either end', () => {
    expect(navigateEvents(items, 'a', 'previous')).toBe('a');
    expect(navigateEvents(items, 'e', 'next')).toBe('e');
  });

  it('goes to the first and last events', () => {
    expect(navigateEvents(items, 'c', 'first')).toBe('a');
    expect(navigateEvents(items, 'c', 'last')).toBe('e');
  });

  it('goes to the nearest non-empty lane below, to its event closest in time', () => {
    expect(navigateEvents(items, 'c', 'laneDown')).toBe('b');
    expect(navigateEvents(items, 'e', 'laneDown')).toBe('d');
  });

  it('goes to the nearest non-empty lane above, and stays when there is none', () => {
    expect(navigateEvents(items, 'd', 'laneUp')).toBe('c');
    expect(navigateEvents(items, 'a', 'laneUp')).toBe('a');
  });

  it('starts from the first event when nothing is focused, and returns nothing without events', () => {
    expect(navigateEvents(items, undefined, 'next')).toBe('a');
    expect(navigateEvents(items, 'missing', 'laneDown')).toBe('a');
    expect(navigateEvents([], 'a', 'next')).toBeUndefined();
  });
});

describe('findNearestItem(items, lost)', () => {
  it('picks the item of the same lane closest in time', () => {
    expect(findNearestItem(items, { start: 24, lane: 0 })?.id).toBe('c');
    expect(findNearestItem(items, { start: 36, lane: 0 })?.id).toBe('e');
    // 'd' in lane 2 is closer in time, but not in the lost item's lane.
    expect(findNearestItem(items, { start: 28, lane: 0 })?.id).toBe('c');
  });

  it('falls back to the closest in time, then in lanes, when its lane has no items', () => {
    expect(findNearestItem(items, { start: 12, lane: 1 })?.id).toBe('b');
    expect(findNearestItem(items, { start: 1, lane: 1 })?.id).toBe('a');
    expect(findNearestItem(items, { start: 5, lane: 3 })?.id).toBe('b');
  });

  it('prefers the earlier item on a tie in time', () => {
    expect(findNearestItem(items, { start: 30, lane: 0 })?.id).toBe('c');
  });

  it('finds nothing in no items', () => {
    expect(findNearestItem([], { start: 0, lane: 0 })).toBeUndefined();
  });
});
