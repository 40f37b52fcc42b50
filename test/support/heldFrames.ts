import { findLibraryCaller } from './libraryCaller.js';

/**
 * The animation frames that the library requests, held back until the test runs them, so an
 * animation can be stopped at a chosen point and input sent while it is still running.
 */
export interface HeldFrames {
  /** How many frames are waiting. */
  readonly count: () => number;
  /**
   * Runs the waiting frames, with the timestamp `elapsedMs` after the first frame was
   * requested (for an animation, that is `elapsedMs` into it). Frames they request wait.
   */
  readonly run: (elapsedMs: number) => void;
  /** Stops holding; the frames still waiting run at once, at the current time. */
  readonly release: () => void;
}

interface HeldFrame {
  readonly id: number;
  readonly callback: FrameRequestCallback;
}

/** Starts holding the library's animation frames; other frames run as usual. */
export function holdLibraryFrames(): HeldFrames {
  const request = window.requestAnimationFrame;
  const cancel = window.cancelAnimationFrame;
  let waiting: HeldFrame[] = [];
  let firstRequestedAt: number | undefined;

  window.requestAnimationFrame = (callback: FrameRequestCallback): number => {
    if (!findLibraryCaller()) return request(callback);
    firstRequestedAt ??= performance.now();
    // A real frame is requested, so the id is the browser's; its callback only joins the queue.
    const id: number = request(() => {
      waiting.push({ id, callback });
    });
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    waiting = waiting.filter((frame) => frame.id !== id);
    cancel(id);
  };

  const runWaiting = (time: number) => {
    const due = waiting;
    waiting = [];
    for (const frame of due) frame.callback(time);
  };

  return {
    count: () => waiting.length,
    run(elapsedMs) {
      runWaiting((firstRequestedAt ?? performance.now()) + elapsedMs);
    },
    release() {
      window.requestAnimationFrame = request;
      window.cancelAnimationFrame = cancel;
      runWaiting(performance.now());
    },
  };
}
