import { useCallback, useRef, useState } from 'react';

export interface UseControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  readonly value: T | undefined;
  readonly defaultValue: T;
  readonly onChange: ((value: T) => void) | undefined;
}

/**
 * State that a parent may own (`value` + `onChange`) or leave to the component
 * (`defaultValue`), like Radix's `useControllableState`.
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
}: UseControllableStateOptions<T>): readonly [T, (next: T) => void] {
  const [inner, setInner] = useState(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : inner;
  // Native listeners and animation frames call the setter long after the render that made it.
  const latest = useRef({ isControlled, onChange, current });
  latest.current = { isControlled, onChange, current };

  const setValue = useCallback((next: T) => {
    const { isControlled: controlled, onChange: notify, current: previous } = latest.current;
    if (Object.is(next, previous)) return;
    latest.current.current = next;
    if (!controlled) setInner(next);
    notify?.(next);
  }, []);

  return [current, setValue] as const;
}
