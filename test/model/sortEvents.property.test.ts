import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getEventSpan } from '../../src/model/eventSpan.js';
import { sortEvents } from '../../src/model/sortEvents.js';
import { calendarDateStringArbitrary } from '../fixtures/arbitraries.js';

// Few ids and few years, so that ties on every key are common and stability is exercised.
const looseEventArbitrary = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c'),
    start: fc.oneof(
      fc.constantFrom('2022', '2022-01', '2022-01-01', '2023-06'),
      calendarDateStringArbitrary,
    ),
    end: fc.constantFrom('2022', '2022-12', '2023', '2024-02-29'),
  },
  { requiredKeys: ['id', 'start'] },
);

function sortKey(event: { readonly id: string; readonly start: string; readonly end?: string }) {
  const { start, end } = getEventSpan(event);
  return [start, end, event.id] as const;
}

function compareKeys(a: ReturnType<typeof sortKey>, b: ReturnType<typeof sortKey>): number {
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index])
      return (a[index] as number | string) < (b[index] as number | string) ? -1 : 1;
  }
  return 0;
}

describe('sortEvents(events) properties', () => {
  it('returns the same events, sorted by start, end and id, and stable on ties', () => {
    fc.assert(
      fc.property(fc.array(looseEventArbitrary, { maxLength: 30 }), (events) => {
        const sorted = sortEvents(events);
        expect([...sorted].sort((a, b) => events.indexOf(a) - events.indexOf(b))).toEqual(events);
        expect(new Set(sorted).size).toBe(new Set(events).size);
        for (let index = 1; index < sorted.length; index += 1) {
          const previous = sorted[index - 1] as (typeof events)[number];
          const current = sorted[index] as (typeof events)[number];
          const order = compareKeys(sortKey(previous), sortKey(current));
          expect(order).toBeLessThanOrEqual(0);
          if (order === 0) expect(events.indexOf(previous)).toBeLessThan(events.indexOf(current));
        }
      }),
    );
  });
});
