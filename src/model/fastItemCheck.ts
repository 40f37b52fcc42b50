import type { FastCheck } from './fastCheck.js';
import { checkEventFast } from './fastEventCheck.js';
import {
  EVENT_SCHEMA,
  MAX_LIST_LENGTH,
  MEDIA_SCHEMA,
  type ObjectSchema,
  SOURCE_SCHEMA,
} from './timelineSchema.js';

const FIELD_NAMES = [EVENT_SCHEMA, SOURCE_SCHEMA, MEDIA_SCHEMA].flatMap((schema) =>
  Object.keys(schema.fields),
);

/**
 * Whether a script on the page has given `Object.prototype` a property named like a field, or
 * `Array.prototype` an item: `checkEventFast` reads plain properties, and would find them
 * where an event lacks the field or a list has a hole.
 */
function isPrototypePolluted(): boolean {
  if (FIELD_NAMES.some((name) => name in Object.prototype)) return true;
  for (let index = 0; index < MAX_LIST_LENGTH; index += 1) {
    if (index in Array.prototype) return true;
  }
  return false;
}

/**
 * The fast check for a collection's items, if it has one: events do, unless a script on the
 * page has polluted the prototypes, and then every item goes through the full validator.
 */
export function getFastItemCheck(schema: ObjectSchema): FastCheck | undefined {
  return schema === EVENT_SCHEMA && !isPrototypePolluted() ? checkEventFast : undefined;
}
