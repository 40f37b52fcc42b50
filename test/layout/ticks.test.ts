import { describe, expect, it } from 'vitest';
import { formatTickLabel } from '../../src/i18n/formatTickLabel.js';
import { computeAxisTicks, type TickLevel } from '../../src/layout/ticks.js';
import { createTimeScale } from '../../src/layout/timeScale.js';

const DAY_MS = 86_400_000;

function computeTicks(start: number, end: number, width: number, locale = 'en') {
  return computeAxisTicks(createTimeScale([start, end], width), {
    format: (ms, level) => formatTickLabel(ms, level, locale),
  });
}

function getLevels(ticks: readonly { readonly level: TickLevel }[]): TickLevel[] {
  return [...new Set(ticks.map((tick) => tick.level))];
}

describe('computeAxisTicks(scale, { format })', () => {
  it('labels every year of a ten-year domain on 1000 px', () => {
    const ticks = computeTicks(Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1), 1000);
    expect(getLevels(ticks)).toEqual(['year']);
    expect(ticks.map((tick) => tick.label)).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(ticks[0]).toEqual({ ms: Date.UTC(2015, 0, 1), x: 0, level: 'year', label: '2015' });
  });

  it('steps by decades when forty years share 200 px', () => {
    const ticks = computeTicks(Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1), 200);
    expect(ticks.map((tick) => tick.label)).toEqual(['1990', '2000', '2010', '2020', '2030']);
  });

  it('labels quarters across two years: "Q2 2024" in English, "T2 2024" in French', () => {
    const start = Date.UTC(2023, 0, 1);
    const end = Date.UTC(2025, 0, 1);
    const en = computeTicks(start, end, 1000, 'en');
    const fr = computeTicks(start, end, 1000, 'fr');
    expect(getLevels(en)).toEqual(['quarter']);
    expect(en.map((tick) => tick.label).slice(4, 7)).toEqual(['Q1 2024', 'Q2 2024', 'Q3 2024']);
    expect(fr.map((tick) => tick.label).slice(4, 7)).toEqual(['T1 2024', 'T2 2024', 'T3 2024']);
  });

  it('labels months across one year when they fit, quarters when they do not', () => {
    const start = Date.UTC(2024, 0, 1);
    const end = Date.UTC(2025, 0, 1);
    const en = computeTicks(start, end, 1000, 'en');
    expect(getLevels(en)).toEqual(['month']);
    expect(en.map((tick) => tick.label).slice(0, 4)).toEqual([
      'Jan 2024',
      'Feb 2024',
      'Mar 2024',
      'Apr 2024',
    ]);
    // "févr. 2024" is wider than February is on 1000 px.
    expect(getLevels(computeTicks(start, end, 1000, 'fr'))).toEqual(['quarter']);
  });

  it('labels Mondays across 60 days on 1000 px', () => {
    const ticks = computeTicks(Date.UTC(2024, 2, 1), Date.UTC(2024, 2, 1) + 60 * DAY_MS, 1000);
    expect(getLevels(ticks)).toEqual(['week']);
    expect(ticks.map((tick) => tick.label).slice(0, 3)).toEqual(['4 Mar', '11 Mar', '18 Mar']);
    expect(ticks.every((tick) => new Date(tick.ms).getUTCDay() === 1)).toBe(true);
  });

  it('labels every day across ten days, and every other day of a week on a phone', () => {
    const start = Date.UTC(2024, 3, 15);
    const tenDays = computeTicks(start, start + 10 * DAY_MS, 1000);
    expect(getLevels(tenDays)).toEqual(['day']);
    expect(tenDays).toHaveLength(11);
    const phone = computeTicks(start, start + 7 * DAY_MS, 360, 'fr');
    expect(phone.map((tick) => tick.label)).toEqual(['15 avr.', '17 avr.', '19 avr.', '21 avr.']);
  });

  it('gets finer level by level as the domain narrows', () => {
    const end = Date.UTC(2025, 0, 1);
    const levels = [20 * 365, 2 * 365, 365, 60, 10].map(
      (days) => getLevels(computeTicks(end - days * DAY_MS, end, 1000))[0],
    );
    expect(levels).toEqual(['year', 'quarter', 'month', 'week', 'day']);
  });

  it('thins the coarsest ticks when even decades collide', () => {
    const ticks = computeTicks(Date.UTC(1800, 0, 1), Date.UTC(2100, 0, 1), 300);
    // 1800–1840 is a day short of 40 px (1800 was no leap year), so every fifth decade is kept.
    expect(ticks.map((tick) => tick.label)).toEqual([
      '1800',
      '1850',
      '1900',
      '1950',
      '2000',
      '2050',
      '2100',
    ]);
  });

  it('uses the given measure and gap', () => {
    const scale = createTimeScale([Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1)], 1000);
    const ticks = computeAxisTicks(scale, {
      format: (ms, level) => formatTickLabel(ms, level, 'en'),
      measure: () => 150,
      minGapPx: 0,
    });
    expect(ticks.map((tick) => tick.label)).toEqual(['2016', '2018', '2020', '2022', '2024']);
  });

  it('keeps a thinned finer tick rather than none when no Monday is in view', () => {
    const start = Date.UTC(2024, 3, 16, 12);
    const ticks = computeAxisTicks(createTimeScale([start, start + 3 * DAY_MS], 300), {
      format: (ms, level) => formatTickLabel(ms, level, 'en'),
      measure: () => 250,
    });
    expect(ticks.map((tick) => `${tick.level} ${tick.label}`)).toEqual(['day 17 Apr']);
  });

  it('returns no ticks for an empty domain or range', () => {
    const format = (ms: number, level: TickLevel) => formatTickLabel(ms, level, 'en');
    expect(computeAxisTicks(createTimeScale([0, 0], 1000), { format })).toEqual([]);
    expect(computeAxisTicks(createTimeScale([0, 10 * DAY_MS], 0), { format })).toEqual([]);
  });
});
