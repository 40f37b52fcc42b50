import { parseCalendarDate, startsBefore } from './calendarDate.js';
import { isHttpUrl } from './httpUrl.js';
import { LANGUAGE_TAG_PATTERN } from './localizedText.js';
import { isRecord, readOwnProperty, UNREADABLE } from './readOwnProperty.js';
import { describeReceived, joinPath, RECEIVED_NOTHING } from './timelineProblem.js';
import {
  type ArraySchema,
  type EnumSchema,
  type FieldSchema,
  MAX_LANGUAGES,
  type ObjectSchema,
  type StringSchema,
  type TextSchema,
  type ValueSchema,
} from './timelineSchema.js';
import {
  fail,
  INVALID,
  RECEIVED_UNREADABLE,
  type Validated,
  type ValidationContext,
} from './validationContext.js';

const TEXT_EXPECTED = 'text (a string, or an object of strings by language tag)';

function describeEnum(schema: EnumSchema): string {
  return schema.values
    .map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)))
    .join(' | ');
}

function describeArray(schema: ArraySchema): string {
  return `${schema.minItems > 0 ? 'a non-empty array' : 'an array'} of ${schema.itemsName}`;
}

/** How messages name a valid value of a schema. */
function describeExpected(schema: ValueSchema): string {
  switch (schema.type) {
    case 'string':
    case 'object':
      return schema.expected;
    case 'text':
      return TEXT_EXPECTED;
    case 'enum':
      return describeEnum(schema);
    case 'boolean':
      return 'true or false';
    case 'array':
      return describeArray(schema);
    default:
      return schema satisfies never;
  }
}

function validateString(
  schema: StringSchema,
  value: unknown,
  field: string,
  context: ValidationContext,
  expectedType = schema.expected,
): Validated {
  if (typeof value !== 'string') return fail(context, field, expectedType, describeReceived(value));
  // Length first, so that no pattern or parser ever runs on a huge string.
  if (value.length > schema.maxLength) {
    // A date's form fixes its length: a longer one, such as a date-time, is simply not a date.
    const expected =
      schema.format === 'calendar-date'
        ? schema.expected
        : `at most ${schema.maxLength} characters`;
    return fail(context, field, expected, describeReceived(value));
  }
  if (schema.pattern === undefined && !/\S/.test(value)) {
    return fail(context, field, 'a non-empty string', describeReceived(value));
  }
  const isValid =
    (schema.pattern === undefined || schema.pattern.test(value)) &&
    (schema.format !== 'calendar-date' || parseCalendarDate(value) !== undefined) &&
    (schema.format !== 'http-url' || isHttpUrl(value)) &&
    (schema.references === undefined ||
      context.knownIds.get(schema.references)?.has(value) === true);
  return isValid ? value : fail(context, field, schema.expected, describeReceived(value));
}

function validateText(
  schema: TextSchema,
  value: unknown,
  field: string,
  context: ValidationContext,
): Validated {
  const translation = getTranslationSchema(schema.maxLength);
  if (typeof value === 'string') {
    return validateString(translation, value, field, context, TEXT_EXPECTED);
  }
  if (!isRecord(value)) return fail(context, field, TEXT_EXPECTED, describeReceived(value));
  const keys = Object.keys(value);
  if (keys.length === 0) {
    return fail(context, field, 'text in at least one language', 'an empty object');
  }
  if (keys.length > MAX_LANGUAGES) {
    return fail(context, field, `at most ${MAX_LANGUAGES} languages`, `${keys.length} languages`);
  }
  const entries: [string, unknown][] = [];
  let isValid = true;
  for (const key of keys) {
    const keyPath = joinPath(field, key);
    if (!LANGUAGE_TAG_PATTERN.test(key)) {
      fail(
        context,
        keyPath,
        'keyed by a language tag such as "en" or "fr-CA"',
        `the key ${describeReceived(key)}`,
      );
      isValid = false;
      continue;
    }
    const result = validateRead(translation, readOwnProperty(value, key), keyPath, context);
    if (result === INVALID) isValid = false;
    else entries.push([key, result]);
  }
  // fromEntries defines properties rather than assigning them, so no key can reach a setter.
  return isValid ? Object.fromEntries(entries) : INVALID;
}

function validateArray(
  schema: ArraySchema,
  value: unknown,
  field: string,
  context: ValidationContext,
): Validated {
  if (!Array.isArray(value)) {
    return fail(context, field, describeArray(schema), describeReceived(value));
  }
  if (value.length > schema.maxItems) {
    return fail(
      context,
      field,
      `at most ${schema.maxItems} ${schema.itemsName}`,
      `${value.length} ${schema.itemsName}`,
    );
  }
  if (value.length < schema.minItems) {
    return fail(context, field, describeArray(schema), 'an empty array');
  }
  const items: unknown[] = [];
  let isValid = true;
  for (let index = 0; index < value.length; index += 1) {
    const result = validateRead(
      schema.items,
      readOwnProperty(value, index),
      joinPath(field, index),
      context,
    );
    if (result === INVALID) isValid = false;
    else items.push(result);
  }
  return isValid ? items : INVALID;
}

function validateField(
  name: string,
  schema: FieldSchema,
  value: unknown,
  fields: Readonly<Record<string, unknown>>,
  base: string,
  context: ValidationContext,
): Validated {
  // Schema field names are plain identifiers, so joinPath's quoting is not needed here.
  const field = base === '' ? name : `${base}.${name}`;
  if (value === undefined) {
    const condition = schema.requiredWhen;
    const trigger = condition && fields[condition.field];
    if (schema.required) {
      return fail(context, field, describeExpected(schema.schema), RECEIVED_NOTHING);
    }
    if (condition && typeof trigger === 'string' && condition.values.includes(trigger)) {
      const expected = `${describeExpected(schema.schema)} when ${condition.field} is ${JSON.stringify(trigger)}`;
      return fail(context, field, expected, RECEIVED_NOTHING);
    }
    return undefined;
  }
  const result = validateRead(schema.schema, value, field, context);
  const other = schema.notBefore === undefined ? undefined : fields[schema.notBefore];
  if (result !== INVALID && schema.notBefore !== undefined && startsBefore(result, other)) {
    const expected = `a date on or after ${schema.notBefore} (${JSON.stringify(other)})`;
    return fail(context, field, expected, describeReceived(result));
  }
  return result;
}

// Walking the schema is the hot loop of a large document; these are computed once per schema.
const fieldEntries = new WeakMap<ObjectSchema, readonly (readonly [string, FieldSchema])[]>();
const translationSchemas = new Map<number, StringSchema>();

function getFieldEntries(schema: ObjectSchema): readonly (readonly [string, FieldSchema])[] {
  let entries = fieldEntries.get(schema);
  if (!entries) {
    entries = Object.entries(schema.fields);
    fieldEntries.set(schema, entries);
  }
  return entries;
}

function getTranslationSchema(maxLength: number): StringSchema {
  let schema = translationSchemas.get(maxLength);
  if (!schema) {
    schema = { type: 'string', expected: 'a string', maxLength };
    translationSchemas.set(maxLength, schema);
  }
  return schema;
}

/**
 * Checks each field an object schema lists, and only those: other keys are ignored, and the
 * output is a fresh object holding the valid fields. `isValid` is false if any field failed.
 */
function validateFields(
  schema: ObjectSchema,
  value: object,
  base: string,
  context: ValidationContext,
): { readonly fields: Record<string, unknown>; readonly isValid: boolean } {
  const fields: Record<string, unknown> = {};
  let isValid = true;
  for (const [name, fieldSchema] of getFieldEntries(schema)) {
    const result = validateField(
      name,
      fieldSchema,
      readOwnProperty(value, name),
      fields,
      base,
      context,
    );
    if (result === INVALID) isValid = false;
    // Names come from the schema, never from the input, so this cannot set a prototype.
    else if (result !== undefined) fields[name] = result;
  }
  return { fields, isValid };
}

function validateObject(
  schema: ObjectSchema,
  value: unknown,
  field: string,
  context: ValidationContext,
): Validated {
  if (!isRecord(value)) return fail(context, field, schema.expected, describeReceived(value));
  const { fields, isValid } = validateFields(schema, value, field, context);
  return isValid ? fields : INVALID;
}

/** Checks a value just read with `readOwnProperty`. */
export function validateRead(
  schema: ValueSchema,
  value: unknown,
  field: string,
  context: ValidationContext,
): Validated {
  if (value === UNREADABLE) {
    return fail(context, field, describeExpected(schema), RECEIVED_UNREADABLE);
  }
  switch (schema.type) {
    case 'string':
      return validateString(schema, value, field, context);
    case 'text':
      return validateText(schema, value, field, context);
    case 'enum':
      return schema.values.includes(value as string | number)
        ? value
        : fail(context, field, describeEnum(schema), describeReceived(value));
    case 'boolean':
      return typeof value === 'boolean'
        ? value
        : fail(context, field, 'true or false', describeReceived(value));
    case 'array':
      return validateArray(schema, value, field, context);
    case 'object':
      return validateObject(schema, value, field, context);
    default:
      return schema satisfies never;
  }
}
