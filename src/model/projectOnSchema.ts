import type { ValueSchema } from './timelineSchema.js';

/**
 * A copy of a valid value holding only what its schema names: the fields it lists, at every
 * depth, read as own properties. For values the fast check passed with keys the format does
 * not know (a CMS's own fields, a `__proto__` key from `JSON.parse`) or without a prototype;
 * it gives what the full validator's copy would.
 */
export function projectOnSchema(schema: ValueSchema, value: unknown): unknown {
  switch (schema.type) {
    case 'array':
      return (value as readonly unknown[]).map((item) => projectOnSchema(schema.items, item));
    case 'object': {
      const fields: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(schema.fields)) {
        const fieldValue = Object.hasOwn(value as object, name)
          ? (value as Record<string, unknown>)[name]
          : undefined;
        // Names come from the schema, never from the input, so this cannot set a prototype.
        if (fieldValue !== undefined) fields[name] = projectOnSchema(field.schema, fieldValue);
      }
      return fields;
    }
    case 'text':
      // Every key was read as a language, so none can set a prototype.
      return typeof value === 'string'
        ? value
        : Object.fromEntries(
            Object.keys(value as object).map((key) => [
              key,
              (value as Record<string, unknown>)[key],
            ]),
          );
    default:
      return value;
  }
}
