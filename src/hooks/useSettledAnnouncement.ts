import { useRef, useState } from 'react';
import { formatViewRange } from '../i18n/formatViewRange.js';
import { formatMessage } from '../i18n/messages.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/** How long the view must stay still before its range is announced. */
const SETTLE_MS = 600;

/**
 * "Showing March 2023 – May 2024", once a zoom or pan has settled, for the polite live
 * region. Nothing is announced for the first view: the reader did not change it.
 */
export function useSettledAnnouncement(
  range: readonly [number, number],
  locale: string,
  template: string,
): string {
  const [message, setMessage] = useState('');
  const [start, end] = range;
  const isFirst = useRef(true);
  useIsomorphicLayoutEffect(() => {
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    const timer = setTimeout(
      () => setMessage(formatMessage(template, { range: formatViewRange([start, end], locale) })),
      SETTLE_MS,
    );
    return () => clearTimeout(timer);
  }, [start, end, locale, template]);
  return message;
}
