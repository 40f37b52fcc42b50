import { CALENDAR_DATE_PATTERN } from './calendarDate.js';
import type {
  Actor,
  Category,
  CategoryColor,
  Confidence,
  EventKind,
  Media,
  Source,
  TimelineData,
  TimelineEvent,
} from './event.js';
import { HTTP_URL_PATTERN } from './httpUrl.js';

/*
 * The data format, described once. `parseTimeline` walks this description to validate a
 * document, and `createTimelineJsonSchema` turns it into the published JSON Schema, so the
 * two cannot drift apart. Rules that JSON Schema cannot state (a day that exists, ids that
 * refer to the document's categories, unique ids, `end` not before `start`) are declared here
 * too: the validator enforces them and the schema mentions them in its descriptions.
 */

/** A string. Every string must contain something other than whitespace. */
export interface StringSchema {
  readonly type: 'string';
  /** Where the JSON Schema defines a named, shared string (`"id"`); inline when absent. */
  readonly name?: string;
  /** How messages name a valid value: `"an http(s) URL"`. */
  readonly expected: string;
  readonly maxLength: number;
  /** Anchored and without flags, since the JSON Schema publishes its source. */
  readonly pattern?: RegExp;
  /** A check beyond the pattern: the date exists, or the URL parses as http(s). */
  readonly format?: 'calendar-date' | 'http-url';
  /** The document collection this string must be the id of an item of. */
  readonly references?: 'categories' | 'actors';
}

/** `LocalizedText`: a string, or an object of strings keyed by language tag. */
export interface TextSchema {
  readonly type: 'text';
  /** The longest each translation may be. */
  readonly maxLength: number;
}

export interface EnumSchema {
  readonly type: 'enum';
  readonly values: readonly (string | number)[];
}

export interface BooleanSchema {
  readonly type: 'boolean';
}

export interface ArraySchema {
  readonly type: 'array';
  readonly items: ValueSchema;
  /** The items in the plural, as messages name them: `"sources"`. */
  readonly itemsName: string;
  readonly minItems: number;
  /** A bound that keeps hostile input from taking unbounded time and memory. */
  readonly maxItems: number;
}

/** A list of objects at the top of a document, where each bad item is dropped on its own. */
export interface CollectionSchema {
  readonly type: 'collection';
  readonly items: ObjectSchema;
  readonly itemsName: string;
  /** Items beyond this are dropped with one problem. */
  readonly maxItems: number;
  /** Item ids must be unique; a repeated id is a problem of the later item. */
  readonly uniqueBy: 'id';
}

/** A field of an object; `S` widens to collections only for the document's own fields. */
export interface FieldSchema<S extends ValueSchema | CollectionSchema = ValueSchema> {
  readonly schema: S;
  readonly description: string;
  readonly required: boolean;
  /** Required after all when a sibling field has one of these values. */
  readonly requiredWhen?: { readonly field: string; readonly values: readonly string[] };
  /** A sibling calendar date whose period this one's may not start before. */
  readonly notBefore?: string;
}

export interface ObjectSchema<F extends FieldSchema<ValueSchema | CollectionSchema> = FieldSchema> {
  readonly type: 'object';
  /** Singular, as messages and the JSON Schema's `$defs` name it: `"event"`. */
  readonly name: string;
  /** How messages name a valid value: `"an event object"`. */
  readonly expected: string;
  readonly description: string;
  /** In the order they are checked; a field may refer to fields before it. */
  readonly fields: Readonly<Record<string, F>>;
}

/** The document itself: the only object whose fields may be collections. */
export type DocumentSchema = ObjectSchema<FieldSchema<ValueSchema | CollectionSchema>>;

/** Any value inside a category, actor or event. */
export type ValueSchema =
  | StringSchema
  | TextSchema
  | EnumSchema
  | BooleanSchema
  | ArraySchema
  | ObjectSchema;

/** One field per property of `T`, required exactly when the property is. */
type FieldsOf<T, F> = {
  readonly [K in keyof T]-?: F & {
    readonly required: Partial<Pick<T, K>> extends Pick<T, K> ? false : true;
  };
};

type Definition<T, F> = Omit<ObjectSchema, 'type' | 'fields'> & { fields: FieldsOf<T, F> };

// The type argument ties each description to its interface in event.ts: a field added to,
// removed from or made optional in one and not the other fails to compile.
function defineObject<T>(schema: Definition<T, FieldSchema>): ObjectSchema {
  return { type: 'object', ...schema };
}

function defineDocument<T>(
  schema: Definition<T, FieldSchema<ValueSchema | CollectionSchema>>,
): DocumentSchema {
  return { type: 'object', ...schema };
}

export const MAX_ID_LENGTH = 100;
export const MAX_TITLE_LENGTH = 300;
export const MAX_SUMMARY_LENGTH = 5000;
export const MAX_STRING_LENGTH = 1000;
/** Longer than other strings: archive and search links run long. */
export const MAX_URL_LENGTH = 2048;
export const MAX_LIST_LENGTH = 100;
/** The most translations one text may have. */
export const MAX_LANGUAGES = 50;
export const MAX_CATEGORIES = 100;
export const MAX_ACTORS = 10_000;
export const MAX_EVENTS = 100_000;

const ID: StringSchema = {
  type: 'string',
  name: 'id',
  expected: 'an id of letters, digits, "-" and "_" that starts with a letter or digit',
  maxLength: MAX_ID_LENGTH,
  pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
};

const CALENDAR_DATE: StringSchema = {
  type: 'string',
  name: 'calendarDate',
  expected: 'a real calendar date "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  maxLength: 10,
  pattern: CALENDAR_DATE_PATTERN,
  format: 'calendar-date',
};

const HTTP_URL: StringSchema = {
  type: 'string',
  name: 'httpUrl',
  expected: 'an http(s) URL',
  maxLength: MAX_URL_LENGTH,
  pattern: HTTP_URL_PATTERN,
  format: 'http-url',
};

const PLAIN_STRING: StringSchema = {
  type: 'string',
  expected: 'a string',
  maxLength: MAX_STRING_LENGTH,
};
const TEXT: TextSchema = { type: 'text', maxLength: MAX_STRING_LENGTH };

function referenceTo(collection: 'categories' | 'actors'): StringSchema {
  return {
    ...ID,
    expected: `the id of one of the document's ${collection}`,
    references: collection,
  };
}

function listOf(items: ValueSchema, itemsName: string, minItems = 0): ArraySchema {
  return { type: 'array', items, itemsName, minItems, maxItems: MAX_LIST_LENGTH };
}

const KINDS: readonly EventKind[] = ['fact', 'claim', 'statement'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const IMPORTANCES: readonly NonNullable<TimelineEvent['importance']>[] = [1, 2, 3];
const CATEGORY_COLORS: readonly CategoryColor[] = [
  'blue',
  'orange',
  'green',
  'red',
  'purple',
  'teal',
  'brown',
  'gray',
];

export const SOURCE_SCHEMA = defineObject<Source>({
  name: 'source',
  expected: 'a source object',
  description: 'Where an event comes from.',
  fields: {
    publisher: {
      schema: PLAIN_STRING,
      required: true,
      description: 'Who published it, e.g. "Le Monde".',
    },
    title: { schema: PLAIN_STRING, required: true, description: 'The headline or document title.' },
    date: {
      schema: CALENDAR_DATE,
      required: false,
      description: 'Publication date; omitted when the page is undated.',
    },
    url: { schema: HTTP_URL, required: true, description: 'An http(s) URL.' },
  },
});

export const MEDIA_SCHEMA = defineObject<Media>({
  name: 'media',
  expected: 'a media object',
  description: 'An illustration shown in the details card.',
  fields: {
    url: { schema: HTTP_URL, required: true, description: 'An http(s) image URL.' },
    alt: {
      schema: TEXT,
      required: true,
      description: 'What the image shows, for readers who cannot see it.',
    },
    credit: { schema: PLAIN_STRING, required: false, description: 'Photographer or agency.' },
  },
});

export const EVENT_SCHEMA = defineObject<TimelineEvent>({
  name: 'event',
  expected: 'an event object',
  description: 'One event on the timeline.',
  fields: {
    id: { schema: ID, required: true, description: 'Stable, unique id, used in deep links.' },
    start: {
      schema: CALENDAR_DATE,
      required: true,
      description: 'When it happened or began; its form gives its precision.',
    },
    end: {
      schema: CALENDAR_DATE,
      required: false,
      notBefore: 'start',
      description: 'When it ended, for events that last.',
    },
    title: {
      schema: { type: 'text', maxLength: MAX_TITLE_LENGTH },
      required: true,
      description: 'The event in a few words.',
    },
    summary: {
      schema: { type: 'text', maxLength: MAX_SUMMARY_LENGTH },
      required: false,
      description: 'What happened, in a few sentences.',
    },
    category: {
      schema: referenceTo('categories'),
      required: true,
      description: 'The lane the event is drawn in.',
    },
    actors: {
      schema: listOf(referenceTo('actors'), 'actor ids'),
      required: false,
      description: 'Ids of the actors involved.',
    },
    kind: {
      schema: { type: 'enum', values: KINDS },
      required: true,
      description:
        'Whether the event is independently attested, an allegation made by someone, or a stated position.',
    },
    claimedBy: {
      schema: listOf(referenceTo('actors'), 'actor ids', 1),
      required: false,
      requiredWhen: { field: 'kind', values: ['claim', 'statement'] },
      description:
        'Ids of the actors who make the claim or statement; required unless kind is "fact".',
    },
    sources: {
      schema: listOf(SOURCE_SCHEMA, 'sources', 1),
      required: true,
      description: 'Where the event comes from; at least one.',
    },
    importance: {
      schema: { type: 'enum', values: IMPORTANCES },
      required: false,
      description: '1 (minor) to 3 (major).',
    },
    confidence: {
      schema: { type: 'enum', values: CONFIDENCES },
      required: false,
      description: 'How sure the editors are that the event, as worded, is accurate.',
    },
    tags: { schema: listOf(PLAIN_STRING, 'tags'), required: false, description: 'Free keywords.' },
    media: { schema: MEDIA_SCHEMA, required: false, description: 'An illustration.' },
    followUp: {
      schema: { type: 'boolean' },
      required: false,
      description: 'True for events after the period the timeline tells, shown as follow-ups.',
    },
  },
});

export const CATEGORY_SCHEMA = defineObject<Category>({
  name: 'category',
  expected: 'a category object',
  description: 'A lane of the timeline.',
  fields: {
    id: { schema: ID, required: true, description: 'Unique among categories.' },
    label: { schema: TEXT, required: true, description: 'The lane name.' },
    color: {
      schema: { type: 'enum', values: CATEGORY_COLORS },
      required: true,
      description: 'A palette slot; themes map it to --frise-color-<slot>.',
    },
  },
});

export const ACTOR_SCHEMA = defineObject<Actor>({
  name: 'actor',
  expected: 'an actor object',
  description: 'A person, body or group that takes part in events or makes claims.',
  fields: {
    id: { schema: ID, required: true, description: 'Unique among actors.' },
    name: { schema: TEXT, required: true, description: 'The name shown to readers.' },
  },
});

/** The whole document. Collections come before events, whose fields refer to them. */
export const TIMELINE_SCHEMA = defineDocument<TimelineData>({
  name: 'timeline',
  expected: 'a timeline object with title, categories, actors and events',
  description: 'A Frise timeline document.',
  fields: {
    title: {
      schema: { type: 'text', maxLength: MAX_TITLE_LENGTH },
      required: true,
      description: 'The timeline title.',
    },
    description: {
      schema: { type: 'text', maxLength: MAX_SUMMARY_LENGTH },
      required: false,
      description: 'What the timeline tells.',
    },
    categories: {
      schema: {
        type: 'collection',
        items: CATEGORY_SCHEMA,
        itemsName: 'categories',
        maxItems: MAX_CATEGORIES,
        uniqueBy: 'id',
      },
      required: true,
      description: 'The lanes, in the order they are drawn.',
    },
    actors: {
      schema: {
        type: 'collection',
        items: ACTOR_SCHEMA,
        itemsName: 'actors',
        maxItems: MAX_ACTORS,
        uniqueBy: 'id',
      },
      required: true,
      description: 'Everyone events and claims refer to.',
    },
    events: {
      schema: {
        type: 'collection',
        items: EVENT_SCHEMA,
        itemsName: 'events',
        maxItems: MAX_EVENTS,
        uniqueBy: 'id',
      },
      required: true,
      description: 'The events, in any order.',
    },
  },
});
