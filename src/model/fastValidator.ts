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

function readOwn(object: object, key: string | number): unknown {
  // A throwing getter or proxy throws out of here: the caller's `try` declines the item.
  return Object.hasOwn(object, key) ? (object as Record<string | number, unknown>)[key] : undefined;
}

/**
 * A schema compiled. Leaves (strings, enum members, booleans) are their own output: `isValid`
 * only checks them, and no call is spent wrapping a value kept as it is. Anything else is
 * rebuilt by `build`. Both members are always there, one of them undefined, and every
 * compiled value is made by `createCompiled`: one shape keeps the reads of them monomorphic.
 */
interface CompiledValue {
  readonly isValid: LeafCheck | undefined;
  readonly build: FastValidator | undefined;
}

function createCompiled(isValid: LeafCheck | undefined, build?: FastValidator): CompiledValue {
  return { isValid, build };
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
    if (keys.length === 0 || keys.length > MAX_LANGUAGES) return DECLINED;
    const texts: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index += 1) {
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

/** The value as `compiled` vouches for it, or `DECLINED`. */
function validateWith(compiled: CompiledValue, value: unknown, knownIds: KnownIds): unknown {
  const { isValid, build } = compiled;
  if (build !== undefined) return build(value, knownIds);
  return isValid?.(value, knownIds) ? value : DECLINED;
}

function compileArray(schema: ArraySchema): FastValidator {
  const item = compileValue(schema.items);
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
      const result = validateWith(item, readOwn(value, index), knownIds);
      if (result === DECLINED) return DECLINED;
      items[index] = result;
    }
    if (index < length) items.length = index;
    return items;
  };
}

interface CompiledField {
  readonly name: string;
  readonly value: CompiledValue;
  readonly required: boolean;
  readonly requiredWhen: FieldSchema['requiredWhen'];
  readonly notBefore: string | undefined;
}

/** Whether an absent field makes the object invalid, given the fields checked before it. */
function isMissing(field: CompiledField, output: Readonly<Record<string, unknown>>): boolean {
  if (field.required) return true;
  const condition = field.requiredWhen;
  if (condition === undefined) return false;
  const trigger = output[condition.field];
  return typeof trigger === 'string' && condition.values.includes(trigger);
}

function compileObject(schema: ObjectSchema): FastValidator {
  const fields = Object.entries(schema.fields).map(
    ([name, { schema, required, requiredWhen, notBefore }]): CompiledField => ({
      name,
      value: compileValue(schema),
      required,
      requiredWhen,
      notBefore,
    }),
  );
  return (value, knownIds) => {
    if (!isRecord(value)) return DECLINED;
    const output: Record<string, unknown> = {};
    for (let index = 0; index < fields.length; index += 1) {
      const field = fields[index] as CompiledField;
      const { name } = field;
      const raw = readOwn(value, name);
      if (raw === undefined) {
        if (isMissing(field, output)) return DECLINED;
        continue;
      }
      const result = validateWith(field.value, raw, knownIds);
      if (result === DECLINED) return DECLINED;
      if (field.notBefore !== undefined && startsBefore(result, output[field.notBefore])) {
        return DECLINED;
      }
      // Names come from the schema, never from the input, so this cannot set a prototype.
      output[name] = result;
    }
    return output;
  };
}

function compileValue(schema: ValueSchema): CompiledValue {
  switch (schema.type) {
    case 'string':
    case 'enum':
    case 'boolean':
      return createCompiled(compileLeafCheck(schema));
    case 'text':
      return createCompiled(undefined, compileText(schema));
    case 'array':
      return createCompiled(undefined, compileArray(schema));
    case 'object':
      return createCompiled(undefined, compileObject(schema));
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
