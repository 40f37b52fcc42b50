import { bisector } from 'd3-array';
import { sortIndicesBy } from '../model/sortIndices.js';

/** A label candidate: a box of `width` px starting at `x` in one row. */
export interface LabelBox {
  readonly id: string;
  /** Any number naming the row; only boxes with the same `row` can collide. */
  readonly row: number;
  readonly x: number;
  readonly width: number;
  /** Higher wins a conflict. */
  readonly priority: number;
}

/** Default free space between two shown labels. */
export const MIN_LABEL_GAP_PX = 4;

interface ShownBox {
  readonly start: number;
  readonly end: number;
}

interface Row {
  /** Shown boxes sorted by start. */
  readonly boxes: ShownBox[];
  /** The widest shown box, which bounds how far back a clash can start. */
  maxWidth: number;
}

const bisectStart = bisector((box: ShownBox) => box.start).left;

function clashes(a: ShownBox, b: ShownBox, gapPx: number): boolean {
  return a.end + gapPx > b.start && b.end + gapPx > a.start;
}

/**
 * Which labels to show: higher priority first, then left to right; a label is shown only if
 * it overlaps no shown label in its row, with at least `gapPx` between them.
 *
 * Each row keeps its shown boxes sorted by start. Only a box starting after
 * `start - maxWidth - gapPx` and before `end + gapPx` can clash with a candidate, so a binary
 * search finds the first one to check and the scan stops at the first box past the end:
 * O(n log n) for the sort and the searches, plus the few boxes near each candidate.
 * @default gapPx MIN_LABEL_GAP_PX
 */
export function packLabels(
  boxes: readonly LabelBox[],
  gapPx: number = MIN_LABEL_GAP_PX,
): ReadonlySet<string> {
  const order = sortIndicesBy(
    Float64Array.from(boxes, (box) => -box.priority),
    Float64Array.from(boxes, (box) => box.x),
  );
  const rows = new Map<number, Row>();
  const shown = new Set<string>();
  for (const index of order) {
    const box = boxes[index] as LabelBox;
    const width = Math.max(0, box.width);
    const candidate = { start: box.x, end: box.x + width };
    let row = rows.get(box.row);
    if (!row) {
      row = { boxes: [], maxWidth: 0 };
      rows.set(box.row, row);
    }
    let isClear = true;
    for (
      let i = bisectStart(row.boxes, candidate.start - row.maxWidth - gapPx);
      i < row.boxes.length;
      i++
    ) {
      const other = row.boxes[i] as ShownBox;
      if (other.start >= candidate.end + gapPx) break;
      if (clashes(candidate, other, gapPx)) {
        isClear = false;
        break;
      }
    }
    if (!isClear) continue;
    row.boxes.splice(bisectStart(row.boxes, candidate.start), 0, candidate);
    row.maxWidth = Math.max(row.maxWidth, width);
    shown.add(box.id);
  }
  return shown;
}
