import { describe, expect, it } from 'vitest';
import {
  computeTimeDomain,
  createLinearTimeScale,
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
    expect(scale(Date.UTC(2025, 0, 1))).toBe(366);
    expect(scale.domain).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
    expect(scale.range).toEqual([0, 366]);
  });

  it('scale.invert(px) is the UTC ms drawn at px, beyond the range too', () => {
    const scale = createTimeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], 366);
    expect(scale.invert(31)).toBeCloseTo(Date.UTC(2024, 1, 1), 3);
    expect(scale.invert(-1)).toBeCloseTo(Date.UTC(2023, 11, 31), 3);
  });
});

describe('createLinearTimeScale(domain, range)', () => {
  it('draws an empty domain at the middle of the range, and inverts an empty range to the middle of the domain', () => {
    expect(createLinearTimeScale([5, 5], [0, 100])(123)).toBe(50);
    expect(createLinearTimeScale([0, 1000], [40, 40]).invert(40)).toBe(500);
  });

  it('follows a reversed range', () => {
    const scale = createLinearTimeScale([0, 1000], [100, 0]);
    expect(scale(250)).toBe(75);
    expect(scale.invert(75)).toBe(250);
  });
});
