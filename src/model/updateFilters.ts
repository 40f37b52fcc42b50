import type { TimelineFilters } from './filterEvents.js';

type FilterKey = keyof TimelineFilters;

/**
 * `filters` with one field replaced, or removed when `value` is `undefined`: the result
 * never holds an `undefined` field, so "no filter" has one form and compares equal.
 */
function withFilter<K extends FilterKey>(
  filters: TimelineFilters,
  key: K,
  value: TimelineFilters[K] | undefined,
): TimelineFilters {
  const { [key]: _replaced, ...rest } = filters;
  return value === undefined ? rest : { ...rest, [key]: value };
}

/**
 * Shows or hides one category. No `categories` filter means every category is shown, so the
 * first toggle hides one; showing them all again removes the filter. Ids keep the order of
 * `allIds`, the document's lane order.
 */
export function toggleCategoryFilter(
  filters: TimelineFilters,
  id: string,
  allIds: readonly string[],
): TimelineFilters {
  const shown = new Set(filters.categories ?? allIds);
  if (shown.has(id)) shown.delete(id);
  else shown.add(id);
  const isAllShown = allIds.every((candidate) => shown.has(candidate));
  return withFilter(
    filters,
    'categories',
    isAllShown ? undefined : allIds.filter((candidate) => shown.has(candidate)),
  );
}

/**
 * Adds or removes one actor from the "who" filter. No `actors` filter means anyone, so the
 * first toggle narrows to that actor's events; removing the last one removes the filter.
 */
export function toggleActorFilter(filters: TimelineFilters, id: string): TimelineFilters {
  const selected = filters.actors ?? [];
  const next = selected.includes(id)
    ? selected.filter((candidate) => candidate !== id)
    : [...selected, id];
  return withFilter(filters, 'actors', next.length === 0 ? undefined : next);
}

/** Sets the search text as typed; an empty one removes the filter. */
export function setFilterQuery(filters: TimelineFilters, query: string): TimelineFilters {
  return withFilter(filters, 'query', query === '' ? undefined : query);
}

/** Whether a category is shown under `filters`. */
export function isCategoryShown(filters: TimelineFilters, id: string): boolean {
  return filters.categories === undefined || filters.categories.includes(id);
}

/** Whether an actor is one the "who" filter narrows to. */
export function isActorSelected(filters: TimelineFilters, id: string): boolean {
  return filters.actors?.includes(id) ?? false;
}
