import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineTimeline } from '../../src/model/defineTimeline.js';

describe('defineTimeline(data)', () => {
  it('returns its argument unchanged, with its literal types', () => {
    const data = {
      title: 'T',
      categories: [{ id: 'war', label: 'War', color: 'red' }],
      actors: [],
      events: [],
    } as const;
    expect(defineTimeline(data)).toBe(data);
  });

  it('infers literal types without `as const`', () => {
    const defined = defineTimeline({
      title: 'T',
      categories: [{ id: 'war', label: 'War', color: 'red' }],
      actors: [],
      events: [],
    });
    expectTypeOf(defined.categories[0].id).toEqualTypeOf<'war'>();
    expectTypeOf(defined.categories[0].color).toEqualTypeOf<'red'>();
  });
});
