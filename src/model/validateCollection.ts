import { CollectionIds } from './collectionIds.js';
import { FAST_DECLINED, FAST_KEPT, type FastCheck } from './fastCheck.js';
import { getFastItemCheck } from './fastItemCheck.js';
import { projectOnSchema } from './projectOnSchema.js';
import { isRecord, readOwnProperty, UNREADABLE } from './readOwnProperty.js';
import { describeReceived, joinPath, type ProblemSubject } from './timelineProblem.js';
import type { CollectionSchema, ObjectSchema } from './timelineSchema.js';
import { validateRead } from './validateValue.js';
import { fail, INVALID, RECEIVED_UNREADABLE, type ValidationContext } from './validationContext.js';

/** The item's id if it is a valid one, so that problems can name the item by it. */
function getItemId(item: unknown, schema: ObjectSchema): string | undefined {
  if (!isRecord(item)) return undefined;
  const id = readOwnProperty(item, 'id');
  const idSchema = schema.fields.id?.schema;
  const isValid =
    typeof id === 'string' &&
    idSchema?.type === 'string' &&
    id.length <= idSchema.maxLength &&
    idSchema.pattern?.test(id) !== false;
  return isValid ? id : undefined;
}

function describeItem(
  schema: ObjectSchema,
  path: string,
  index: number,
  id: string | undefined,
): ProblemSubject {
  const label = `${schema.name} ${index}${id === undefined ? '' : ` ${JSON.stringify(id)}`}`;
  // eventIndex and eventId let a page point at the event; categories and actors have no mark.
  if (schema.name !== 'event') return { label, path };
  return { label, path, eventIndex: index, ...(id === undefined ? {} : { eventId: id }) };
}

/** The id of an item the fast check passed, which checked it as `getItemId` does. */
function readFastId(item: unknown): string | undefined {
  const id = (item as { readonly id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The item as the fast check vouches for it: itself, or a copy of what the schema names; or
 * `undefined` when the check declines it or reading it throws.
 */
function keepFast(
  check: FastCheck,
  schema: ObjectSchema,
  item: unknown,
  context: ValidationContext,
): unknown {
  try {
    const verdict = check(item, context.knownIds);
    if (verdict === FAST_DECLINED) return undefined;
    return verdict === FAST_KEPT ? item : projectOnSchema(schema, item);
  } catch {
    return undefined;
  }
}

/**
 * A top-level list where each bad item is dropped on its own, and the rest kept. The second
 * of two items with the same id is a problem. Records the valid items' ids under `field` in
 * `context.knownIds`, for the fields that refer to them.
 */
export function validateCollection(
  schema: CollectionSchema,
  value: unknown,
  field: string,
  context: ValidationContext,
): unknown[] {
  const kept: unknown[] = [];
  const ids = new CollectionIds();
  context.knownIds.set(field, ids);
  if (!Array.isArray(value)) {
    const received = value === UNREADABLE ? RECEIVED_UNREADABLE : describeReceived(value);
    fail(context, field, `an array of ${schema.itemsName}`, received);
    return kept;
  }
  if (value.length > schema.maxItems) {
    fail(
      context,
      field,
      `at most ${schema.maxItems} ${schema.itemsName}`,
      `${value.length} ${schema.itemsName}`,
    );
  }
  const count = Math.min(value.length, schema.maxItems);
  const fastCheck = getFastItemCheck(schema.items);
  for (let index = 0; index < count; index += 1) {
    const item = readOwnProperty(value, index);
    const fast =
      item === UNREADABLE || fastCheck === undefined
        ? undefined
        : keepFast(fastCheck, schema.items, item, context);
    if (fast !== undefined) {
      // Valid, so its id is too: only a repeated id is left to report, by the full path.
      const id = readFastId(fast);
      if (id === undefined || ids.getFirstIndex(id) === undefined) {
        if (id !== undefined) ids.add(id, index, true);
        kept.push(fast);
        continue;
      }
    }
    const path = joinPath(field, index);
    let subject = describeItem(schema.items, path, index, undefined);
    try {
      const item = readOwnProperty(value, index);
      const id = getItemId(item, schema.items);
      subject = describeItem(schema.items, path, index, id);
      const itemContext = { ...context, subject };
      const result = validateRead(schema.items, item, '', itemContext);
      const firstIndex = id === undefined ? undefined : ids.getFirstIndex(id);
      if (firstIndex !== undefined) {
        const received = `${JSON.stringify(id)} (${schema.items.name} ${firstIndex} has it too)`;
        fail(itemContext, schema.uniqueBy, `unique among ${schema.itemsName}`, received);
        continue;
      }
      if (id !== undefined) ids.add(id, index, result !== INVALID);
      if (result !== INVALID) kept.push(result);
    } catch {
      // A proxy or getter deep inside the item threw: drop the item, keep the others.
      fail({ ...context, subject }, '', `a readable ${schema.items.name}`, RECEIVED_UNREADABLE);
    }
  }
  return kept;
}
