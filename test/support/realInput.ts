import { cdp } from 'vitest/browser';

/**
 * Real input through Chromium's input pipeline (DevTools protocol), so default actions happen
 * as for a reader: a plain wheel really scrolls the page, a vertical swipe really becomes a
 * browser scroll with `pointercancel`. Coordinates are converted from the test frame's CSS
 * pixels to the top page's.
 */

/** Waits until the browser has produced two frames, so hit-testing knows the new layout. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}

export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function toPagePoint(x: number, y: number): { x: number; y: number } {
  const frame = window.frameElement?.getBoundingClientRect();
  if (!frame) return { x, y };
  const scale = frame.width / window.innerWidth;
  return { x: frame.left + x * scale, y: frame.top + y * scale };
}

function center(element: Element, fractionX = 0.5): { x: number; y: number } {
  // Input outside the viewport goes nowhere; bring the target in first, as a reader would.
  const box = element.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width * fractionX, y: rect.top + rect.height / 2 };
}

const MODIFIER_CTRL = 2;
const MODIFIER_META = 4;
const MODIFIER_SHIFT = 8;

export interface WheelOptions {
  readonly deltaX?: number;
  readonly deltaY?: number;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
  readonly shift?: boolean;
  /** Where along the element's width, 0 to 1. */
  readonly at?: number;
}

/** A mouse wheel notch over `element`. */
export async function wheelOver(element: Element, options: WheelOptions): Promise<void> {
  await nextFrames();
  const point = center(element, options.at ?? 0.5);
  const modifiers =
    (options.ctrl ? MODIFIER_CTRL : 0) |
    (options.meta ? MODIFIER_META : 0) |
    (options.shift ? MODIFIER_SHIFT : 0);
  await cdp().send('Input.dispatchMouseEvent', {
    type: 'mouseWheel',
    ...toPagePoint(point.x, point.y),
    deltaX: options.deltaX ?? 0,
    deltaY: options.deltaY ?? 0,
    modifiers,
  });
  await nextFrames();
}

/** A mouse drag from one point to another, in steps. */
export async function mouseDrag(
  element: Element,
  from: { readonly x: number; readonly y: number },
  to: { readonly x: number; readonly y: number },
  steps = 10,
): Promise<void> {
  const session = cdp();
  center(element);
  const rect = element.getBoundingClientRect();
  const at = (p: { x: number; y: number }) => toPagePoint(rect.left + p.x, rect.top + p.y);
  await nextFrames();
  await session.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...at(from) });
  await session.send('Input.dispatchMouseEvent', {
    type: 'mousePressed',
    ...at(from),
    button: 'left',
    buttons: 1,
    clickCount: 1,
  });
  for (let i = 1; i <= steps; i++) {
    const p = {
      x: from.x + ((to.x - from.x) * i) / steps,
      y: from.y + ((to.y - from.y) * i) / steps,
    };
    await session.send('Input.dispatchMouseEvent', {
      type: 'mouseMoved',
      ...at(p),
      button: 'left',
      buttons: 1,
    });
  }
  await session.send('Input.dispatchMouseEvent', {
    type: 'mouseReleased',
    ...at(to),
    button: 'left',
    buttons: 0,
    clickCount: 1,
  });
  await nextFrames();
}

type TouchPath = readonly { readonly x: number; readonly y: number }[];

/**
 * Fingers moving together over `element` (coordinates relative to it), one path per finger,
 * all paths the same length.
 */
export async function touchGesture(element: Element, paths: readonly TouchPath[]): Promise<void> {
  const session = cdp();
  await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await nextFrames();
  center(element);
  const rect = element.getBoundingClientRect();
  const points = (step: number) =>
    paths.map((path, id) => {
      const p = path[Math.min(step, path.length - 1)] ?? { x: 0, y: 0 };
      return { ...toPagePoint(rect.left + p.x, rect.top + p.y), id };
    });
  const steps = Math.max(...paths.map((path) => path.length));
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let step = 1; step < steps; step++) {
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: points(step),
    });
    await nextFrames();
  }
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await nextFrames();
}

/** Evenly spaced points from `from` to `to`. */
export function linePath(
  from: { readonly x: number; readonly y: number },
  to: { readonly x: number; readonly y: number },
  steps = 10,
): TouchPath {
  return Array.from({ length: steps + 1 }, (_, i) => ({
    x: from.x + ((to.x - from.x) * i) / steps,
    y: from.y + ((to.y - from.y) * i) / steps,
  }));
}
