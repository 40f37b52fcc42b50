import { afterEach, describe, expect, it } from 'vitest';
import { checkEventFast } from '../../src/model/fastEventCheck.js';
import { getFastItemCheck } from '../../src/model/fastItemCheck.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { ACTOR_SCHEMA, CATEGORY_SCHEMA, EVENT_SCHEMA } from '../../src/model/timelineSchema.js';
import { createTimelineWithRawEvent, VALID_EVENT } from '../fixtures/smallTimeline.js';

describe('getFastItemCheck(schema)', () => {
  const objectPrototype = Object.prototype as Record<string, unknown>;
  const arrayPrototype = Array.prototype as unknown as Record<number, unknown>;
  afterEach(() => {
    delete objectPrototype.end;
    delete objectPrototype.sources;
    delete arrayPrototype[1];
  });

  it('gives events the fast check, and categories and actors none', () => {
    expect(getFastItemCheck(EVENT_SCHEMA)).toBe(checkEventFast);
    expect(getFastItemCheck(ACTOR_SCHEMA)).toBeUndefined();
    expect(getFastItemCheck(CATEGORY_SCHEMA)).toBeUndefined();
  });

  it('gives none while a prototype holds a field or an item', () => {
    objectPrototype.end = '1999';
    expect(getFastItemCheck(EVENT_SCHEMA)).toBeUndefined();
    delete objectPrototype.end;
    arrayPrototype[1] = 'actor-1';
    expect(getFastItemCheck(EVENT_SCHEMA)).toBeUndefined();
  });

  it('reads no inherited field or item on such a page', () => {
    // A required field that the event lacks would be found there, were it read.
    objectPrototype.sources = VALID_EVENT.sources;
    const { sources: _sources, ...sourceless } = VALID_EVENT;
    const withoutSources = parseTimeline(createTimelineWithRawEvent(sourceless));
    expect(withoutSources.problems.map((problem) => problem.path)).toEqual(['events[3].sources']);
    delete objectPrototype.sources;
    // So would a hole in a list.
    arrayPrototype[1] = 'inherited';
    const tags = ['a', 'b', 'c'];
    delete tags[1];
    const holed = parseTimeline(createTimelineWithRawEvent({ ...VALID_EVENT, tags }));
    expect(holed.problems.map((problem) => problem.path)).toEqual(['events[3].tags[1]']);
  });
});
