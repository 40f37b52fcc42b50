import { describe, expect, it } from 'vitest';
import { getTimelineIntent } from '../../src/interaction/keyboardIntents.js';

describe('getTimelineIntent(press, direction)', () => {
  it.each([
    ['ArrowLeft', 'previous'],
    ['ArrowRight', 'next'],
    ['ArrowUp', 'laneUp'],
    ['ArrowDown', 'laneDown'],
    ['Home', 'first'],
    ['End', 'last'],
    ['+', 'zoomIn'],
    ['=', 'zoomIn'],
    ['-', 'zoomOut'],
    ['0', 'showAll'],
    ['Escape', 'close'],
  ])('maps %s to %s', (key, intent) => {
    expect(getTimelineIntent({ key })).toBe(intent);
  });

  it('leaves other keys, and Enter and Space (native button activation), alone', () => {
    for (const key of ['a', 'Enter', ' ', 'Tab', 'PageDown', 'constructor', '__proto__']) {
      expect(getTimelineIntent({ key })).toBeUndefined();
    }
  });

  it('leaves presses with ctrl, meta or alt to the browser (ctrl + plus zooms the page)', () => {
    expect(getTimelineIntent({ key: '+', ctrlKey: true })).toBeUndefined();
    expect(getTimelineIntent({ key: '-', metaKey: true })).toBeUndefined();
    expect(getTimelineIntent({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
  });

  it('swaps left and right in a right-to-left page', () => {
    expect(getTimelineIntent({ key: 'ArrowLeft' }, 'rtl')).toBe('next');
    expect(getTimelineIntent({ key: 'ArrowRight' }, 'rtl')).toBe('previous');
    expect(getTimelineIntent({ key: 'Home' }, 'rtl')).toBe('first');
  });
});
