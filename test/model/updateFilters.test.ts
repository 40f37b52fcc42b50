import { describe, expect, it } from 'vitest';
import {
  isActorSelected,
  isCategoryShown,
  setFilterQuery,
  toggleActorFilter,
  toggleCategoryFilter,
} from '../../src/model/updateFilters.js';

const ALL = ['war', 'diplomacy', 'media'];

describe('toggleCategoryFilter(filters, id, allIds)', () => {
  it('hides a category when every category is shown', () => {
    expect(toggleCategoryFilter({}, 'diplomacy', ALL)).toEqual({ categories: ['war', 'media'] });
  });

  it('shows a hidden category again, in lane order', () => {
    expect(toggleCategoryFilter({ categories: ['media'] }, 'war', ALL)).toEqual({
      categories: ['war', 'media'],
    });
  });

  it('removes the filter once every category is shown again', () => {
    expect(
      toggleCategoryFilter({ categories: ['war', 'media'], query: 'x' }, 'diplomacy', ALL),
    ).toEqual({ query: 'x' });
  });

  it('can hide the last category, which shows nothing', () => {
    expect(toggleCategoryFilter({ categories: ['war'] }, 'war', ALL)).toEqual({ categories: [] });
  });

  it('leaves its input alone', () => {
    const filters = { categories: ['war'] };
    toggleCategoryFilter(filters, 'media', ALL);
    expect(filters).toEqual({ categories: ['war'] });
  });
});

describe('toggleActorFilter(filters, id)', () => {
  it('narrows to an actor, adds more, and removes the filter with the last one', () => {
    const one = toggleActorFilter({}, 'viginum');
    expect(one).toEqual({ actors: ['viginum'] });
    const two = toggleActorFilter(one, 'baku');
    expect(two).toEqual({ actors: ['viginum', 'baku'] });
    expect(toggleActorFilter(toggleActorFilter(two, 'viginum'), 'baku')).toEqual({});
  });
});

describe('setFilterQuery(filters, query)', () => {
  it('keeps the text as typed and removes the filter when it is emptied', () => {
    expect(setFilterQuery({}, 'viginum ')).toEqual({ query: 'viginum ' });
    expect(setFilterQuery({ query: 'v', actors: ['a'] }, '')).toEqual({ actors: ['a'] });
  });
});

describe('isCategoryShown(filters, id) and isActorSelected(filters, id)', () => {
  it('read the state a toggle shows', () => {
    expect(isCategoryShown({}, 'war')).toBe(true);
    expect(isCategoryShown({ categories: ['media'] }, 'war')).toBe(false);
    expect(isActorSelected({}, 'baku')).toBe(false);
    expect(isActorSelected({ actors: ['baku'] }, 'baku')).toBe(true);
  });
});
