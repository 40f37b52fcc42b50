import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeEventTimes, getEventSpan } from '../../src/model/eventSpan.js';
import { calendarDateStringArbitrary } from '../fixtures/arbitraries.js';

// Unreadable dates too: the columns must give NaN exactly where getEventSpan does.
const dateArbitrary = fc.oneof(
  calendarDateStringArbitrary,
  fc.constantFrom('2022', '2023-06', 'soon', '2023-02-30', ''),
);
const eventArbitrary = fc.record(
  { start: dateArbitrary, end: dateArbitrary },
  { requiredKeys: ['start'] },
);

// Events drawn from a few, so that neighbours often share their dates, as a day's events do.
const eventsArbitrary = fc.oneof(
  fc.array(eventArbitrary, { maxLength: 30 }),
  fc.array(eventArbitrary, { minLength: 1, maxLength: 3 }).chain((pool) =>
    fc.array(
      fc.constantFrom(...pool).map((event) => ({ ...event })),
      { maxLength: 30 },
    ),
  ),
);

describe('computeEventTimes(events)', () => {
  it('holds getEventSpan of each event, in input order', () => {
    fc.assert(
      fc.property(eventsArbitrary, (events) => {
        const times = computeEventTimes(events);
        events.forEach((event, index) => {
          const span = getEventSpan(event);
          expect(times.starts[index]).toBe(span.start);
          expect(times.ends[index]).toBe(span.end);
          expect(times.precisions[index]).toBe(span.precision);
        });
        expect(times.starts.length).toBe(events.length);
      }),
    );
  });
});
