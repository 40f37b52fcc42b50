import { CALENDAR_DATE_PATTERN, parseCalendarDate } from './calendarDate.js';
import type { KnownIds } from './collectionIds.js';
import { HTTP_URL_PATTERN, isHttpUrl } from './httpUrl.js';
import type { BooleanSchema, EnumSchema, StringSchema } from './timelineSchema.js';

/** A schema whose valid values are kept as they are: nothing inside them to rebuild. */
export type LeafSchema = StringSchema | EnumSchema | BooleanSchema;

/**
 * Whether a value passes a leaf schema, exactly as the full validator decides it. A check
 * rather than a validator: a valid leaf is its own output, so there is nothing to return.
 */
export type LeafCheck = (value: unknown, knownIds: KnownIds) => boolean;

const HAS_CONTENT = /\S/;

function hasContent(text: string): boolean {
  // Nearly every string starts with a printable ASCII character, which is not whitespace.
  const first = text.charCodeAt(0);
  return (first > 32 && first < 127) || HAS_CONTENT.test(text);
}

function hasFormat(format: NonNullable<StringSchema['format']>, text: string): boolean {
  switch (format) {
    case 'calendar-date':
      return isCalendarDate(text);
    case 'http-url':
      return isHttpUrl(text);
    default:
      return format satisfies never;
  }
}

/** Whether the format's own check starts by testing the schema's pattern. */
function isPatternTestedByFormat({ pattern, format }: StringSchema): boolean {
  return (
    (format === 'calendar-date' && pattern === CALENDAR_DATE_PATTERN) ||
    (format === 'http-url' && pattern === HTTP_URL_PATTERN)
  );
}

function isCalendarDate(text: string): boolean {
  // parseCalendarDate caches the dates it read, so a repeated date costs one lookup.
  return parseCalendarDate(text) !== undefined;
}

/**
 * A string schema compiled into one closure. The usual kinds (plain text, an id, a date, a URL,
 * a reference) get a closure of their own that tests only their rules: until the engine
 * optimises them, every comparison and property read costs a call.
 */
function compileStringCheck(schema: StringSchema): LeafCheck {
  const { maxLength, pattern, format, references } = schema;
  if (format === undefined && references === undefined) {
    if (pattern === undefined) {
      return (value) => typeof value === 'string' && value.length <= maxLength && hasContent(value);
    }
    return (value) => typeof value === 'string' && value.length <= maxLength && pattern.test(value);
  }
  if (format !== undefined && references === undefined && isPatternTestedByFormat(schema)) {
    const hasValidFormat = format === 'calendar-date' ? isCalendarDate : isHttpUrl;
    return (value) =>
      typeof value === 'string' && value.length <= maxLength && hasValidFormat(value);
  }
  if (format === undefined && pattern !== undefined && references !== undefined) {
    return (value, knownIds) =>
      typeof value === 'string' &&
      value.length <= maxLength &&
      pattern.test(value) &&
      knownIds.get(references)?.has(value) === true;
  }
  return (value, knownIds) =>
    typeof value === 'string' &&
    value.length <= maxLength &&
    (pattern === undefined ? hasContent(value) : pattern.test(value)) &&
    (format === undefined || hasFormat(format, value)) &&
    (references === undefined || knownIds.get(references)?.has(value) === true);
}

/** Compiles a leaf schema into one check, specialised so that no call tests a rule it lacks. */
export function compileLeafCheck(schema: LeafSchema): LeafCheck {
  switch (schema.type) {
    case 'string':
      return compileStringCheck(schema);
    case 'enum': {
      const { values } = schema;
      return (value) => values.includes(value as string | number);
    }
    case 'boolean':
      return (value) => typeof value === 'boolean';
    default:
      return schema satisfies never;
  }
}
