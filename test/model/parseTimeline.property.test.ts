import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineData } from '../../src/model/event.js';
import { parseTimeline } from '../../src/model/parseTimeline.js';
import { timelineDataArbitrary } from '../fixtures/arbitraries.js';

const ANYTHING = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A valid document with one field of one event, category or actor replaced by anything. */
const brokenDocumentArbitrary = fc
  .tuple(
    timelineDataArbitrary(),
    fc.constantFrom('events', 'categories', 'actors'),
    fc.nat(),
    fc.string({ maxLength: 12 }),
    ANYTHING,
  )
  .map(([data, collection, index, key, value]) => {
    const items = [...data[collection]] as unknown as Record<string, unknown>[];
    if (items.length > 0) {
      const at = index % items.length;
      const known = Object.keys(items[at] ?? {});
      const field =
        known.length > 0 && key.length % 2 === 0 ? (known[key.length % known.length] ?? key) : key;
      items[at] = { ...items[at], [field]: value };
    }
    return { ...data, [collection]: items };
  });

describe('parseTimeline(input) properties', () => {
  it('returns every valid document unchanged, with no problems', () => {
    fc.assert(
      fc.property(timelineDataArbitrary(), (data) => {
        expect(parseTimeline(data)).toEqual({ data, problems: [] });
      }),
    );
  });

  it('returns every valid document unchanged after a JSON round trip', () => {
    fc.assert(
      fc.property(timelineDataArbitrary(), (data) => {
        const json: unknown = JSON.parse(JSON.stringify(data));
        expect(parseTimeline(json)).toEqual({ data, problems: [] });
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(ANYTHING, (input) => {
        const { data, problems } = parseTimeline(input);
        expect(Array.isArray(data.events)).toBe(true);
        expect(problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a document-shaped object made of anything', () => {
    const documentLike = fc.record({
      title: ANYTHING,
      categories: fc.oneof(ANYTHING, fc.array(ANYTHING)),
      actors: fc.oneof(ANYTHING, fc.array(ANYTHING)),
      events: fc.oneof(ANYTHING, fc.array(ANYTHING)),
    });
    fc.assert(
      fc.property(documentLike, (input) => {
        expect(() => parseTimeline(input)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('keeps only what passes again: its output parses to itself', () => {
    fc.assert(
      fc.property(brokenDocumentArbitrary, (input) => {
        const first = parseTimeline(input).data;
        const second = parseTimeline(first);
        const collections = (data: TimelineData) => [data.categories, data.actors, data.events];
        expect(collections(second.data)).toEqual(collections(first));
        // Only the title can fail twice: it falls back to "" when it is invalid.
        expect(second.problems.filter((problem) => problem.path !== 'title')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('names the event, by index within the input, in each problem about one', () => {
    fc.assert(
      fc.property(brokenDocumentArbitrary, (input) => {
        for (const problem of parseTimeline(input).problems) {
          if (problem.eventIndex === undefined) continue;
          expect(problem.path.startsWith(`events[${problem.eventIndex}]`)).toBe(true);
          expect(problem.message.startsWith(`event ${problem.eventIndex}`)).toBe(true);
          // Bounded whatever the input: at most a 100-character id, quoted, and a few words.
          expect(problem.received.length).toBeLessThan(150);
        }
      }),
      { numRuns: 300 },
    );
  });
});
