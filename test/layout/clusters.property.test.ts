import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClusterInput, clusterIntervals } from '../../src/layout/clusters.js';

const coordinate = fc.oneof(
  fc.integer({ min: -500, max: 500 }),
  fc.double({ min: -500, max: 500, noNaN: true }),
);
const length = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
);

/** Items with distinct indices, as a lane's events would have, in no particular order. */
const items = fc.array(fc.tuple(coordinate, length), { maxLength: 80 }).chain((pairs) =>
  fc.shuffledSubarray(
    pairs.map(([start, size], i): ClusterInput => ({ index: i * 3 + 1, start, end: start + size })),
    { minLength: pairs.length },
  ),
);

const minGap = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 40 }),
  fc.double({ min: 0, max: 40, noNaN: true }),
);

describe('clusterIntervals(items, minGapPx)', () => {
  it('puts every index in exactly one cluster, and spans its members', () => {
    fc.assert(
      fc.property(items, minGap, (list, minGapPx) => {
        const clusters = clusterIntervals(list, minGapPx);
        const members = clusters.flatMap((cluster) => cluster.members);
        expect([...members].sort((a, b) => a - b)).toEqual(
          list.map((item) => item.index).sort((a, b) => a - b),
        );
        const byIndex = new Map(list.map((item) => [item.index, item]));
        for (const cluster of clusters) {
          const own = cluster.members.map((index) => byIndex.get(index) as ClusterInput);
          expect(cluster.start).toBe(Math.min(...own.map((item) => item.start)));
          expect(cluster.end).toBe(Math.max(...own.map((item) => item.end)));
        }
      }),
    );
  });

  it('leaves more than minGapPx between consecutive clusters, in order', () => {
    fc.assert(
      fc.property(items, minGap, (list, minGapPx) => {
        const clusters = clusterIntervals(list, minGapPx);
        for (let i = 1; i < clusters.length; i += 1) {
          const previous = clusters[i - 1] as (typeof clusters)[number];
          const next = clusters[i] as (typeof clusters)[number];
          expect(next.start - previous.end).toBeGreaterThan(minGapPx);
        }
      }),
    );
  });

  it('never merges more when zoomed in (every px doubled)', () => {
    fc.assert(
      fc.property(items, minGap, (list, minGapPx) => {
        const zoomed = list.map((item) => ({ ...item, start: item.start * 2, end: item.end * 2 }));
        const before = clusterIntervals(list, minGapPx);
        const after = clusterIntervals(zoomed, minGapPx);
        expect(after.length).toBeGreaterThanOrEqual(before.length);
        // Finer still: each zoomed-in cluster lies inside one cluster of the wider view.
        const clusterOf = new Map(
          before.flatMap((cluster, c) => cluster.members.map((index) => [index, c] as const)),
        );
        for (const cluster of after) {
          expect(new Set(cluster.members.map((index) => clusterOf.get(index))).size).toBe(1);
        }
      }),
    );
  });
});
