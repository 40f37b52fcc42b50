import { describe, expect, it } from 'vitest';
import { clusterIntervals } from '../../src/layout/clusters.js';

describe('clusterIntervals(items, minGapPx)', () => {
  const items = [
    { index: 0, start: 0, end: 10 },
    { index: 1, start: 14, end: 20 },
    { index: 2, start: 40, end: 40 },
    { index: 3, start: 22, end: 25 },
    { index: 4, start: 100, end: 130 },
  ];

  it('merges items within minGapPx, transitively, and leaves the others alone', () => {
    expect(clusterIntervals(items, 5)).toEqual([
      { start: 0, end: 25, members: [0, 1, 3] },
      { start: 40, end: 40, members: [2] },
      { start: 100, end: 130, members: [4] },
    ]);
  });

  it('keeps every item apart once the gaps exceed minGapPx', () => {
    expect(clusterIntervals(items, 1).map((cluster) => cluster.members)).toEqual([
      [0],
      [1],
      [3],
      [2],
      [4],
    ]);
  });

  it('merges overlapping items even with no gap allowed', () => {
    const overlapping = [
      { index: 7, start: 50, end: 80 },
      { index: 9, start: 0, end: 60 },
    ];
    expect(clusterIntervals(overlapping, 0)).toEqual([{ start: 0, end: 80, members: [9, 7] }]);
  });

  it('returns no clusters for no items', () => {
    expect(clusterIntervals([], 10)).toEqual([]);
  });
});
