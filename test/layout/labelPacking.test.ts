import { describe, expect, it } from 'vitest';
import { packLabels } from '../../src/layout/labelPacking.js';

describe('packLabels(boxes, gapPx)', () => {
  it('lets the higher-priority label win a conflict, wherever it sits', () => {
    const shown = packLabels(
      [
        { id: 'minor', row: 0, x: 0, width: 100, priority: 1 },
        { id: 'major', row: 0, x: 50, width: 100, priority: 3 },
      ],
      0,
    );
    expect([...shown]).toEqual(['major']);
  });

  it('breaks priority ties left to right', () => {
    const shown = packLabels([
      { id: 'right', row: 0, x: 60, width: 100, priority: 2 },
      { id: 'left', row: 0, x: 0, width: 100, priority: 2 },
    ]);
    expect([...shown]).toEqual(['left']);
  });

  it('keeps gapPx between labels, and only labels of one row collide', () => {
    const boxes = [
      { id: 'a', row: 0, x: 0, width: 50, priority: 1 },
      { id: 'b', row: 0, x: 54, width: 50, priority: 1 },
      { id: 'c', row: 1, x: 10, width: 50, priority: 1 },
    ];
    expect([...packLabels(boxes, 4)].sort()).toEqual(['a', 'b', 'c']);
    expect([...packLabels(boxes, 5)].sort()).toEqual(['a', 'c']);
  });

  it('fills a gap between two shown labels when the label fits in it', () => {
    const shown = packLabels(
      [
        { id: 'left', row: 0, x: 0, width: 40, priority: 3 },
        { id: 'right', row: 0, x: 100, width: 40, priority: 3 },
        { id: 'fits', row: 0, x: 45, width: 50, priority: 1 },
        { id: 'too-wide', row: 0, x: 45, width: 56, priority: 2 },
      ],
      2,
    );
    expect([...shown]).toEqual(['left', 'right', 'fits']);
  });
});
