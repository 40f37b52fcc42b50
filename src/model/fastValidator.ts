import { parseCalendarDate, startsBefore } from './calendarDate.js';
import type { KnownIds } from './collectionIds.js';
import { isHttpUrl } from './httpUrl.js';
import { LANGUAGE_TAG_PATTERN } from './localizedText.js';
import { isRecord } from './readOwnProperty.js';
import {
  type ArraySchema,
  type FieldSchema,
  MAX_LANGUAGES,
  type ObjectSchema,
  type StringSchema,
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

const HAS_CONTENT = /\S/;

function readOwn(object: object, key: string | number): unknown {
  // A throwing getter or proxy throws out of here: the caller's `try` declines the item.
  return Object.hasOwn(object, key) ? (object as Record<string | number, unknown>)[key] : undefined;
}

function compileString(schema: StringSchema): FastValidator {
  const { maxLength, pattern, format, references } = schema;
  return (value, knownIds) => {
    if (typeof value !== 'string' || value.length > maxLength) return DECLINED;
    if (pattern === undefined ? !HAS_CONTENT.test(value) : !pattern.test(value)) return DECLINED;
    if (format === 'calendar-date' && parseCalendarDate(value) === undefined) return DECLINED;
    if (format === 'http-url' && !isHttpUrl(value)) return DECLINED;
    if (references !== undefined && knownIds.get(references)?.has(value) !== true) {
      return DECLINED;
    }
    return value;
  };
}

function compileText(schema: TextSchema): FastValidator {
  const translation = compileString({ type: 'string', expected: '', maxLength: schema.maxLength });
  return (value, knownIds) => {
    if (typeof value === 'string') return translation(value, knownIds);
    if (!isRecord(value)) return DECLINED;
    const keys = Object.keys(value);
    if (keys.length === 0 || keys.length > MAX_LANGUAGES) return DECLINED;
    const texts: Record<string, unknown> = {};
    for (const key of keys) {
      if (!LANGUAGE_TAG_PATTERN.test(key)) return DECLINED;
      const text = translation(readOwn(value, key), knownIds);
      if (text === DECLINED) return DECLINED;
      // Safe to assign: a language tag has no "_", so the key is never `__proto__`.
      texts[key] = text;
    }
    return texts;
  };
}

function compileArray(schema: ArraySchema): FastValidator {
  const item = compileValue(schema.items);
  const { minItems, maxItems } = schema;
  return (value, knownIds) => {
    if (!Array.isArray(value) || value.length > maxItems || value.length < minItems) {
      return DECLINED;
    }
    const items: unknown[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const result = item(readOwn(value, index), knownIds);
      if (result === DECLINED) return DECLINED;
      items.push(result);
    }
    return items;
  };
}

interface CompiledField {
  readonly name: string;
  readonly field: FieldSchema;
  readonly check: FastValidator;
}

function compileObject(schema: ObjectSchema): FastValidator {
  const fields: CompiledField[] = Object.entries(schema.fields).map(([name, field]) => ({
    name,
    field,
    check: compileValue(field.schema),
  }));
  return (value, knownIds) => {
    if (!isRecord(value)) return DECLINED;
    const output: Record<string, unknown> = {};
    for (const { name, field, check } of fields) {
      const raw = readOwn(value, name);
      if (raw === undefined) {
        if (field.required) return DECLINED;
        const condition = field.requiredWhen;
        const trigger = condition && output[condition.field];
        if (condition && typeof trigger === 'string' && condition.values.includes(trigger)) {
          return DECLINED;
        }
        continue;
      }
      const result = check(raw, knownIds);
      if (result === DECLINED) return DECLINED;
      if (field.notBefore !== undefined && startsBefore(result, output[field.notBefore])) {
        return DECLINED;
      }
      if (result !== undefined) output[name] = result;
    }
    return output;
  };
}

function compileValue(schema: ValueSchema): FastValidator {
  switch (schema.type) {
    case 'string':
      return compileString(schema);
    case 'text':
      return compileText(schema);
    case 'enum': {
      const { values } = schema;
      return (value) => (values.includes(value as string | number) ? value : DECLINED);
    }
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : DECLINED);
    case 'array':
      return compileArray(schema);
    case 'object':
      return compileObject(schema);
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
