import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { NewsTimeline } from '../../src/components/NewsTimeline/NewsTimeline.js';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../../src/datasets/france-azerbaijan/index.js';
import { type PageErrors, watchPageErrors } from '../support/pageErrors.js';
import { nextFrames, wait } from '../support/realInput.js';
import { type ResourceTracker, trackResources } from '../support/resourceTracker.js';
import { nextFrame } from '../support/settle.js';

const CYCLES = 200;
/** Cycles before the first measure: compiled code, Intl formatters and React's root listeners. */
const WARM_UP_CYCLES = 20;
/**
 * Heap growth allowed over the cycles: 2 MB or 10 % of the heap, whichever is larger; the heap
 * is about 17.5 MB here, so 2 MB. Even without a leak the heap grows for the first hundred or
 * so cycles while V8 optimises hot code, then stays flat: measured after 5 warm-up cycles,
 * +425, +230, +54 and +32 KB per 50 cycles, under 0.8 MB in all. One mounted NewsTimeline of
 * this dataset holds about 1.4 MB of JS heap, so keeping one tree in a hundred fails, and so
 * does retaining 10 KB or more per cycle. Smaller leaks are lost in the noise; the resource
 * tracker catches their usual cause, a listener, timer or observer left registered.
 */
const HEAP_TOLERANCE_BYTES = 2 * 1024 * 1024;
const HEAP_TOLERANCE_RATIO = 0.1;

let tracker: ResourceTracker | undefined;
let errors: PageErrors | undefined;
afterEach(() => {
  tracker?.restore();
  errors?.stop();
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
});

/** The JS heap after two full collections, as the DevTools protocol reports it. */
async function measureHeapBytes(): Promise<number> {
  const session = cdp();
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Mounts the block, starts everything it keeps running (a zoom animation, the "ctrl + scroll"
 * hint's timer, the settled-range announcement's timer, the story's animated step), and
 * unmounts it mid-flight, as a single-page app leaving the article would.
 */
async function mountUseAndUnmount(container: HTMLElement, onUnmounted = () => {}) {
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <NewsTimeline data={franceAzerbaijan} story={franceAzerbaijanStory} deepLinkKey="frise" />,
    ),
  );
  await nextFrame();
  const viewport = container.querySelector('.frise-timeline__viewport') as HTMLElement;
  const box = viewport.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + 20 };
  const wheel = { bubbles: true, cancelable: true, ...at };
  viewport.dispatchEvent(new WheelEvent('wheel', { ...wheel, ctrlKey: true, deltaY: -40 }));
  viewport.dispatchEvent(new WheelEvent('wheel', { ...wheel, deltaY: 40 }));
  const tabStop = container.querySelector('[data-event-id][tabindex="0"]') as HTMLElement;
  tabStop.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
  const next = container.querySelector('.frise-story [aria-keyshortcuts="ArrowRight"]');
  (next as HTMLButtonElement).click();
  // Two frames: the animations step and React renders their changes, arming the timers.
  await nextFrames();
  root.unmount();
  onUnmounted();
  expect(container.childNodes).toHaveLength(0);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

describe(`${CYCLES} mount and unmount cycles of <NewsTimeline> with createRoot`, () => {
  it('leave no listener, timer, frame or observation behind, and the heap where it was', async () => {
    const container = document.createElement('div');
    container.style.width = '1100px';
    document.body.append(container);
    for (let cycle = 0; cycle < WARM_UP_CYCLES; cycle++) await mountUseAndUnmount(container);

    errors = watchPageErrors();
    tracker = trackResources();
    const heapBefore = await measureHeapBytes();
    // Unmounting cleans up at once: what is open right after it was forgotten, even if it ends
    // by itself later (an animation running its course on an unmounted component).
    const openAtUnmount = new Set<string>();
    const noteOpen = () => {
      for (const open of tracker?.findOpen() ?? [])
        openAtUnmount.add(`${open.kind}: ${open.detail}`);
    };
    for (let cycle = 0; cycle < CYCLES; cycle++) await mountUseAndUnmount(container, noteOpen);
    expect([...openAtUnmount]).toEqual([]);
    await nextFrames();
    await nextFrames();
    await wait(100);
    expect(tracker.findOpen()).toEqual([]);
    tracker.restore();
    tracker = undefined;

    const heapAfter = await measureHeapBytes();
    const tolerance = Math.max(HEAP_TOLERANCE_BYTES, heapBefore * HEAP_TOLERANCE_RATIO);
    expect(heapAfter - heapBefore).toBeLessThan(tolerance);
    expect(errors.messages).toEqual([]);
    container.remove();
    // A bound on a hang, not a speed check: the cycles take about a minute alone and more than
    // two beside the other browser suites on two cores.
  }, 600_000);
});
