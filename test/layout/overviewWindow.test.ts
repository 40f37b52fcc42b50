import { describe, expect, it } from 'vitest';
import {
  centreWindowAt,
  clampWindow,
  computeWindowPosition,
  getDomainFraction,
  MIN_WINDOW_SPAN_MS,
  moveWindow,
  resizeWindow,
  type TimeRange,
} from '../../src/layout/overviewWindow.js';

const DAY_MS = 86_400_000;
const DOMAIN: TimeRange = [Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)];
const YEAR_2022: TimeRange = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];

describe('clampWindow(range, domain, minSpanMs)', () => {
  it('returns a valid window unchanged', () => {
    expect(clampWindow(YEAR_2022, DOMAIN)).toEqual(YEAR_2022);
  });

  it('puts reversed ends in order', () => {
    expect(clampWindow([YEAR_2022[1], YEAR_2022[0]], DOMAIN)).toEqual(YEAR_2022);
  });

  it('grows a window shorter than a week around its centre', () => {
    const noon = Date.UTC(2022, 5, 15, 12);
    expect(clampWindow([noon - DAY_MS, noon + DAY_MS], DOMAIN)).toEqual([
      noon - MIN_WINDOW_SPAN_MS / 2,
      noon + MIN_WINDOW_SPAN_MS / 2,
    ]);
  });

  it('shifts a window that sticks out of the domain back inside it, keeping its length', () => {
    expect(clampWindow([Date.UTC(2023, 6, 1), Date.UTC(2024, 6, 1)], DOMAIN)).toEqual([
      DOMAIN[1] - (Date.UTC(2024, 6, 1) - Date.UTC(2023, 6, 1)),
      DOMAIN[1],
    ]);
  });

  it('shrinks a window longer than the domain to the domain', () => {
    expect(clampWindow([Date.UTC(2010, 0, 1), Date.UTC(2030, 0, 1)], DOMAIN)).toEqual(DOMAIN);
  });

  it('gives the whole domain for a window with a NaN or infinite end', () => {
    expect(clampWindow([Number.NaN, DOMAIN[1]], DOMAIN)).toEqual(DOMAIN);
    expect(clampWindow([DOMAIN[0], Number.POSITIVE_INFINITY], DOMAIN)).toEqual(DOMAIN);
  });

  it('gives the whole domain when the domain is shorter than the minimum span', () => {
    const short: TimeRange = [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 3)];
    expect(clampWindow([short[0], short[0] + 1000], short)).toEqual(short);
  });
});

describe('moveWindow(range, domain, deltaMs)', () => {
  it('moves both ends by deltaMs', () => {
    expect(moveWindow(YEAR_2022, DOMAIN, 30 * DAY_MS)).toEqual([
      YEAR_2022[0] + 30 * DAY_MS,
      YEAR_2022[1] + 30 * DAY_MS,
    ]);
  });

  it('stops at the start of the domain', () => {
    expect(moveWindow(YEAR_2022, DOMAIN, -10 * 365 * DAY_MS)).toEqual([
      DOMAIN[0],
      DOMAIN[0] + (YEAR_2022[1] - YEAR_2022[0]),
    ]);
  });

  it('stops at the end of the domain', () => {
    const moved = moveWindow(YEAR_2022, DOMAIN, 10 * 365 * DAY_MS);
    expect(moved[1]).toBe(DOMAIN[1]);
    expect(moved[1] - moved[0]).toBe(YEAR_2022[1] - YEAR_2022[0]);
  });

  it('leaves the window where it is for a NaN delta', () => {
    expect(moveWindow(YEAR_2022, DOMAIN, Number.NaN)).toEqual(YEAR_2022);
  });
});

describe('resizeWindow(range, domain, deltaMs, minSpanMs, edge)', () => {
  it('moves the end by default and keeps the start', () => {
    expect(resizeWindow(YEAR_2022, DOMAIN, 31 * DAY_MS)).toEqual([
      YEAR_2022[0],
      YEAR_2022[1] + 31 * DAY_MS,
    ]);
  });

  it("moves the start when edge is 'start' and keeps the end", () => {
    expect(resizeWindow(YEAR_2022, DOMAIN, -31 * DAY_MS, MIN_WINDOW_SPAN_MS, 'start')).toEqual([
      YEAR_2022[0] - 31 * DAY_MS,
      YEAR_2022[1],
    ]);
  });

  it('never makes the window shorter than minSpanMs', () => {
    expect(resizeWindow(YEAR_2022, DOMAIN, -400 * DAY_MS)).toEqual([
      YEAR_2022[0],
      YEAR_2022[0] + MIN_WINDOW_SPAN_MS,
    ]);
    expect(resizeWindow(YEAR_2022, DOMAIN, 400 * DAY_MS, 30 * DAY_MS, 'start')).toEqual([
      YEAR_2022[1] - 30 * DAY_MS,
      YEAR_2022[1],
    ]);
  });

  it('stops the moving edge at the end of the domain', () => {
    expect(resizeWindow(YEAR_2022, DOMAIN, 10 * 365 * DAY_MS)).toEqual([YEAR_2022[0], DOMAIN[1]]);
    expect(resizeWindow(YEAR_2022, DOMAIN, -10 * 365 * DAY_MS, 0, 'start')).toEqual([
      DOMAIN[0],
      YEAR_2022[1],
    ]);
  });
});

describe('centreWindowAt(range, domain, ms)', () => {
  it('centres the window on ms, keeping its length', () => {
    const centre = Date.UTC(2021, 6, 2, 12);
    const half = (YEAR_2022[1] - YEAR_2022[0]) / 2;
    expect(centreWindowAt(YEAR_2022, DOMAIN, centre)).toEqual([centre - half, centre + half]);
  });

  it('stays inside the domain near its ends', () => {
    expect(centreWindowAt(YEAR_2022, DOMAIN, DOMAIN[0])).toEqual([
      DOMAIN[0],
      DOMAIN[0] + (YEAR_2022[1] - YEAR_2022[0]),
    ]);
  });
});

describe('getDomainFraction(ms, domain) and computeWindowPosition(range, domain)', () => {
  it('places the domain ends at 0 and 1', () => {
    expect(getDomainFraction(DOMAIN[0], DOMAIN)).toBe(0);
    expect(getDomainFraction(DOMAIN[1], DOMAIN)).toBe(1);
  });

  it('gives 0 on an empty domain rather than NaN', () => {
    expect(getDomainFraction(5, [5, 5])).toBe(0);
  });

  it('gives the window as fractions of the domain, clamped to [0, 1]', () => {
    const half: TimeRange = [DOMAIN[0] + (DOMAIN[1] - DOMAIN[0]) / 2, DOMAIN[1] + 1e12];
    expect(computeWindowPosition(half, DOMAIN)).toEqual({ start: 0.5, size: 0.5 });
  });
});
