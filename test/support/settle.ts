/** Waits for one animation frame. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Frames in a row without change that mean an animation is over: each of its frames moves it. */
const STILL_FRAMES = 4;
/** A bound on the wait, far above any animation of the library (250 ms, about 15 frames). */
const MAX_FRAMES = 600;

/**
 * Waits until `read()` gives the same value (compared as JSON) for several frames in a row,
 * that is until an animated zoom or pan has ended, and returns that value. Counts frames, not
 * milliseconds, so a loaded machine only makes it slower.
 */
export async function waitForStillness<T>(read: () => T): Promise<T> {
  let last = JSON.stringify(read());
  let still = 0;
  for (let frame = 0; frame < MAX_FRAMES && still < STILL_FRAMES; frame++) {
    await nextFrame();
    const current = JSON.stringify(read());
    still = current === last ? still + 1 : 0;
    last = current;
  }
  if (still < STILL_FRAMES) throw new Error(`still changing after ${MAX_FRAMES} frames: ${last}`);
  return read();
}

/**
 * Waits until `read()` differs from `from` (compared as JSON), then until it is still, and
 * returns that value: an animation may start a few frames after the input that asked for it
 * on a loaded machine, and a stillness check alone would end before it began.
 */
export async function waitForChangeThenStillness<T>(read: () => T, from: T): Promise<T> {
  const start = JSON.stringify(from);
  for (let frame = 0; frame < MAX_FRAMES && JSON.stringify(read()) === start; frame++) {
    await nextFrame();
  }
  if (JSON.stringify(read()) === start) {
    throw new Error(`unchanged after ${MAX_FRAMES} frames: ${start}`);
  }
  return waitForStillness(read);
}
