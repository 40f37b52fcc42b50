import { parseCalendarDate } from './calendarDate.js';
import type { TimelineEvent } from './event.js';
import { sortEvents } from './sortEvents.js';

/** The events that start in one month, in time order. */
export interface MonthGroup<T> {
  /** 1–12. */
  readonly month: number;
  readonly events: readonly T[];
}

/** The events that start in one year, in time order. */
export interface YearGroup<T> {
  readonly year: number;
  /** Events dated to the year only (`"2022"`), which belong to no month. */
  readonly yearOnly: readonly T[];
  /** One group per month that has events, in calendar order. */
  readonly months: readonly MonthGroup<T>[];
}

/**
 * The events in time order (`sortEvents`), grouped by the year and the month they start in,
 * as a vertical timeline lists them. Events dated to the year only are kept apart from the
 * months. Events whose start does not parse are left out; `parseTimeline` never lets one
 * through.
 *
 * @example
 * groupEventsByMonth([{ id: 'a', start: '2024-04-18' }, { id: 'b', start: '2022' }]);
 * // [{ year: 2022, yearOnly: [b], months: [] },
 * //  { year: 2024, yearOnly: [], months: [{ month: 4, events: [a] }] }]
 */
export function groupEventsByMonth<T extends Pick<TimelineEvent, 'id' | 'start' | 'end'>>(
  events: readonly T[],
): YearGroup<T>[] {
  const years: { year: number; yearOnly: T[]; months: { month: number; events: T[] }[] }[] = [];
  for (const event of sortEvents(events)) {
    const start = parseCalendarDate(event.start);
    if (!start) continue;
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== start.year) {
      yearGroup = { year: start.year, yearOnly: [], months: [] };
      years.push(yearGroup);
    }
    if (start.precision === 'year') {
      yearGroup.yearOnly.push(event);
      continue;
    }
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== start.month) {
      monthGroup = { month: start.month, events: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.events.push(event);
  }
  return years;
}
