import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipEventGeometry, type EventGeometry } from '../../src/layout/eventGeometry.js';

const finite = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A mark anywhere within a million pixels, of any width up to that, with or without a band. */
const geometry: fc.Arbitrary<EventGeometry> = fc
  .record({
    x0: finite(-1e6, 1e6),
    width: finite(0, 1e6),
    centre: finite(0, 1),
    band: fc.option(fc.record({ from: finite(0, 1), to: finite(0, 1) }), { nil: undefined }),
  })
  .map(({ x0, width, centre, band }) => {
    const x1 = x0 + width;
    const cx = x0 + centre * width;
    if (!band) return { x0, x1, cx };
    const [from, to] = band.from <= band.to ? [band.from, band.to] : [band.to, band.from];
    return { x0, x1, cx, band: { x0: x0 + from * width, x1: x0 + to * width } };
  });

const window = fc
  .record({ minX: finite(-1e4, 1e4), span: finite(1, 1e4) })
  .map(({ minX, span }) => ({ minX, maxX: minX + span }));

const minWidth = finite(0, 50);

describe('clipEventGeometry(geometry, minX, maxX, minWidth)', () => {
  it('keeps within the mark and its band, and the marker centre where it was', () => {
    fc.assert(
      fc.property(geometry, window, minWidth, (mark, { minX, maxX }, min) => {
        const clipped = clipEventGeometry(mark, minX, maxX, min);
        expect(clipped.x0).toBeGreaterThanOrEqual(mark.x0);
        expect(clipped.x1).toBeLessThanOrEqual(mark.x1);
        expect(clipped.cx).toBe(mark.cx);
        expect(clipped.band === undefined).toBe(mark.band === undefined);
        if (clipped.band && mark.band) {
          expect(clipped.band.x0).toBeGreaterThanOrEqual(clipped.x0);
          expect(clipped.band.x1).toBeLessThanOrEqual(clipped.x1);
          expect(clipped.band.x1).toBeGreaterThanOrEqual(clipped.band.x0);
          // A band cut away entirely is left empty at an edge of the mark.
          if (clipped.band.x1 > clipped.band.x0) {
            expect(clipped.band.x0).toBeGreaterThanOrEqual(mark.band.x0);
            expect(clipped.band.x1).toBeLessThanOrEqual(mark.band.x1);
          }
        }
      }),
    );
  });

  it('keeps every pixel of the mark and its band that falls in the window', () => {
    fc.assert(
      fc.property(geometry, window, minWidth, (mark, { minX, maxX }, min) => {
        const clipped = clipEventGeometry(mark, minX, maxX, min);
        expect(clipped.x0).toBeLessThanOrEqual(Math.max(mark.x0, minX));
        expect(clipped.x1).toBeGreaterThanOrEqual(Math.min(mark.x1, maxX));
        if (clipped.band && mark.band) {
          expect(clipped.band.x0).toBeLessThanOrEqual(Math.max(mark.band.x0, minX));
          if (mark.band.x1 > Math.max(mark.band.x0, minX)) {
            expect(clipped.band.x1).toBeGreaterThanOrEqual(Math.min(mark.band.x1, maxX));
          }
        }
      }),
    );
  });

  it('draws no mark wider than the window and its minimum width, nor narrower than that minimum', () => {
    fc.assert(
      fc.property(geometry, window, minWidth, (mark, { minX, maxX }, min) => {
        const clipped = clipEventGeometry(mark, minX, maxX, min);
        const width = clipped.x1 - clipped.x0;
        // Pixel sums at a million px carry rounding of a few ulps.
        const slack = 1e-6;
        expect(width).toBeLessThanOrEqual(maxX - minX + min + slack);
        expect(width).toBeGreaterThanOrEqual(Math.min(mark.x1 - mark.x0, min) - slack);
      }),
    );
  });

  it('leaves a mark inside the window as it is, and clipping twice changes nothing more', () => {
    fc.assert(
      fc.property(geometry, window, minWidth, (mark, { minX, maxX }, min) => {
        const clipped = clipEventGeometry(mark, minX, maxX, min);
        if (mark.x0 >= minX && mark.x1 <= maxX) expect(clipped).toBe(mark);
        expect(clipEventGeometry(clipped, minX, maxX, min)).toEqual(clipped);
      }),
    );
  });
});
