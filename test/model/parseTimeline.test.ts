import { describe, expect, it } from 'vitest';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { MAX_LISTED_PROBLEMS, parseTimeline } from '../../src/model/parseTimeline.js';
import { MAX_CATEGORIES } from '../../src/model/timelineSchema.js';
import {
  createSmallTimeline,
  createTimelineWithEvent,
  createTimelineWithRawEvent,
  VALID_EVENT,
} from '../fixtures/smallTimeline.js';
import { createSyntheticTimeline } from '../fixtures/syntheticTimeline.js';

describe('parseTimeline(input)', () => {
  it('returns a valid document unchanged, with no problems', () => {
    const input = createSmallTimeline();
    expect(parseTimeline(input)).toEqual({ data: input, problems: [] });
  });

  it('accepts the France–Azerbaijan dataset without a problem', () => {
    const { data, problems } = parseTimeline(franceAzerbaijan);
    expect(problems.map((problem) => problem.message)).toEqual([]);
    expect(data.events).toHaveLength(franceAzerbaijan.events.length);
  });

  it('accepts a synthetic document of 2,000 events without a problem', () => {
    expect(parseTimeline(createSyntheticTimeline({ count: 2000, seed: 11 })).problems).toEqual([]);
  });

  it('builds its output afresh, without the keys the format does not know', () => {
    const input = createTimelineWithEvent({
      note: 'internal',
      sources: [{ ...VALID_EVENT.sources[0], x: 1 }],
    });
    const event = parseTimeline(input).data.events[3];
    expect(event).toEqual(VALID_EVENT);
    expect(event).not.toBe(input.events[3]);
    expect(event?.sources[0]).not.toBe(input.events[3]?.sources[0]);
  });

  it('keeps a valid event that holds only what the format names as the same object', () => {
    const input = createTimelineWithEvent({});
    const event = parseTimeline(input).data.events[3];
    expect(event).toBe(input.events[3]);
    expect(event?.sources).toBe(input.events[3]?.sources);
  });

  it('copies a valid event that has no prototype or a class of its own', () => {
    class EventRecord {
      constructor(fields: object) {
        Object.assign(this, fields);
      }
    }
    const bare = Object.assign(Object.create(null), VALID_EVENT);
    for (const raw of [bare, new EventRecord(VALID_EVENT)]) {
      const event = parseTimeline(createTimelineWithRawEvent(raw)).data.events[3];
      expect(event).toEqual(VALID_EVENT);
      expect(event).not.toBe(raw);
      expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    }
  });

  it('keeps events in input order', () => {
    const data = createSmallTimeline();
    const reversed = { ...data, events: [...data.events].reverse() };
    expect(parseTimeline(reversed).data.events.map((event) => event.id)).toEqual([
      'third',
      'second',
      'first',
    ]);
  });

  it('names the event by index and id, and gives eventIndex and eventId', () => {
    const [problem] = parseTimeline(createTimelineWithEvent({ importance: 5 })).problems;
    expect(problem).toEqual({
      path: 'events[3].importance',
      eventIndex: 3,
      eventId: 'big-2023-07',
      field: 'importance',
      expected: '1 | 2 | 3',
      received: '5',
      message: 'event 3 "big-2023-07": importance must be 1 | 2 | 3, got 5',
    });
  });

  it('gives no eventId when the id itself is invalid', () => {
    const [problem] = parseTimeline(createTimelineWithEvent({ id: 'no good' })).problems;
    expect(problem?.eventIndex).toBe(3);
    expect(problem).not.toHaveProperty('eventId');
  });

  it('allows an end equal to the start, or a coarser end starting on the same day', () => {
    expect(
      parseTimeline(createTimelineWithEvent({ start: '2023-07', end: '2023-07' })).problems,
    ).toEqual([]);
    expect(
      parseTimeline(createTimelineWithEvent({ start: '2023-01-01', end: '2023' })).problems,
    ).toEqual([]);
  });

  it('compares period starts: a coarser end whose period starts before the start is a problem', () => {
    const { problems } = parseTimeline(
      createTimelineWithEvent({ start: '2023-05-12', end: '2023-05' }),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'event 3 "big-2023-07": end must be a date on or after start ("2023-05-12"), got "2023-05"',
    ]);
  });

  it('allows claimedBy on a fact', () => {
    expect(parseTimeline(createTimelineWithEvent({ claimedBy: ['paris'] })).problems).toEqual([]);
  });

  it('falls back to an empty title and keeps the events when the title is invalid', () => {
    const { data } = parseTimeline({ ...createSmallTimeline(), title: 42 });
    expect(data.title).toBe('');
    expect(data.events).toHaveLength(3);
  });

  it('ignores inherited properties, so a polluted Object.prototype adds no data', () => {
    const input = Object.assign(Object.create({ description: 'inherited' }), createSmallTimeline());
    expect(parseTimeline(input).data).not.toHaveProperty('description');
  });

  it('never throws on a proxy whose every trap throws', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('getOwnPropertyDescriptor');
        },
        ownKeys: () => {
          throw new Error('ownKeys');
        },
      },
    );
    const { data, problems } = parseTimeline(hostile);
    expect(data).toEqual({ title: '', categories: [], actors: [], events: [] });
    expect(problems.map((problem) => problem.path)).toEqual([
      'title',
      'description',
      'categories',
      'actors',
      'events',
    ]);
    expect(problems[0]?.message).toBe(
      'title must be text (a string, or an object of strings by language tag), got a value that throws when read',
    );
  });

  it(`lists at most ${MAX_LISTED_PROBLEMS} problems, then counts the rest`, () => {
    const { problems } = parseTimeline({
      ...createSmallTimeline(),
      events: new Array(1500).fill(null),
    });
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems.at(-1)?.message).toBe('…and 500 more problems, not listed');
  });

  it(`keeps the first ${MAX_CATEGORIES} categories of a longer list, with one problem`, () => {
    const categories = Array.from({ length: MAX_CATEGORIES + 1 }, (_, index) => ({
      id: `c-${index}`,
      label: `Category ${index}`,
      color: 'gray',
    }));
    const { data, problems } = parseTimeline({ ...createSmallTimeline(), categories, events: [] });
    expect(problems.map((problem) => problem.message)).toEqual([
      `categories must be at most ${MAX_CATEGORIES} categories, got ${MAX_CATEGORIES + 1} categories`,
    ]);
    expect(data.categories).toHaveLength(MAX_CATEGORIES);
  });
});
