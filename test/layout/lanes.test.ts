import { describe, expect, it } from 'vitest';
import { assignRows } from '../../src/layout/lanes.js';

describe('assignRows(items, gapPx)', () => {
  const items = [
    { start: 0, end: 10 },
    { start: 5, end: 15 },
    { start: 12, end: 20 },
    { start: 16, end: 30 },
  ];

  it('stacks overlapping items and reuses the top row once it is free', () => {
    expect(assignRows(items)).toEqual({ rows: [0, 1, 0, 1], rowCount: 2 });
  });

  it('keeps gapPx between two items of one row', () => {
    // With 3 px, the third item (12) no longer fits after the first (10 + 3) or second (15 + 3).
    expect(assignRows(items, 3)).toEqual({ rows: [0, 1, 2, 0], rowCount: 3 });
  });

  it('does not need sorted input and answers in input order', () => {
    const shuffled = [items[3], items[1], items[0], items[2]].filter((item) => item !== undefined);
    expect(assignRows(shuffled)).toEqual({ rows: [1, 1, 0, 0], rowCount: 2 });
  });

  it('lets items that only touch share a row, and puts a point inside a bar below it', () => {
    expect(
      assignRows([
        { start: 0, end: 10 },
        { start: 10, end: 10 },
        { start: 10, end: 20 },
        { start: 15, end: 15 },
      ]),
    ).toEqual({ rows: [0, 0, 0, 1], rowCount: 2 });
  });

  it('returns no rows for no items', () => {
    expect(assignRows([])).toEqual({ rows: [], rowCount: 0 });
  });

  it('handles 100,000 items', () => {
    // Starts are 0 to 99,999 px in shuffled order (7919 is prime), lengths 1 to 50 px.
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      start: (i * 7919) % 100_000,
      end: ((i * 7919) % 100_000) + 1 + ((i * 31) % 50),
    }));
    const { rows, rowCount } = assignRows(many, 2);
    expect(rows).toHaveLength(100_000);
    expect(rowCount).toBeLessThanOrEqual(52);
  });
});
