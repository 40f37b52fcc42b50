import type { KnownIds } from './collectionIds.js';
import { compileLeafCheck } from './fastLeafCheck.js';
import { LANGUAGE_TAG_PATTERN } from './localizedText.js';
import { MAX_LANGUAGES, type TextSchema } from './timelineSchema.js';

/** The fast check cannot vouch for the value: the full validator decides, and words why. */
export const FAST_DECLINED = 0;
/** Valid, and holding nothing the schema does not name: the value is kept as it is. */
export const FAST_KEPT = 1;
/** Valid, with keys the schema does not name, or no prototype: kept as a copy of its fields. */
export const FAST_PROJECTED = 2;

export type FastVerdict = typeof FAST_DECLINED | typeof FAST_KEPT | typeof FAST_PROJECTED;

/**
 * Checks one value as the full validator (`validateRead`) would, without wording problems or
 * copying anything: what it passes is kept as it is, or as a copy of what the schema names.
 */
export type FastCheck = (value: unknown, knownIds: KnownIds) => FastVerdict;

// Read once: until the engine optimises the checks, every property read is a lookup.
const hasOwn = Object.hasOwn;
const getPrototypeOf = Object.getPrototypeOf;
const OBJECT_PROTOTYPE = Object.prototype;

/**
 * How a record may be kept: as it is when it inherits from the realm's `Object.prototype`, as
 * a copy when it has no prototype (an object the page can convert to a string or compare like
 * any other), and not at all otherwise, where an inherited getter could answer for a field
 * seen absent.
 */
export function recordVerdict(value: unknown): FastVerdict {
  if (typeof value !== 'object' || value === null) return FAST_DECLINED;
  const prototype = getPrototypeOf(value);
  if (prototype === OBJECT_PROTOTYPE) return FAST_KEPT;
  return prototype === null ? FAST_PROJECTED : FAST_DECLINED;
}

/**
 * How many keys `for…in` visits: own enumerable ones, and any enumerable one that a script
 * added to `Object.prototype`, which then makes the count too high and the object copied.
 */
export function countEnumerableKeys(value: object): number {
  let count = 0;
  // biome-ignore lint/correctness/noUnusedVariables: only counted; no array of keys is allocated.
  for (const key in value) count += 1;
  return count;
}

/** A text schema compiled into one check: a string, or translations by language. */
export function compileTextCheck(schema: TextSchema): FastCheck {
  const isTranslation = compileLeafCheck({
    type: 'string',
    expected: '',
    maxLength: schema.maxLength,
  });
  return (value, knownIds) => {
    if (typeof value === 'string')
      return isTranslation(value, knownIds) ? FAST_KEPT : FAST_DECLINED;
    const verdict = recordVerdict(value);
    if (verdict === FAST_DECLINED) return FAST_DECLINED;
    const record = value as Readonly<Record<string, unknown>>;
    // Every key is checked as a language, so a valid text holds nothing else.
    const keys = Object.keys(record);
    const count = keys.length;
    if (count === 0 || count > MAX_LANGUAGES) return FAST_DECLINED;
    for (let index = 0; index < count; index += 1) {
      const key = keys[index] as string;
      if (!LANGUAGE_TAG_PATTERN.test(key)) return FAST_DECLINED;
      // A throwing getter or proxy throws out of here: the caller's `try` declines the item.
      const text = hasOwn(record, key) ? record[key] : undefined;
      if (!isTranslation(text, knownIds)) return FAST_DECLINED;
    }
    return verdict;
  };
}
