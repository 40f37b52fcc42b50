// The benchmark page: `?count=N&seed=S` picks the synthetic document, which is built before the
// clock starts, so the figure is the component's render-to-paint time alone. `&render=0` builds
// the document and stops there, for the runner to weigh the heap without the timeline.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import type { TimelineData } from '../../src/model/event.js';
import '../../src/theme/frise.css';
import { createSyntheticTimeline } from '../../test/fixtures/syntheticTimeline.js';

/** What the page reports to the runner once the timeline has been painted. */
export interface FriseBenchResult {
  /** From the call to render until two animation frames later, when the first paint is done. */
  readonly renderMs: number;
  readonly count: number;
  readonly seed: number;
  /** False for `render=0`, where nothing is drawn. */
  readonly isRendered: boolean;
}

declare global {
  interface Window {
    __friseBench?: FriseBenchResult;
    /** Keeps the document alive when nothing renders it, so `render=0` weighs it too. */
    __friseBenchDocument?: TimelineData;
  }
}

const params = new URLSearchParams(window.location.search);
const count = Number(params.get('count') ?? '1000');
const seed = Number(params.get('seed') ?? '1');
const isRendered = params.get('render') !== '0';
// Through JSON, as a large archive reaches a page (fetched, or inlined as JSON): the engine
// flattens strings built by concatenation on their first read, during validation, a cost of
// the fixture that documents parsed from JSON or written as literals do not have.
const data: TimelineData = JSON.parse(JSON.stringify(createSyntheticTimeline({ count, seed })));
window.__friseBenchDocument = data;

const container = document.getElementById('bench');
if (!container) throw new Error('The page has no #bench container.');
const root = createRoot(container);

function afterTwoFrames(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(callback));
}

// Timed after the page's own first paint, whose one-off costs (a fresh renderer's font and
// raster set-up) belong to the page and not to the component.
afterTwoFrames(() => {
  if (!isRendered) {
    window.__friseBench = { renderMs: 0, count, seed, isRendered };
    return;
  }
  const startMs = performance.now();
  // Synchronous, so the first frame below already holds the timeline rather than whichever
  // frame the scheduler's task happens to precede.
  flushSync(() => root.render(<Timeline data={data} />));
  // Frame callbacks run before that frame's paint: the second one runs once the first is painted.
  afterTwoFrames(() => {
    window.__friseBench = { renderMs: performance.now() - startMs, count, seed, isRendered };
  });
});
