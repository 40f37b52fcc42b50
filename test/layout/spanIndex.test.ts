import { describe, expect, it } from 'vitest';
import { createSpanIndex, querySpanIndex } from '../../src/layout/spanIndex.js';

describe('querySpanIndex(index, from, to)', () => {
  const spans = [
    { start: 50, end: 60 },
    { start: 0, end: 1000 },
    { start: 10, end: 20 },
    { start: 30, end: 30 },
    { start: 70, end: 90 },
  ];
  const index = createSpanIndex(spans);

  it('finds the spans meeting [from, to), long ones started earlier included, in start order', () => {
    expect(querySpanIndex(index, 55, 75)).toEqual([1, 0, 4]);
  });

  it('treats ends as exclusive and instants as points', () => {
    expect(querySpanIndex(index, 20, 30)).toEqual([1]);
    expect(querySpanIndex(index, 30, 31)).toEqual([1, 3]);
    expect(querySpanIndex(index, 25, 30)).toEqual([1]);
  });

  it('finds nothing outside every span, or in an empty window', () => {
    expect(querySpanIndex(index, 1000, 2000)).toEqual([]);
    expect(querySpanIndex(index, 55, 55)).toEqual([]);
    expect(querySpanIndex(createSpanIndex([]), 0, 10)).toEqual([]);
  });
});
