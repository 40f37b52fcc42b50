import { describe, expect, it } from 'vitest';
import { sortEvents } from '../../src/model/sortEvents.js';

const event = (id: string, start: string, end?: string) => ({ id, start, ...(end ? { end } : {}) });

describe('sortEvents(events)', () => {
  it('orders by start, then by end, then by id', () => {
    const events = [
      event('c', '2023-05-02'),
      event('b', '2023-05'),
      event('z', '2023-05-01'),
      event('a', '2023-05-01'),
      event('y', '2022', '2024'),
      event('x', '2022'),
    ];
    expect(sortEvents(events).map((item) => item.id)).toEqual(['x', 'y', 'a', 'z', 'b', 'c']);
  });

  it('returns a new array and leaves its input alone', () => {
    const events = [event('b', '2024'), event('a', '2023')];
    const sorted = sortEvents(events);
    expect(sorted).not.toBe(events);
    expect(events.map((item) => item.id)).toEqual(['b', 'a']);
  });

  it('keeps the input order of events equal on every key', () => {
    const first = event('same', '2024-01-01');
    const second = event('same', '2024-01-01');
    const sorted = sortEvents([first, event('early', '2023'), second]);
    expect(sorted[1]).toBe(first);
    expect(sorted[2]).toBe(second);
  });

  it('puts events without a readable start last rather than throwing', () => {
    const sorted = sortEvents([event('bad', 'someday'), event('good', '2024')]);
    expect(sorted.map((item) => item.id)).toEqual(['good', 'bad']);
  });
});
