import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LabelBox, packLabels } from '../../src/layout/labelPacking.js';

const boxes = fc
  .array(
    fc.record({
      row: fc.integer({ min: 0, max: 3 }),
      x: fc.oneof(
        fc.integer({ min: -200, max: 800 }),
        fc.double({ min: -200, max: 800, noNaN: true }),
      ),
      width: fc.oneof(
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: 0, max: 200, noNaN: true }),
      ),
      priority: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 80 },
  )
  .map((list): LabelBox[] => list.map((box, i) => ({ ...box, id: `label-${i}` })));

const gap = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 12 }),
  fc.double({ min: 0, max: 12, noNaN: true }),
);

function isClash(a: LabelBox, b: LabelBox, gapPx: number): boolean {
  return a.row === b.row && a.x + a.width + gapPx > b.x && b.x + b.width + gapPx > a.x;
}

describe('packLabels(boxes, gapPx)', () => {
  it('never shows two labels of one row closer than gapPx', () => {
    fc.assert(
      fc.property(boxes, gap, (list, gapPx) => {
        const shownIds = packLabels(list, gapPx);
        const shown = list.filter((box) => shownIds.has(box.id));
        shown.forEach((a, i) => {
          for (const b of shown.slice(i + 1)) expect(isClash(a, b, gapPx)).toBe(false);
        });
      }),
    );
  });

  it('hides a label only when a shown label that goes first clashes with it', () => {
    fc.assert(
      fc.property(boxes, gap, (list, gapPx) => {
        const shownIds = packLabels(list, gapPx);
        const shown = list.filter((box) => shownIds.has(box.id));
        for (const box of list) {
          if (shownIds.has(box.id)) continue;
          // Going first: a higher priority, or the same one and no further right.
          const blocker = shown.find(
            (other) =>
              isClash(box, other, gapPx) &&
              (other.priority > box.priority ||
                (other.priority === box.priority && other.x <= box.x)),
          );
          expect(blocker).toBeDefined();
        }
      }),
    );
  });
});
