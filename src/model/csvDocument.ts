import type { CsvEventDraft } from './csvEvent.js';
import type { Actor, Category, CategoryColor } from './event.js';
import { CATEGORY_SCHEMA, MAX_ACTORS, MAX_CATEGORIES } from './timelineSchema.js';

/** The palette in the order derived categories take their colours, as the README lists it. */
export const CATEGORY_PALETTE: readonly CategoryColor[] = [
  'blue',
  'orange',
  'green',
  'red',
  'purple',
  'teal',
  'brown',
  'gray',
];

// Only valid ids become categories or actors: an invalid one is then reported once, on the
// row that uses it, rather than also on a made-up category. The rule is the format's own.
const ID_SCHEMA = CATEGORY_SCHEMA.fields.id?.schema;

function isId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    ID_SCHEMA?.type === 'string' &&
    value.length <= ID_SCHEMA.maxLength &&
    ID_SCHEMA.pattern?.test(value) !== false
  );
}

/** The distinct valid ids the rows use in some fields, in the order they first appear. */
function collectIds(
  drafts: readonly CsvEventDraft[],
  fields: readonly string[],
  limit: number,
): string[] {
  const ids = new Set<string>();
  for (const { event } of drafts) {
    for (const field of fields) {
      const value = event[field];
      for (const id of Array.isArray(value) ? value : [value]) {
        if (ids.size < limit && isId(id)) ids.add(id);
      }
    }
  }
  return [...ids];
}

/**
 * A category for each category the rows use, so that a bare spreadsheet still draws: the id
 * as label, and the palette's colours in order, starting again after the eighth.
 */
export function deriveCsvCategories(drafts: readonly CsvEventDraft[]): Category[] {
  return collectIds(drafts, ['category'], MAX_CATEGORIES).map((id, index) => ({
    id,
    label: id,
    color: CATEGORY_PALETTE[index % CATEGORY_PALETTE.length] ?? 'gray',
  }));
}

/** An actor, named by its id, for each actor the rows name in `actors` or `claimed_by`. */
export function deriveCsvActors(drafts: readonly CsvEventDraft[]): Actor[] {
  return collectIds(drafts, ['actors', 'claimedBy'], MAX_ACTORS).map((id) => ({ id, name: id }));
}
