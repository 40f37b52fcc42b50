import { getUtcDateFormat } from './getUtcDateFormat.js';
import type { UtcDateFields } from './utcDateFormat.js';

const DAY_MS = 86_400_000;
/**
 * A visible range in words, as precise as the span needs: "2021 – 2024", "March 2023 –
 * May 2024", "3 – 17 April 2024". Used for the live announcement and the minimap's value.
 */
export function formatViewRange(range: readonly [number, number], locale: string): string {
  const [start, end] = range;
  const days = (end - start) / DAY_MS;
  const fields: UtcDateFields =
    days > 3 * 365
      ? { year: 'numeric' }
      : days > 62
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  const formatter = getUtcDateFormat(locale, fields);
  // The end is exclusive; show the last instant inside the range.
  const last = Math.max(start, end - 1);
  const from = formatter.format(start);
  const to = formatter.format(last);
  return from === to ? from : `${from} – ${to}`;
}
