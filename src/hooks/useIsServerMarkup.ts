import { useState, useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};
const isClientRender = () => false;
const isServerRender = () => true;

/**
 * True when this component first rendered on the server or while React hydrated server
 * markup, false when it first rendered in the browser. Latched at the first render, so it
 * stays the same for the component's life: markup that had to match the server's once keeps
 * being drawn the same way until something else changes it.
 */
export function useIsServerMarkup(): boolean {
  // React reads the server snapshot on the server and during hydration, and only then.
  const isServerSnapshot = useSyncExternalStore(subscribeToNothing, isClientRender, isServerRender);
  const [isServerMarkup] = useState(isServerSnapshot);
  return isServerMarkup;
}
