import { describe, expect, it } from 'vitest';
import { getWheelIntent, type WheelInput } from '../../src/interaction/wheelIntent.js';

const wheel = (input: Partial<WheelInput>): WheelInput => ({
  deltaX: 0,
  deltaY: 0,
  deltaMode: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...input,
});

describe('getWheelIntent(input, options)', () => {
  it('leaves a plain vertical wheel to the page', () => {
    expect(getWheelIntent(wheel({ deltaY: 100 }))).toEqual({ type: 'scrollPage' });
    expect(getWheelIntent(wheel({ deltaY: -3, deltaMode: 1 }))).toEqual({ type: 'scrollPage' });
  });

  it('zooms in on ctrl + wheel up and out on ctrl + wheel down', () => {
    const zoomIn = getWheelIntent(wheel({ deltaY: -100, ctrlKey: true }));
    const zoomOut = getWheelIntent(wheel({ deltaY: 100, ctrlKey: true }));
    expect(zoomIn.type === 'zoom' && zoomIn.factor).toBeGreaterThan(1);
    expect(zoomOut.type === 'zoom' && zoomOut.factor).toBeLessThan(1);
  });

  it('zooms on ⌘ + wheel', () => {
    expect(getWheelIntent(wheel({ deltaY: -100, metaKey: true })).type).toBe('zoom');
  });

  it('pans on a horizontal swipe and on shift + wheel', () => {
    expect(getWheelIntent(wheel({ deltaX: 40, deltaY: 5 }))).toEqual({ type: 'pan', dxPx: -40 });
    expect(getWheelIntent(wheel({ deltaY: 30, shiftKey: true }))).toEqual({
      type: 'pan',
      dxPx: -30,
    });
  });

  it('converts line and page deltas to pixels', () => {
    expect(getWheelIntent(wheel({ deltaX: 2, deltaMode: 1 }))).toEqual({ type: 'pan', dxPx: -32 });
    expect(getWheelIntent(wheel({ deltaX: 1, deltaMode: 2 }), { pageHeightPx: 500 })).toEqual({
      type: 'pan',
      dxPx: -500,
    });
  });

  it('zooms on a plain wheel only when the embedder opts in', () => {
    expect(getWheelIntent(wheel({ deltaY: -100 }), { isPlainWheelZoom: true }).type).toBe('zoom');
  });
});
