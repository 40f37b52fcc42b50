import { describe, expect, it } from 'vitest';
import { getEventSpan } from '../../src/model/eventSpan.js';

describe('getEventSpan(event)', () => {
  it('getEventSpan({ start: "2024-04-18" }) spans that one day', () => {
    expect(getEventSpan({ start: '2024-04-18' })).toEqual({
      start: Date.UTC(2024, 3, 18),
      end: Date.UTC(2024, 3, 19),
      precision: 'day',
    });
  });

  it('getEventSpan({ start: "2024-04" }) spans the whole month', () => {
    expect(getEventSpan({ start: '2024-04' })).toEqual({
      start: Date.UTC(2024, 3, 1),
      end: Date.UTC(2024, 4, 1),
      precision: 'month',
    });
  });

  it('getEventSpan({ start: "2022" }) spans the whole year', () => {
    expect(getEventSpan({ start: '2022' })).toEqual({
      start: Date.UTC(2022, 0, 1),
      end: Date.UTC(2023, 0, 1),
      precision: 'year',
    });
  });

  it('runs to the end of the period of end, and keeps the precision of start', () => {
    expect(getEventSpan({ start: '2022-09-13', end: '2022-09-14' })).toEqual({
      start: Date.UTC(2022, 8, 13),
      end: Date.UTC(2022, 8, 15),
      precision: 'day',
    });
    expect(getEventSpan({ start: '2023-05-12', end: '2023-06' })).toEqual({
      start: Date.UTC(2023, 4, 12),
      end: Date.UTC(2023, 6, 1),
      precision: 'day',
    });
  });

  it('does not throw on an unvalidated event: a bad start gives NaN, a bad end is ignored', () => {
    expect(getEventSpan({ start: '2023-02-30' })).toEqual({
      start: Number.NaN,
      end: Number.NaN,
      precision: 'day',
    });
    expect(getEventSpan({ start: '2023', end: 'soon' }).end).toBe(Date.UTC(2024, 0, 1));
  });
});
