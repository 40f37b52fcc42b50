import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` on the server, where layout effects only warn.
 *
 * Also what an effect that holds a listener, timer, animation frame or observer uses: a layout
 * effect's cleanup runs in the commit that removes the component, whereas a passive one may
 * wait for the next paint (React for an unmount that is not synchronous, Preact for every
 * unmount), leaving a frame or timer to fire on a component that is gone.
 */
export const useIsomorphicLayoutEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;
