import { LANGUAGE_TAG_PATTERN } from './localizedText.js';
import {
  type CollectionSchema,
  type DocumentSchema,
  type FieldSchema,
  MAX_LANGUAGES,
  type StringSchema,
  type TextSchema,
  TIMELINE_SCHEMA,
  type ValueSchema,
} from './timelineSchema.js';

/** A JSON Schema (draft 2020-12) node: a plain, JSON-serialisable object. */
export type JsonSchema = { readonly [keyword: string]: unknown };

const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * The notes that state what `parseTimeline` checks beyond what JSON Schema can express.
 * `subject` starts them: "It" for a string, "Each" for the items of a list.
 */
function describeStringRules(schema: StringSchema, subject: 'It' | 'Each'): string[] {
  const notes: string[] = [];
  if (schema.format === 'calendar-date') {
    notes.push(`${subject} must be a date that exists: "2023-02-30" is refused.`);
  }
  if (schema.references) {
    notes.push(`${subject} must be the id of one of the document's ${schema.references}.`);
  }
  return notes;
}

function describeField(field: FieldSchema<ValueSchema | CollectionSchema>): string {
  const { schema } = field;
  const notes = [field.description];
  if (schema.type === 'string') notes.push(...describeStringRules(schema, 'It'));
  if (schema.type === 'array' && schema.items.type === 'string') {
    notes.push(...describeStringRules(schema.items, 'Each'));
  }
  if (schema.type === 'collection') notes.push(`Each ${schema.items.name}'s id must be unique.`);
  if (field.notBefore) notes.push(`Its period may not start before that of ${field.notBefore}.`);
  return notes.join(' ');
}

function stringToJsonSchema(schema: StringSchema): JsonSchema {
  return {
    type: 'string',
    minLength: 1,
    maxLength: schema.maxLength,
    // Without a pattern of its own, a string must still say something.
    pattern: schema.pattern?.source ?? '\\S',
    ...(schema.format === 'http-url' ? { format: 'uri' } : {}),
  };
}

function textToJsonSchema(schema: TextSchema): JsonSchema {
  const translation = stringToJsonSchema({
    type: 'string',
    expected: '',
    maxLength: schema.maxLength,
  });
  return {
    description: `A string, or an object of strings keyed by language tag; each at most ${schema.maxLength} characters.`,
    anyOf: [
      translation,
      {
        type: 'object',
        propertyNames: { pattern: LANGUAGE_TAG_PATTERN.source },
        additionalProperties: translation,
        minProperties: 1,
        maxProperties: MAX_LANGUAGES,
      },
    ],
  };
}

/**
 * A `$ref` to a shared definition, created the first time it is needed. The name is taken
 * before the definition is built, so that parts come out in the order they are met
 * (category, actor, event, source…) rather than innermost first.
 */
function refer(name: string, defs: Map<string, JsonSchema>, create: () => JsonSchema): JsonSchema {
  if (!defs.has(name)) {
    defs.set(name, {});
    defs.set(name, create());
  }
  return { $ref: `#/$defs/${name}` };
}

function valueToJsonSchema(
  schema: ValueSchema | CollectionSchema,
  defs: Map<string, JsonSchema>,
): JsonSchema {
  switch (schema.type) {
    case 'string':
      return schema.name === undefined
        ? stringToJsonSchema(schema)
        : refer(schema.name, defs, () => stringToJsonSchema(schema));
    case 'text':
      return refer(`text${schema.maxLength}`, defs, () => textToJsonSchema(schema));
    case 'enum':
      return { enum: [...schema.values] };
    case 'boolean':
      return { type: 'boolean' };
    case 'array':
      return {
        type: 'array',
        items: valueToJsonSchema(schema.items, defs),
        ...(schema.minItems > 0 ? { minItems: schema.minItems } : {}),
        maxItems: schema.maxItems,
      };
    case 'collection':
      return {
        type: 'array',
        items: valueToJsonSchema(schema.items, defs),
        maxItems: schema.maxItems,
      };
    case 'object':
      return refer(schema.name, defs, () => objectToJsonSchema(schema, defs));
    default:
      return schema satisfies never;
  }
}

// A document schema is the widest object schema, so this takes both.
function objectToJsonSchema(schema: DocumentSchema, defs: Map<string, JsonSchema>): JsonSchema {
  const fields = Object.entries(schema.fields);
  const properties = Object.fromEntries(
    fields.map(([name, field]) => [
      name,
      { description: describeField(field), ...valueToJsonSchema(field.schema, defs) },
    ]),
  );
  const conditions = fields.flatMap(([name, field]) =>
    field.requiredWhen
      ? [
          {
            if: {
              properties: { [field.requiredWhen.field]: { enum: [...field.requiredWhen.values] } },
              required: [field.requiredWhen.field],
            },
            // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword is named "then"
            then: { required: [name] },
          },
        ]
      : [],
  );
  return {
    type: 'object',
    description: schema.description,
    required: fields.filter(([, field]) => field.required).map(([name]) => name),
    properties,
    ...(conditions.length > 0 ? { allOf: conditions } : {}),
  };
}

/**
 * The Frise data format as a JSON Schema (draft 2020-12), for authors and tools outside
 * TypeScript. Built from the same description `parseTimeline` enforces; the few rules JSON
 * Schema cannot express (dates that exist, unique ids, references to categories and actors,
 * `end` not before `start`) are stated in the descriptions. Unknown keys are allowed, as
 * `parseTimeline` ignores them.
 */
export function createTimelineJsonSchema(): JsonSchema {
  const defs = new Map<string, JsonSchema>();
  const root = objectToJsonSchema(TIMELINE_SCHEMA, defs);
  // The document's parts first, then the shared strings and texts by name: a file that reads
  // top down.
  const isPart = ([, definition]: [string, JsonSchema]) => definition.type === 'object';
  const parts = [...defs].filter(isPart);
  const shared = [...defs]
    .filter((entry) => !isPart(entry))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Frise timeline',
    $comment:
      'Generated by createTimelineJsonSchema() from src/model/timelineSchema.ts; do not edit.',
    ...root,
    $defs: Object.fromEntries([...parts, ...shared]),
  };
}
