import { describe, expect, it } from 'vitest';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { createTimelineModel, getTimelineModel } from '../../src/layout/timelineModel.js';
import { sortEvents } from '../../src/model/sortEvents.js';

describe('createTimelineModel(data)', () => {
  it('orders the events in time, with their spans, ids and domain', () => {
    const model = createTimelineModel(franceAzerbaijan);
    expect(model.events).toEqual(sortEvents(franceAzerbaijan.events));
    expect(model.spans).toHaveLength(model.events.length);
    for (let index = 1; index < model.spans.length; index += 1) {
      expect(model.spans[index]?.start).toBeGreaterThanOrEqual(model.spans[index - 1]?.start ?? 0);
    }
    const [first] = model.events;
    expect(model.indexOf(first?.id ?? '')).toBe(0);
    expect(model.domain[0]).toBeLessThan(model.spans[0]?.start ?? 0);
    expect(model.spans.some((span) => span.isRange)).toBe(true);
  });

  it('finds every event by id, and nothing for an unknown id', () => {
    const model = createTimelineModel(franceAzerbaijan);
    model.events.forEach((event, index) => {
      expect(model.indexOf(event.id)).toBe(index);
    });
    expect(model.indexOf('no-such-event')).toBeUndefined();
  });
});

describe('getTimelineModel(data)', () => {
  it('builds the model once per document object', () => {
    const document = { ...franceAzerbaijan };
    const model = getTimelineModel(document);
    const fresh = createTimelineModel(document);
    expect(model.events).toEqual(fresh.events);
    expect(model.spans).toEqual(fresh.spans);
    expect(model.domain).toEqual(fresh.domain);
    expect(getTimelineModel(document)).toBe(model);
    expect(getTimelineModel({ ...franceAzerbaijan })).not.toBe(model);
  });
});
