import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  franceAzerbaijan,
  franceAzerbaijanStory,
} from '../../src/datasets/france-azerbaijan/index.js';
import { isHttpUrl } from '../../src/model/httpUrl.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { sortEvents } from '../../src/model/sortEvents.js';

const { events } = franceAzerbaijan;

describe('the France–Azerbaijan dataset', () => {
  it('passes parseTimeline with no problem and keeps all 46 events', () => {
    const { data, problems } = parseTimeline(franceAzerbaijan);
    expect(problems).toEqual([]);
    expect(data.events).toHaveLength(46);
  });

  it('is sorted in time order', () => {
    expect(sortEvents(events).map((event) => event.id)).toEqual(events.map((event) => event.id));
  });

  it('gives every event at least one http(s) source', () => {
    for (const event of events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const source of event.sources) expect(isHttpUrl(source.url), source.url).toBe(true);
    }
  });

  it('says who makes every claim and statement, and never presents one as a fact', () => {
    const counts = { fact: 0, claim: 0, statement: 0 };
    for (const event of events) {
      counts[event.kind]++;
      if (event.kind !== 'fact') expect(event.claimedBy?.length, event.id).toBeGreaterThan(0);
    }
    expect(counts).toEqual({ fact: 31, claim: 7, statement: 8 });
  });

  it('has English and French titles and summaries for every event', () => {
    for (const event of events) {
      for (const text of [event.title, event.summary]) {
        expect(typeof text === 'object' && text.en && text.fr, event.id).toBeTruthy();
      }
    }
  });

  it('flags the seven events after May 2024 as follow-ups', () => {
    const followUps = events.filter((event) => event.followUp);
    expect(followUps).toHaveLength(7);
    for (const event of followUps) expect(event.start >= '2024-06', event.id).toBe(true);
  });

  it('has a story whose steps all point at events', () => {
    const ids = new Set(events.map((event) => event.id));
    expect(franceAzerbaijanStory.steps.length).toBeGreaterThanOrEqual(9);
    for (const step of franceAzerbaijanStory.steps)
      expect(ids.has(step.eventId), step.eventId).toBe(true);
  });

  it('ships the same document as JSON for the example article', () => {
    const json = JSON.parse(
      readFileSync(
        new URL('../../examples/article/france-azerbaijan.json', import.meta.url),
        'utf8',
      ),
    );
    expect(json).toEqual(JSON.parse(JSON.stringify(franceAzerbaijan)));
  });
});
