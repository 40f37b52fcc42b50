import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTickLabel } from '../../src/i18n/formatTickLabel.js';
import { computeAxisTicks, MIN_TICK_LABEL_GAP_PX } from '../../src/layout/ticks.js';
import { createTimeScale } from '../../src/layout/timeScale.js';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** Domains of 3 days to 40 years starting between 1900 and 2100, on 200 to 2000 px. */
const axis = fc.record({
  start: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
  duration: fc.integer({ min: 3 * DAY_MS, max: 40 * YEAR_MS }),
  width: fc.integer({ min: 200, max: 2000 }),
  locale: fc.constantFrom('en', 'fr', 'en-US', 'de'),
});

/** Label measures from narrow to very wide fonts, and gaps from none to wide. */
const measureOptions = fc.record({
  charPx: fc.double({ min: 2, max: 30, noNaN: true }),
  minGapPx: fc.double({ min: 0, max: 40, noNaN: true }),
});

describe('computeAxisTicks(scale, options)', () => {
  it('gives strictly increasing ticks inside the domain, labelled by format, never colliding', () => {
    fc.assert(
      fc.property(axis, ({ start, duration, width, locale }) => {
        const scale = createTimeScale([start, start + duration], width);
        const format = (ms: number, level: Parameters<typeof formatTickLabel>[1]) =>
          formatTickLabel(ms, level, locale);
        const ticks = computeAxisTicks(scale, { format });
        expect(ticks.length).toBeGreaterThan(0);
        ticks.forEach((tick, i) => {
          expect(tick.ms).toBeGreaterThanOrEqual(start);
          expect(tick.ms).toBeLessThanOrEqual(start + duration);
          expect(tick.x).toBeCloseTo(scale(tick.ms), 9);
          expect(tick.label).toBe(format(tick.ms, tick.level));
          const previous = ticks[i - 1];
          if (!previous) return;
          expect(tick.ms).toBeGreaterThan(previous.ms);
          const previousEnd = previous.x + previous.label.length * 7 + MIN_TICK_LABEL_GAP_PX;
          expect(tick.x).toBeGreaterThanOrEqual(previousEnd);
        });
      }),
    );
  });

  it('never lets labels collide under any measure and gap', () => {
    fc.assert(
      fc.property(axis, measureOptions, ({ start, duration, width, locale }, m) => {
        const measure = (label: string) => label.length * m.charPx;
        const ticks = computeAxisTicks(createTimeScale([start, start + duration], width), {
          format: (ms, level) => formatTickLabel(ms, level, locale),
          measure,
          minGapPx: m.minGapPx,
        });
        expect(ticks.length).toBeGreaterThan(0);
        for (let i = 1; i < ticks.length; i += 1) {
          const previous = ticks[i - 1];
          const tick = ticks[i];
          if (!previous || !tick) continue;
          expect(tick.ms).toBeGreaterThan(previous.ms);
          expect(tick.x).toBeGreaterThanOrEqual(previous.x + measure(previous.label) + m.minGapPx);
        }
      }),
    );
  });

  it('keeps one level and lays ticks on its boundaries', () => {
    fc.assert(
      fc.property(axis, ({ start, duration, width, locale }) => {
        const ticks = computeAxisTicks(createTimeScale([start, start + duration], width), {
          format: (ms, level) => formatTickLabel(ms, level, locale),
        });
        const levels = new Set(ticks.map((tick) => tick.level));
        expect(levels.size).toBe(1);
        for (const { ms, level } of ticks) {
          const date = new Date(ms);
          expect(ms % DAY_MS === 0).toBe(true);
          if (level === 'week') expect(date.getUTCDay()).toBe(1);
          if (level === 'month' || level === 'quarter' || level === 'year') {
            expect(date.getUTCDate()).toBe(1);
          }
          if (level === 'quarter') expect(date.getUTCMonth() % 3).toBe(0);
          if (level === 'year') expect(date.getUTCMonth()).toBe(0);
        }
      }),
    );
  });
});
