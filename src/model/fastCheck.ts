import { startsBefore } from './calendarDate.js';
import type { KnownIds } from './collectionIds.js';
import { compileLeafCheck, isLeafSchema } from './fastLeafCheck.js';
import { LANGUAGE_TAG_PATTERN } from './localizedText.js';
import {
  type ArraySchema,
  type FieldSchema,
  MAX_LANGUAGES,
  type ObjectSchema,
  type TextSchema,
  type ValueSchema,
} from './timelineSchema.js';

/** The fast check cannot vouch for the value: the full validator decides, and words why. */
export const FAST_DECLINED = 0;
/** Valid, and holding nothing the schema does not name: the value is kept as it is. */
export const FAST_KEPT = 1;
/** Valid, with keys the schema does not name: kept as a copy of what it names. */
export const FAST_PROJECTED = 2;

export type FastVerdict = typeof FAST_DECLINED | typeof FAST_KEPT | typeof FAST_PROJECTED;

/** Checks one value against a schema, exactly as the full validator (`validateRead`) would. */
export type FastCheck = (value: unknown, knownIds: KnownIds) => FastVerdict;

/*
 * Why a second validator: the full one carries what its messages need (paths such as
 * "sources[0].url", the subject, each problem's wording) through every value it checks, and
 * copies every value it accepts. On a large document, where nearly every value is valid, that
 * bookkeeping and those copies (100,000 events, then the garbage collector moving them) are
 * most of the time validation takes. These closures are compiled once per schema, check the
 * same rules, carry nothing, allocate nothing and stop at the first doubt. A property test
 * holds them to the full validator.
 *
 * A value they pass is kept as the caller's own object when it holds only what the schema
 * names, so that the result is what a copy would have been. That asks two things of it: it is
 * plain (its prototype is the realm's `Object.prototype` or `Array.prototype`), so that no
 * inherited getter can answer for a field seen absent and it behaves as a copy would; and, like React props, it is not
 * changed once passed (the components validate each document object once). Links are checked
 * again where they are drawn.
 */

// Read once: until the engine optimises the closures below, every property read is a lookup.
const hasOwn = Object.hasOwn;
const getPrototypeOf = Object.getPrototypeOf;
const isArray = Array.isArray;
const OBJECT_PROTOTYPE = Object.prototype;
const ARRAY_PROTOTYPE = Array.prototype;

/** What a field step returns for a field the object does not have. */
const ABSENT = 3;

function readOwn(object: object, key: string | number): unknown {
  // A throwing getter or proxy throws out of here: the caller's `try` declines the item.
  return hasOwn(object, key) ? (object as Record<string | number, unknown>)[key] : undefined;
}

/**
 * How a record may be kept: as it is when it inherits from the realm's `Object.prototype`, as
 * a copy when it has no prototype (an object the page can convert to a string or compare like
 * any other), and not at all otherwise, where an inherited getter could answer for a field
 * seen absent.
 */
function recordVerdict(value: unknown): FastVerdict {
  if (typeof value !== 'object' || value === null) return FAST_DECLINED;
  const prototype = getPrototypeOf(value);
  if (prototype === OBJECT_PROTOTYPE) return FAST_KEPT;
  return prototype === null ? FAST_PROJECTED : FAST_DECLINED;
}

/**
 * How many keys `for…in` visits: own enumerable ones, and any enumerable one that a script
 * added to `Object.prototype`, which then makes the count too high and the object copied.
 */
function countEnumerableKeys(value: object): number {
  let count = 0;
  // biome-ignore lint/correctness/noUnusedVariables: only counted; no array of keys is allocated.
  for (const key in value) count += 1;
  return count;
}

function compileText(schema: TextSchema): FastCheck {
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
    const record = value as object;
    // Every key is checked as a language, so a valid text holds nothing else.
    const keys = Object.keys(record);
    const count = keys.length;
    if (count === 0 || count > MAX_LANGUAGES) return FAST_DECLINED;
    for (let index = 0; index < count; index += 1) {
      const key = keys[index] as string;
      if (!LANGUAGE_TAG_PATTERN.test(key)) return FAST_DECLINED;
      if (!isTranslation(readOwn(record, key), knownIds)) return FAST_DECLINED;
    }
    return verdict;
  };
}

function compileArray(schema: ArraySchema): FastCheck {
  const checkItem = compileValue(schema.items);
  const { minItems, maxItems } = schema;
  return (value, knownIds) => {
    if (!isArray(value) || getPrototypeOf(value) !== ARRAY_PROTOTYPE) return FAST_DECLINED;
    const length = value.length;
    if (length > maxItems || length < minItems) return FAST_DECLINED;
    let verdict: FastVerdict = FAST_KEPT;
    // The length is read again at each step, as the full validator does. A list that a getter
    // among its items resized is left to the full validator, which copies what it read.
    let index = 0;
    for (; index < value.length; index += 1) {
      const item = checkItem(readOwn(value, index), knownIds);
      if (item === FAST_DECLINED) return FAST_DECLINED;
      if (item === FAST_PROJECTED) verdict = FAST_PROJECTED;
    }
    return index === length ? verdict : FAST_DECLINED;
  };
}

/** Checks one field of `input`: its verdict, or `ABSENT`. */
type FieldStep = (input: object, knownIds: KnownIds) => FastVerdict | typeof ABSENT;

/**
 * Whether a sibling makes an absent optional field required after all. The full validator
 * only sees the siblings it has already read, which are those before the field.
 */
function isRequiredBySibling(
  condition: FieldSchema['requiredWhen'],
  input: object,
  isSiblingBefore: boolean,
): boolean {
  if (condition === undefined || !isSiblingBefore) return false;
  const trigger = readOwn(input, condition.field);
  return typeof trigger === 'string' && condition.values.includes(trigger);
}

function compileFieldStep(
  name: string,
  field: FieldSchema,
  earlier: ReadonlySet<string>,
): FieldStep {
  const { schema, required, requiredWhen, notBefore } = field;
  const isTriggerBefore = requiredWhen !== undefined && earlier.has(requiredWhen.field);
  const bound = notBefore !== undefined && earlier.has(notBefore) ? notBefore : undefined;
  const absent = (input: object) =>
    required || isRequiredBySibling(requiredWhen, input, isTriggerBefore) ? FAST_DECLINED : ABSENT;
  if (isLeafSchema(schema) && bound === undefined) {
    // Most fields: a value kept as it is, with no rule about its siblings.
    const isValid = compileLeafCheck(schema);
    return (input, knownIds) => {
      const raw = hasOwn(input, name) ? (input as Record<string, unknown>)[name] : undefined;
      if (raw === undefined) return absent(input);
      return isValid(raw, knownIds) ? FAST_KEPT : FAST_DECLINED;
    };
  }
  const check = compileValue(schema);
  return (input, knownIds) => {
    const raw = hasOwn(input, name) ? (input as Record<string, unknown>)[name] : undefined;
    if (raw === undefined) return absent(input);
    if (bound !== undefined && startsBefore(raw, readOwn(input, bound))) return FAST_DECLINED;
    return check(raw, knownIds);
  };
}

function compileObject(schema: ObjectSchema): FastCheck {
  const earlier = new Set<string>();
  const steps = Object.entries(schema.fields).map(([name, field]) => {
    const step = compileFieldStep(name, field, earlier);
    earlier.add(name);
    return step;
  });
  const count = steps.length;
  return (value, knownIds) => {
    let verdict = recordVerdict(value);
    if (verdict === FAST_DECLINED) return FAST_DECLINED;
    const record = value as object;
    let present = 0;
    for (let index = 0; index < count; index += 1) {
      const field = (steps[index] as FieldStep)(record, knownIds);
      if (field === FAST_DECLINED) return FAST_DECLINED;
      if (field === ABSENT) continue;
      present += 1;
      if (field === FAST_PROJECTED) verdict = FAST_PROJECTED;
    }
    return verdict === FAST_KEPT && countEnumerableKeys(record) === present
      ? FAST_KEPT
      : FAST_PROJECTED;
  };
}

function toVerdictCheck(isValid: (value: unknown, knownIds: KnownIds) => boolean): FastCheck {
  return (value, knownIds) => (isValid(value, knownIds) ? FAST_KEPT : FAST_DECLINED);
}

function compileValue(schema: ValueSchema): FastCheck {
  switch (schema.type) {
    case 'string':
    case 'enum':
    case 'boolean':
      return toVerdictCheck(compileLeafCheck(schema));
    case 'text':
      return compileText(schema);
    case 'array':
      return compileArray(schema);
    case 'object':
      return compileObject(schema);
    default:
      return schema satisfies never;
  }
}

const compiled = new WeakMap<ObjectSchema, FastCheck>();

/** The fast check of an item schema, compiled on first use. */
export function getFastCheck(schema: ObjectSchema): FastCheck {
  let check = compiled.get(schema);
  if (!check) {
    check = compileObject(schema);
    compiled.set(schema, check);
  }
  return check;
}
