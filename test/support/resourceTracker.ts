/**
 * Counts what code registers with the browser and has not undone yet: event listeners, timeouts,
 * intervals, animation frames and Resize/IntersectionObserver observations. Only registrations
 * made directly by the library's own modules (the calling stack frame is under `/src/`) count,
 * so those of React, the test runner and the test itself are left out.
 */
import { findLibraryCaller } from './libraryCaller.js';

/** One registration still in force, named for the failure message. */
export interface OpenRegistration {
  readonly kind: 'listener' | 'timeout' | 'interval' | 'frame' | 'observation';
  readonly detail: string;
}

export interface ResourceTracker {
  /** The library's registrations still in force. */
  readonly findOpen: () => OpenRegistration[];
  /** Puts every patched function back. */
  readonly restore: () => void;
}

interface ListenerRecord {
  readonly type: string;
  readonly listener: EventListenerOrEventListenerObject;
  readonly capture: boolean;
  readonly caller: string;
}

type Observer = ResizeObserver | IntersectionObserver;

const isCapture = (options?: boolean | EventListenerOptions) =>
  typeof options === 'boolean' ? options : (options?.capture ?? false);

function describeTarget(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  return target instanceof Element ? `<${target.localName}>` : target.constructor.name;
}

/** Patches the registration functions until `restore()`; see the module comment. */
export function trackResources(): ResourceTracker {
  const restorers: (() => void)[] = [];
  function patch<T extends object, K extends keyof T>(owner: T, key: K, replacement: T[K]) {
    const original = owner[key];
    owner[key] = replacement;
    restorers.push(() => {
      owner[key] = original;
    });
    return original;
  }

  const listeners = new Map<EventTarget, ListenerRecord[]>();
  const target = EventTarget.prototype;
  const add = patch(
    target,
    'addEventListener',
    function (this: EventTarget, type, listener, options) {
      const caller = findLibraryCaller();
      const capture = isCapture(options);
      const records = listeners.get(this) ?? [];
      const isKnown = records.some(
        (record) =>
          record.type === type && record.listener === listener && record.capture === capture,
      );
      if (caller && listener && !isKnown) {
        listeners.set(this, [...records, { type, listener, capture, caller }]);
      }
      add.call(this, type, listener, options);
    },
  );
  const remove = patch(
    target,
    'removeEventListener',
    function (this: EventTarget, type, listener, options) {
      const capture = isCapture(options);
      const records = (listeners.get(this) ?? []).filter(
        (record) =>
          !(record.type === type && record.listener === listener && record.capture === capture),
      );
      if (records.length > 0) listeners.set(this, records);
      else listeners.delete(this);
      remove.call(this, type, listener, options);
    },
  );

  const timeouts = new Map<number, string>();
  const setTimeoutOriginal = patch(window, 'setTimeout', ((
    handler: TimerHandler,
    delay?: number,
    ...args: unknown[]
  ) => {
    const caller = findLibraryCaller();
    if (!caller || typeof handler !== 'function') {
      return setTimeoutOriginal(handler, delay, ...args);
    }
    const id = setTimeoutOriginal(
      (...callArgs: unknown[]) => {
        timeouts.delete(id);
        handler(...callArgs);
      },
      delay,
      ...args,
    );
    timeouts.set(id, `${caller} (${delay ?? 0} ms)`);
    return id;
  }) as typeof window.setTimeout);
  const clearTimeoutOriginal = patch(window, 'clearTimeout', ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    clearTimeoutOriginal(id);
  }) as typeof window.clearTimeout);

  const intervals = new Map<number, string>();
  const setIntervalOriginal = patch(window, 'setInterval', ((
    handler: TimerHandler,
    delay?: number,
    ...args: unknown[]
  ) => {
    const id = setIntervalOriginal(handler, delay, ...args);
    const caller = findLibraryCaller();
    if (caller) intervals.set(id, caller);
    return id;
  }) as typeof window.setInterval);
  const clearIntervalOriginal = patch(window, 'clearInterval', ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    clearIntervalOriginal(id);
  }) as typeof window.clearInterval);

  const frames = new Map<number, string>();
  const requestFrame: typeof window.requestAnimationFrame = patch(
    window,
    'requestAnimationFrame',
    (callback: FrameRequestCallback): number => {
      const caller = findLibraryCaller();
      if (!caller) return requestFrame(callback);
      const id = requestFrame((time) => {
        frames.delete(id);
        callback(time);
      });
      frames.set(id, caller);
      return id;
    },
  );
  const cancelFrame = patch(window, 'cancelAnimationFrame', (id: number) => {
    frames.delete(id);
    cancelFrame(id);
  });

  const observations = new Map<Observer, Map<Element, string>>();
  for (const prototype of [ResizeObserver.prototype, IntersectionObserver.prototype]) {
    const observe = patch(
      prototype,
      'observe',
      function (this: Observer, element: Element, options?: ResizeObserverOptions) {
        const caller = findLibraryCaller();
        if (caller) {
          const observed = observations.get(this) ?? new Map<Element, string>();
          observations.set(this, observed.set(element, caller));
        }
        // IntersectionObserver takes no options: undefined is what it gets from callers anyway.
        (observe as ResizeObserver['observe']).call(this as ResizeObserver, element, options);
      },
    );
    const unobserve = patch(prototype, 'unobserve', function (this: Observer, element: Element) {
      const observed = observations.get(this);
      observed?.delete(element);
      if (observed?.size === 0) observations.delete(this);
      unobserve.call(this, element);
    });
    const disconnect = patch(prototype, 'disconnect', function (this: Observer) {
      observations.delete(this);
      disconnect.call(this);
    });
  }

  return {
    findOpen() {
      const open: OpenRegistration[] = [];
      for (const [owner, records] of listeners) {
        for (const record of records) {
          const detail = `${record.type} on ${describeTarget(owner)}, added ${record.caller}`;
          open.push({ kind: 'listener', detail });
        }
      }
      for (const caller of timeouts.values()) open.push({ kind: 'timeout', detail: caller });
      for (const caller of intervals.values()) open.push({ kind: 'interval', detail: caller });
      for (const caller of frames.values()) open.push({ kind: 'frame', detail: caller });
      for (const [observer, observed] of observations) {
        for (const [element, caller] of observed) {
          const detail = `${observer.constructor.name} on <${element.localName}>, ${caller}`;
          open.push({ kind: 'observation', detail });
        }
      }
      return open;
    },
    restore() {
      for (const restorer of restorers.reverse()) restorer();
    },
  };
}
