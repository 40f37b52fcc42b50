import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterEvents, type TimelineFilters } from '../../src/model/filterEvents.js';
import {
  isCategoryShown,
  toggleActorFilter,
  toggleCategoryFilter,
} from '../../src/model/updateFilters.js';
import { timelineDataArbitrary } from '../fixtures/arbitraries.js';

/** A document and a sequence of category toggles on it, then one more category. */
const togglesArbitrary = timelineDataArbitrary({ maxEvents: 12 }).chain((data) => {
  const ids = data.categories.map((category) => category.id);
  return fc.tuple(
    fc.constant(data),
    fc.array(fc.constantFrom(...ids), { maxLength: 8 }),
    fc.constantFrom(...ids),
  );
});

describe('toggleCategoryFilter(filters, id, allIds) properties', () => {
  it('toggling the same category twice gives the filters back', () => {
    fc.assert(
      fc.property(togglesArbitrary, ([data, toggles, id]) => {
        const ids = data.categories.map((category) => category.id);
        const filters = toggles.reduce(
          (current, toggled) => toggleCategoryFilter(current, toggled, ids),
          {},
        );
        const twice = toggleCategoryFilter(toggleCategoryFilter(filters, id, ids), id, ids);
        expect(twice).toEqual(filters);
      }),
    );
  });

  it('shows exactly the events of the categories whose toggles are on', () => {
    fc.assert(
      fc.property(togglesArbitrary, ([data, toggles]) => {
        const ids = data.categories.map((category) => category.id);
        const filters = toggles.reduce(
          (current, toggled) => toggleCategoryFilter(current, toggled, ids),
          {},
        );
        const shown = filterEvents(data.events, filters, 'en');
        expect(shown).toEqual(
          data.events.filter((event) => isCategoryShown(filters, event.category)),
        );
        // A category toggled an even number of times is shown.
        for (const id of ids) {
          const times = toggles.filter((toggled) => toggled === id).length;
          expect(isCategoryShown(filters, id)).toBe(times % 2 === 0);
        }
      }),
    );
  });
});

describe('toggleActorFilter(filters, id) properties', () => {
  it('toggling the same actor twice gives the same set of actors back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 6 }),
        fc.constantFrom('a', 'b', 'c', 'd'),
        (toggles, id) => {
          const filters = toggles.reduce<TimelineFilters>(
            (current, toggled) => toggleActorFilter(current, toggled),
            {},
          );
          const twice = toggleActorFilter(toggleActorFilter(filters, id), id);
          // Order is kept as the reader picked, so the toggled actor moves to the end.
          expect(new Set(twice.actors)).toEqual(new Set(filters.actors));
          expect(twice.actors === undefined).toBe(filters.actors === undefined);
        },
      ),
    );
  });
});
