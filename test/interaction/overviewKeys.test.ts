import { describe, expect, it } from 'vitest';
import { applyOverviewIntent, getOverviewIntent } from '../../src/interaction/overviewKeys.js';
import { MIN_WINDOW_SPAN_MS, type TimeRange } from '../../src/layout/overviewWindow.js';

const DAY_MS = 86_400_000;
const DOMAIN: TimeRange = [0, 1000 * DAY_MS];
const WINDOW: TimeRange = [400 * DAY_MS, 500 * DAY_MS];

describe('getOverviewIntent(press, direction)', () => {
  it.each([
    [{ key: 'ArrowRight' }, { type: 'move', by: 0.1 }],
    [{ key: 'ArrowLeft' }, { type: 'move', by: -0.1 }],
    [{ key: 'ArrowUp' }, { type: 'move', by: 0.1 }],
    [{ key: 'ArrowDown' }, { type: 'move', by: -0.1 }],
    [
      { key: 'ArrowRight', shiftKey: true },
      { type: 'resize', by: 0.1 },
    ],
    [
      { key: 'ArrowLeft', shiftKey: true },
      { type: 'resize', by: -0.1 },
    ],
    [{ key: 'PageUp' }, { type: 'move', by: 1 }],
    [{ key: 'PageDown' }, { type: 'move', by: -1 }],
    [{ key: 'Home' }, { type: 'first' }],
    [{ key: 'End' }, { type: 'last' }],
  ])('maps %o to %o', (press, intent) => {
    expect(getOverviewIntent(press)).toEqual(intent);
  });

  it('leaves other keys, and presses with ctrl, meta or alt, alone', () => {
    for (const key of ['a', 'Enter', ' ', 'Tab', '+', 'Escape']) {
      expect(getOverviewIntent({ key })).toBeUndefined();
    }
    expect(getOverviewIntent({ key: 'ArrowRight', ctrlKey: true })).toBeUndefined();
    expect(getOverviewIntent({ key: 'ArrowLeft', metaKey: true })).toBeUndefined();
    expect(getOverviewIntent({ key: 'Home', altKey: true })).toBeUndefined();
  });

  it('swaps left and right in a right-to-left page, but not up and down', () => {
    expect(getOverviewIntent({ key: 'ArrowLeft' }, 'rtl')).toEqual({ type: 'move', by: 0.1 });
    expect(getOverviewIntent({ key: 'ArrowRight', shiftKey: true }, 'rtl')).toEqual({
      type: 'resize',
      by: -0.1,
    });
    expect(getOverviewIntent({ key: 'ArrowUp' }, 'rtl')).toEqual({ type: 'move', by: 0.1 });
  });
});

describe('applyOverviewIntent(range, domain, intent)', () => {
  it('moves by a fraction of the window length', () => {
    expect(applyOverviewIntent(WINDOW, DOMAIN, { type: 'move', by: 0.1 })).toEqual([
      410 * DAY_MS,
      510 * DAY_MS,
    ]);
    expect(applyOverviewIntent(WINDOW, DOMAIN, { type: 'move', by: -1 })).toEqual([
      300 * DAY_MS,
      400 * DAY_MS,
    ]);
  });

  it('resizes at the end, down to the minimum span', () => {
    expect(applyOverviewIntent(WINDOW, DOMAIN, { type: 'resize', by: 0.1 })).toEqual([
      400 * DAY_MS,
      510 * DAY_MS,
    ]);
    expect(applyOverviewIntent(WINDOW, DOMAIN, { type: 'resize', by: -5 })).toEqual([
      400 * DAY_MS,
      400 * DAY_MS + MIN_WINDOW_SPAN_MS,
    ]);
  });

  it('first and last jump to the ends of the domain, keeping the length', () => {
    expect(applyOverviewIntent(WINDOW, DOMAIN, { type: 'first' })).toEqual([0, 100 * DAY_MS]);
    expect(applyOverviewIntent(WINDOW, DOMAIN, { type: 'last' })).toEqual([
      900 * DAY_MS,
      1000 * DAY_MS,
    ]);
  });
});
