/** Generated ids are cut to this length, which leaves room for a `-2` suffix under the limit. */
export const MAX_GENERATED_ID_LENGTH = 80;

/** Only the start of a huge title is looked at: an id never needs more. */
const MAX_SLUG_INPUT_LENGTH = 200;

/** The id generated for a row with neither a usable start nor a usable title. */
export const FALLBACK_EVENT_ID = 'event';

/**
 * Plain ASCII for an id: lower case, accents dropped, every run of other characters one
 * hyphen. `"2024-04-18"`, `"Memorandum signed"` → `2024-04-18-memorandum-signed`.
 */
export function slugifyEventId(start: string, title: string): string {
  const text = `${start.slice(0, MAX_SLUG_INPUT_LENGTH)} ${title.slice(0, MAX_SLUG_INPUT_LENGTH)}`;
  const slug = text
    // Lower case first: "İ" lowers to "i" and a combining dot, which the next step drops.
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_GENERATED_ID_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? FALLBACK_EVENT_ID : slug;
}

/**
 * Returns a function that makes a stable id from an event's start and title, unique among
 * `takenIds` and the ids it made before: the slug, then `-2`, `-3`… on a collision. The same
 * rows in the same order always get the same ids.
 */
export function createEventIdGenerator(
  takenIds: Iterable<string>,
): (start: string, title: string) => string {
  const used = new Set(takenIds);
  // Where to resume counting for each slug, so that n equal titles take linear time.
  const nextSuffix = new Map<string, number>();
  return (start, title) => {
    const slug = slugifyEventId(start, title);
    let id = slug;
    if (used.has(id)) {
      let suffix = nextSuffix.get(slug) ?? 2;
      while (used.has(`${slug}-${suffix}`)) suffix += 1;
      nextSuffix.set(slug, suffix + 1);
      id = `${slug}-${suffix}`;
    }
    used.add(id);
    return id;
  };
}
