import { describe, expect, it } from 'vitest';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { groupEventsByMonth } from '../../src/model/groupEventsByMonth.js';
import { sortEvents } from '../../src/model/sortEvents.js';

const event = (id: string, start: string, end?: string) => ({ id, start, ...(end ? { end } : {}) });
const idsOf = (events: readonly { readonly id: string }[]) => events.map((item) => item.id);

describe('groupEventsByMonth(events)', () => {
  it('groups by start year, then month, in time order', () => {
    const groups = groupEventsByMonth([
      event('may', '2024-05-13'),
      event('april-late', '2024-04-30'),
      event('war', '2020-09-27', '2020-11-10'),
      event('april', '2024-04'),
    ]);
    expect(
      groups.map(({ year, yearOnly, months }) => ({
        year,
        yearOnly: idsOf(yearOnly),
        months: months.map(({ month, events }) => [month, idsOf(events)]),
      })),
    ).toEqual([
      { year: 2020, yearOnly: [], months: [[9, ['war']]] },
      {
        year: 2024,
        yearOnly: [],
        months: [
          [4, ['april', 'april-late']],
          [5, ['may']],
        ],
      },
    ]);
  });

  it('keeps events dated to the year apart from the months', () => {
    const [group] = groupEventsByMonth([
      event('jan-5', '2022-01-05'),
      event('year', '2022'),
      event('jan-1', '2022-01-01'),
      event('jan', '2022-01'),
    ]);
    expect(idsOf(group?.yearOnly ?? [])).toEqual(['year']);
    expect(group?.months.map(({ month, events }) => [month, idsOf(events)])).toEqual([
      [1, ['jan-1', 'jan', 'jan-5']],
    ]);
  });

  it('leaves out events whose start does not parse', () => {
    expect(groupEventsByMonth([event('bad', 'someday')])).toEqual([]);
  });

  it('holds every France–Azerbaijan event once, in the order of sortEvents', () => {
    const groups = groupEventsByMonth(franceAzerbaijan.events);
    const flat = groups.flatMap(({ yearOnly, months }) => [
      ...yearOnly,
      ...months.flatMap(({ events }) => events),
    ]);
    expect(flat).toHaveLength(franceAzerbaijan.events.length);
    expect(groups.map(({ year }) => year)).toEqual([2020, 2022, 2023, 2024]);
    // The one year-only event (2022) is the first of its year, so the order is unchanged.
    expect(idsOf(flat)).toEqual(idsOf(sortEvents(franceAzerbaijan.events)));
  });
});
