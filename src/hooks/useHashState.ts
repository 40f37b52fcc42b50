import { useCallback, useSyncExternalStore } from 'react';
import { getHashParamName, readHashParam, writeHashParam } from '../interaction/hashState.js';

export interface UseHashStateOptions {
  /**
   * How a change is written: `push` adds a history entry, so Back returns to the previous
   * value; `replace` rewrites the current one.
   * @default 'push'
   */
  readonly history?: 'push' | 'replace';
}

/** The value in the URL (`undefined` when absent) and a setter (`undefined` removes it). */
export type UseHashStateResult = readonly [
  value: string | undefined,
  setValue: (value: string | undefined) => void,
];

// `pushState` fires no event, so hooks on the same page hear of each other's writes here.
const writeListeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  writeListeners.add(onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    writeListeners.delete(onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const getServerSnapshot = () => undefined;

/**
 * One value kept in the URL fragment, so a reader can share a link to it: the default key
 * `frise` is written `#frise=<value>`, another key `story` is written `#frise-story=<value>`,
 * several joined with `&`. Give each timeline on a page its own key. Parts of the fragment
 * that Frise does not own are kept.
 *
 * Follows Back and Forward (`popstate`, `hashchange`) and links that change the fragment.
 * Nothing is read on the server: there, and while hydrating, the value is `undefined`, and
 * React re-renders with the URL's value right after, so the markup always matches. A
 * client-only render reads the URL at once.
 *
 * ```tsx
 * const [eventId, setEventId] = useHashState('frise');
 * <Timeline selectedId={eventId ?? null} onSelectedIdChange={(id) => setEventId(id ?? undefined)} />
 * ```
 * @default key 'frise'
 */
export function useHashState(key = 'frise', options: UseHashStateOptions = {}): UseHashStateResult {
  const name = getHashParamName(key);
  const mode = options.history ?? 'push';
  const value = useSyncExternalStore(
    subscribe,
    () => readHashParam(window.location.hash, name),
    getServerSnapshot,
  );
  const setValue = useCallback(
    (next: string | undefined) => {
      const { location, history } = window;
      const hash = writeHashParam(location.hash, name, next);
      if (hash === location.hash) return;
      // Without a fragment the URL keeps no dangling `#`.
      const url = `${location.pathname}${location.search}${hash}`;
      // The entry's state is carried over: routers keep their own bookkeeping there.
      if (mode === 'replace') history.replaceState(history.state, '', url);
      else history.pushState(history.state, '', url);
      for (const listener of writeListeners) listener();
    },
    [name, mode],
  );
  return [value, setValue] as const;
}
