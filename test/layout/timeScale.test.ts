import { describe, expect, it } from 'vitest';
import {
  computeTimeDomain,
  createTimeScale,
  EMPTY_TIME_DOMAIN,
} from '../../src/layout/timeScale.js';

const DAY_MS = 86_400_000;

describe('computeTimeDomain(spans)', () => {
  it('pads the earliest start and the latest end by 3% of the extent', () => {
    const spans = [
      { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 2) },
      { start: Date.UTC(2024, 3, 1), end: Date.UTC(2024, 3, 10) },
    ];
    const extent = Date.UTC(2024, 3, 10) - Date.UTC(2024, 0, 1);
    expect(computeTimeDomain(spans)).toEqual([
      Date.UTC(2024, 0, 1) - extent * 0.03,
      Date.UTC(2024, 3, 10) + extent * 0.03,
    ]);
  });

  it('gives one instant 30 days on each side', () => {
    const instant = Date.UTC(2024, 3, 18);
    expect(computeTimeDomain([{ start: instant, end: instant }])).toEqual([
      instant - 30 * DAY_MS,
      instant + 30 * DAY_MS,
    ]);
  });

  it('shows the year around 2024-01-01 UTC when there is nothing to show', () => {
    expect(computeTimeDomain([])).toEqual([Date.UTC(2023, 6, 1), Date.UTC(2024, 6, 1)]);
    expect(computeTimeDomain([{ start: Number.NaN, end: Number.NaN }])).toBe(EMPTY_TIME_DOMAIN);
  });
});

describe('createTimeScale(domain, width)', () => {
  it('maps the domain onto [0, width] in UTC', () => {
    const scale = createTimeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], 366);
    expect(scale(Date.UTC(2024, 0, 1))).toBe(0);
    expect(scale(Date.UTC(2024, 1, 1))).toBeCloseTo(31, 9);
    expect(scale.range()).toEqual([0, 366]);
    expect(scale.ticks(4).map((date) => date.toISOString().slice(0, 10))).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
      '2025-01-01',
    ]);
  });
});
