import { useCallback, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/** A flag that turns itself off `durationMs` after the last time it was raised. */
export function useTransientFlag(durationMs: number): readonly [boolean, () => void] {
  const [isRaised, setRaised] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useIsomorphicLayoutEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const raise = useCallback(() => {
    setRaised(true);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => setRaised(false), durationMs);
  }, [durationMs]);
  return [isRaised, raise] as const;
}
