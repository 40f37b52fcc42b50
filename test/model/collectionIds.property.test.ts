import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CollectionIds } from '../../src/model/collectionIds.js';

const itemsArbitrary = fc.array(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), isKept: fc.boolean() }),
  { maxLength: 20 },
);

describe('CollectionIds', () => {
  it('answers as a table of first indexes and a set of kept ids would', () => {
    fc.assert(
      fc.property(itemsArbitrary, (items) => {
        const ids = new CollectionIds();
        const firstIndexById = new Map<string, number>();
        const keptIds = new Set<string>();
        items.forEach(({ id, isKept }, index) => {
          // As validateCollection does: only the first item with an id is recorded.
          if (ids.getFirstIndex(id) !== undefined) return;
          ids.add(id, index, isKept);
          firstIndexById.set(id, index);
          if (isKept) keptIds.add(id);
        });
        for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) {
          expect(ids.getFirstIndex(id)).toBe(firstIndexById.get(id));
          expect(ids.has(id)).toBe(keptIds.has(id));
        }
      }),
    );
  });
});
