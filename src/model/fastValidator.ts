import { startsBefore } from './calendarDate.js';
import type { KnownIds } from './collectionIds.js';
import { compileLeafCheck, type LeafCheck } from './fastLeafCheck.js';
import { LANGUAGE_TAG_PATTERN } from './localizedText.js';
import { isRecord } from './readOwnProperty.js';
import {
  type ArraySchema,
  type FieldSchema,
  MAX_LANGUAGES,
  type ObjectSchema,
  type TextSchema,
  type ValueSchema,
} from './timelineSchema.js';

/** What a fast validator returns when it cannot vouch for a value. */
export const DECLINED: unique symbol = Symbol('declined');

/**
 * Checks one value against a schema and returns exactly what the full validator
 * (`validateRead`) would return for it when it reports no problem; for anything else it
 * returns `DECLINED`, and the caller runs the full validator to word the problems.
 */
export type FastValidator = (value: unknown, knownIds: KnownIds) => unknown;

/*
 * Why a second validator: the full one carries what its messages need (paths such as
 * "sources[0].url", the subject, each problem's wording) through every value it checks, and
 * that bookkeeping is most of the time it takes on a large document, where nearly every
 * value is valid. These closures are compiled once per schema, check the same rules and build
 * the same output, but carry nothing and stop at the first doubt. A property test holds them
 * to the full validator's results.
 */

// Read once: until the engine optimises the closures below, every property read is a lookup.
const hasOwn = Object.hasOwn;

function readOwn(object: object, key: string | number): unknown {
  // A throwing getter or proxy throws out of here: the caller's `try` declines the item.
  return hasOwn(object, key) ? (object as Record<string | number, unknown>)[key] : undefined;
}

/** A schema compiled: a leaf is only checked, being its own output; anything else is rebuilt. */
type CompiledValue =
  | { readonly kind: 'leaf'; readonly isValid: LeafCheck }
  | { readonly kind: 'rebuilt'; readonly build: FastValidator };

function toValidator(compiled: CompiledValue): FastValidator {
  if (compiled.kind === 'rebuilt') return compiled.build;
  const { isValid } = compiled;
  return (value, knownIds) => (isValid(value, knownIds) ? value : DECLINED);
}

function compileText(schema: TextSchema): FastValidator {
  const isTranslation = compileLeafCheck({
    type: 'string',
    expected: '',
    maxLength: schema.maxLength,
  });
  return (value, knownIds) => {
    if (typeof value === 'string') return isTranslation(value, knownIds) ? value : DECLINED;
    if (!isRecord(value)) return DECLINED;
    const keys = Object.keys(value);
    const count = keys.length;
    if (count === 0 || count > MAX_LANGUAGES) return DECLINED;
    const texts: Record<string, unknown> = {};
    for (let index = 0; index < count; index += 1) {
      const key = keys[index] as string;
      if (!LANGUAGE_TAG_PATTERN.test(key)) return DECLINED;
      const text = readOwn(value, key);
      if (!isTranslation(text, knownIds)) return DECLINED;
      // Safe to assign: a language tag has no "_", so the key is never `__proto__`.
      texts[key] = text;
    }
    return texts;
  };
}

function compileArray(schema: ArraySchema): FastValidator {
  const validateItem = toValidator(compileValue(schema.items));
  const { minItems, maxItems } = schema;
  return (value, knownIds) => {
    if (!Array.isArray(value)) return DECLINED;
    const length = value.length;
    if (length > maxItems || value.length < minItems) return DECLINED;
    // Sized up front: pushing onto `[]` reserves room for 16 items, and most lists hold one.
    // Only a proxy can report a length that is not a whole number; it gets a list that grows.
    const items: unknown[] = Number.isInteger(length) ? new Array(length) : [];
    // The length is read again at each step, as the full validator does: a getter among the
    // items may resize the list.
    let index = 0;
    for (; index < value.length; index += 1) {
      const result = validateItem(readOwn(value, index), knownIds);
      if (result === DECLINED) return DECLINED;
      items[index] = result;
    }
    if (index < length) items.length = index;
    return items;
  };
}

/**
 * Checks one field of `input` and copies it to `output`; false declines the object. A field's
 * rules are constants of its own closure, which the closure reads without a property lookup.
 */
type FieldStep = (input: object, output: Record<string, unknown>, knownIds: KnownIds) => boolean;

/** Whether a sibling checked before makes an absent optional field required after all. */
function isRequiredBySibling(
  condition: FieldSchema['requiredWhen'],
  output: Readonly<Record<string, unknown>>,
): boolean {
  if (condition === undefined) return false;
  const trigger = output[condition.field];
  return typeof trigger === 'string' && condition.values.includes(trigger);
}

function compileFieldStep(name: string, field: FieldSchema): FieldStep {
  const compiled = compileValue(field.schema);
  const { required, requiredWhen, notBefore } = field;
  // Names come from the schema, never from the input, so `output[name]` cannot set a prototype.
  if (compiled.kind === 'leaf' && notBefore === undefined) {
    // Most fields: a value kept as it is, with no rule about its siblings.
    const { isValid } = compiled;
    return (input, output, knownIds) => {
      const raw = hasOwn(input, name) ? (input as Record<string, unknown>)[name] : undefined;
      if (raw === undefined) return !required && !isRequiredBySibling(requiredWhen, output);
      if (!isValid(raw, knownIds)) return false;
      output[name] = raw;
      return true;
    };
  }
  const validate = toValidator(compiled);
  return (input, output, knownIds) => {
    const raw = hasOwn(input, name) ? (input as Record<string, unknown>)[name] : undefined;
    if (raw === undefined) return !required && !isRequiredBySibling(requiredWhen, output);
    const result = validate(raw, knownIds);
    if (result === DECLINED) return false;
    if (notBefore !== undefined && startsBefore(result, output[notBefore])) return false;
    output[name] = result;
    return true;
  };
}

function compileObject(schema: ObjectSchema): FastValidator {
  const steps = Object.entries(schema.fields).map(([name, field]) => compileFieldStep(name, field));
  const count = steps.length;
  return (value, knownIds) => {
    if (!isRecord(value)) return DECLINED;
    const output: Record<string, unknown> = {};
    for (let index = 0; index < count; index += 1) {
      if (!(steps[index] as FieldStep)(value, output, knownIds)) return DECLINED;
    }
    return output;
  };
}

function compileValue(schema: ValueSchema): CompiledValue {
  switch (schema.type) {
    case 'string':
    case 'enum':
    case 'boolean':
      return { kind: 'leaf', isValid: compileLeafCheck(schema) };
    case 'text':
      return { kind: 'rebuilt', build: compileText(schema) };
    case 'array':
      return { kind: 'rebuilt', build: compileArray(schema) };
    case 'object':
      return { kind: 'rebuilt', build: compileObject(schema) };
    default:
      return schema satisfies never;
  }
}

const compiled = new WeakMap<ObjectSchema, FastValidator>();

/** The fast validator of an item schema, compiled on first use. */
export function getFastValidator(schema: ObjectSchema): FastValidator {
  let validator = compiled.get(schema);
  if (!validator) {
    validator = compileObject(schema);
    compiled.set(schema, validator);
  }
  return validator;
}
