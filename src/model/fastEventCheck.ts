import { startsBefore } from './calendarDate.js';
import type { KnownIds } from './collectionIds.js';
import {
  compileTextCheck,
  countEnumerableKeys,
  FAST_DECLINED,
  FAST_KEPT,
  FAST_PROJECTED,
  type FastCheck,
  type FastVerdict,
  recordVerdict,
} from './fastCheck.js';
import { compileLeafCheck, type LeafCheck, type LeafSchema } from './fastLeafCheck.js';
import {
  type ArraySchema,
  EVENT_SCHEMA,
  type FieldSchema,
  MEDIA_SCHEMA,
  type ObjectSchema,
  SOURCE_SCHEMA,
  type TextSchema,
} from './timelineSchema.js';

/*
 * Why a second validator: the full one carries what its messages need (paths such as
 * "sources[0].url", the subject, each problem's wording) through every value it checks, and
 * copies every value it accepts. A document's events are its one collection that runs to
 * 100,000 items, nearly all valid, and there that bookkeeping and those copies (then the
 * garbage collector moving them) are most of the time validation takes. This check stops at
 * the first doubt, copies nothing, and reads each field by name at a place of its own, where
 * the engine can specialise the read; the rules themselves are compiled from the schema, field
 * by field, and only the walk through the fields is written out. A property test holds it to
 * the full validator on every kind of bad input, field by field of the schema.
 *
 * An event it passes is kept as the caller's own object when it holds only what the schema
 * names, so that the result is what a copy would have been. That asks two things of it: it is
 * plain (its prototypes are the realm's `Object.prototype` and `Array.prototype`), so that it
 * behaves as a copy would; and, like React props, it is not changed once passed (the
 * components validate each document object once). Links are checked again where they are
 * drawn. Categories and actors, far fewer, go through the full validator.
 */

type Fields = Readonly<Record<string, unknown>>;

// The schema's parts by name. A wrong name throws as the module loads and a wrong kind makes
// the property test fail, so these only say what each part is.
function fieldOf(schema: ObjectSchema, name: string): FieldSchema {
  return schema.fields[name] as FieldSchema;
}

function leafOf(schema: ObjectSchema, name: string): LeafCheck {
  return compileLeafCheck(fieldOf(schema, name).schema as LeafSchema);
}

function textCheckOf(schema: ObjectSchema, name: string): FastCheck {
  return compileTextCheck(fieldOf(schema, name).schema as TextSchema);
}

function listOf(schema: ObjectSchema, name: string): ArraySchema {
  return fieldOf(schema, name).schema as ArraySchema;
}

function leafItemOf(list: ArraySchema): LeafCheck {
  return compileLeafCheck(list.items as LeafSchema);
}

const EVENT = EVENT_SCHEMA;
const SOURCE = SOURCE_SCHEMA;
const MEDIA = MEDIA_SCHEMA;

const isId = leafOf(EVENT, 'id');
const isStart = leafOf(EVENT, 'start');
const isEnd = leafOf(EVENT, 'end');
const checkTitle = textCheckOf(EVENT, 'title');
const checkSummary = textCheckOf(EVENT, 'summary');
const isCategory = leafOf(EVENT, 'category');
const ACTORS = listOf(EVENT, 'actors');
const isActor = leafItemOf(ACTORS);
const isKind = leafOf(EVENT, 'kind');
const CLAIMED_BY = listOf(EVENT, 'claimedBy');
const isClaimant = leafItemOf(CLAIMED_BY);
const CLAIMED_WHEN = fieldOf(EVENT, 'claimedBy').requiredWhen?.values ?? [];
const SOURCES = listOf(EVENT, 'sources');
const isImportance = leafOf(EVENT, 'importance');
const isConfidence = leafOf(EVENT, 'confidence');
const TAGS = listOf(EVENT, 'tags');
const isTag = leafItemOf(TAGS);
const isFollowUp = leafOf(EVENT, 'followUp');

const isPublisher = leafOf(SOURCE, 'publisher');
const isSourceTitle = leafOf(SOURCE, 'title');
const isSourceDate = leafOf(SOURCE, 'date');
const isSourceUrl = leafOf(SOURCE, 'url');

const isMediaUrl = leafOf(MEDIA, 'url');
const checkAlt = textCheckOf(MEDIA, 'alt');
const isCredit = leafOf(MEDIA, 'credit');

const getPrototypeOf = Object.getPrototypeOf;
const isArray = Array.isArray;
const ARRAY_PROTOTYPE = Array.prototype;

/** Whether `value` is a plain array of a length the list's schema allows. */
function isPlainList(value: unknown, schema: ArraySchema): value is readonly unknown[] {
  if (!isArray(value) || getPrototypeOf(value) !== ARRAY_PROTOTYPE) return false;
  return value.length <= schema.maxItems && value.length >= schema.minItems;
}

/** A list of leaves; `FAST_KEPT` or `FAST_DECLINED`, as a list of leaves holds nothing else. */
function checkLeafList(
  value: unknown,
  schema: ArraySchema,
  isItem: LeafCheck,
  knownIds: KnownIds,
): FastVerdict {
  if (!isPlainList(value, schema)) return FAST_DECLINED;
  const length = value.length;
  for (let index = 0; index < length; index += 1) {
    // A hole or a getter that shrank the list reads as undefined, which no leaf passes.
    if (!isItem(value[index], knownIds)) return FAST_DECLINED;
  }
  return value.length === length ? FAST_KEPT : FAST_DECLINED;
}

// Optional leaves and lists count 1 when valid, 0 when absent and -1 when invalid.
function countOptionalLeaf(value: unknown, isValid: LeafCheck, knownIds: KnownIds): number {
  if (value === undefined) return 0;
  return isValid(value, knownIds) ? 1 : -1;
}

function countOptionalList(
  value: unknown,
  schema: ArraySchema,
  isItem: LeafCheck,
  knownIds: KnownIds,
): number {
  if (value === undefined) return 0;
  return checkLeafList(value, schema, isItem, knownIds) === FAST_DECLINED ? -1 : 1;
}

/** The worse of two verdicts of valid values: projected if either is. */
function join(verdict: FastVerdict, field: FastVerdict): FastVerdict {
  return field === FAST_PROJECTED ? FAST_PROJECTED : verdict;
}

/** A valid record's verdict: kept only if it holds nothing but its `present` fields. */
function keptIfOnly(verdict: FastVerdict, record: object, present: number): FastVerdict {
  return verdict === FAST_KEPT && countEnumerableKeys(record) === present
    ? FAST_KEPT
    : FAST_PROJECTED;
}

function checkSource(value: unknown, knownIds: KnownIds): FastVerdict {
  const verdict = recordVerdict(value);
  if (verdict === FAST_DECLINED) return FAST_DECLINED;
  const source = value as Fields;
  if (!isPublisher(source.publisher, knownIds)) return FAST_DECLINED;
  if (!isSourceTitle(source.title, knownIds)) return FAST_DECLINED;
  if (!isSourceUrl(source.url, knownIds)) return FAST_DECLINED;
  const date = countOptionalLeaf(source.date, isSourceDate, knownIds);
  if (date < 0) return FAST_DECLINED;
  return keptIfOnly(verdict, source, 3 + date);
}

function checkSources(value: unknown, knownIds: KnownIds): FastVerdict {
  if (!isPlainList(value, SOURCES)) return FAST_DECLINED;
  const length = value.length;
  let verdict: FastVerdict = FAST_KEPT;
  for (let index = 0; index < length; index += 1) {
    const source = checkSource(value[index], knownIds);
    if (source === FAST_DECLINED) return FAST_DECLINED;
    verdict = join(verdict, source);
  }
  return value.length === length ? verdict : FAST_DECLINED;
}

function checkMedia(value: unknown, knownIds: KnownIds): FastVerdict {
  const verdict = recordVerdict(value);
  if (verdict === FAST_DECLINED) return FAST_DECLINED;
  const media = value as Fields;
  if (!isMediaUrl(media.url, knownIds)) return FAST_DECLINED;
  const alt = checkAlt(media.alt, knownIds);
  const credit = countOptionalLeaf(media.credit, isCredit, knownIds);
  if (alt === FAST_DECLINED || credit < 0) return FAST_DECLINED;
  return keptIfOnly(join(verdict, alt), media, 2 + credit);
}

/**
 * Whether an event passes its schema, as the full validator would decide: `FAST_DECLINED` when
 * it cannot vouch for it. It reads fields and items as plain properties, so it is only used on
 * a page whose prototypes hold none of them (see `getFastItemCheck`).
 */
export function checkEventFast(value: unknown, knownIds: KnownIds): FastVerdict {
  let verdict = recordVerdict(value);
  if (verdict === FAST_DECLINED) return FAST_DECLINED;
  const event = value as Fields;
  // Required fields first, in the schema's order; `kind` decides whether claimedBy is.
  if (!isId(event.id, knownIds) || !isStart(event.start, knownIds)) return FAST_DECLINED;
  const title = checkTitle(event.title, knownIds);
  if (title === FAST_DECLINED) return FAST_DECLINED;
  verdict = join(verdict, title);
  if (!isCategory(event.category, knownIds)) return FAST_DECLINED;
  const kind = event.kind;
  if (!isKind(kind, knownIds)) return FAST_DECLINED;
  const sources = checkSources(event.sources, knownIds);
  if (sources === FAST_DECLINED) return FAST_DECLINED;
  verdict = join(verdict, sources);
  let present = 6;

  const end = event.end;
  if (end !== undefined) {
    if (!isEnd(end, knownIds) || startsBefore(end, event.start)) return FAST_DECLINED;
    present += 1;
  }
  const summary = event.summary;
  if (summary !== undefined) {
    const checked = checkSummary(summary, knownIds);
    if (checked === FAST_DECLINED) return FAST_DECLINED;
    verdict = join(verdict, checked);
    present += 1;
  }
  const actors = countOptionalList(event.actors, ACTORS, isActor, knownIds);
  const claimedBy = countOptionalList(event.claimedBy, CLAIMED_BY, isClaimant, knownIds);
  const tags = countOptionalList(event.tags, TAGS, isTag, knownIds);
  const importance = countOptionalLeaf(event.importance, isImportance, knownIds);
  const confidence = countOptionalLeaf(event.confidence, isConfidence, knownIds);
  const followUp = countOptionalLeaf(event.followUp, isFollowUp, knownIds);
  if (actors < 0 || claimedBy < 0 || tags < 0) return FAST_DECLINED;
  if (importance < 0 || confidence < 0 || followUp < 0) return FAST_DECLINED;
  if (claimedBy === 0 && CLAIMED_WHEN.includes(kind as string)) return FAST_DECLINED;
  present += actors + claimedBy + tags + importance + confidence + followUp;
  const media = event.media;
  if (media !== undefined) {
    const checked = checkMedia(media, knownIds);
    if (checked === FAST_DECLINED) return FAST_DECLINED;
    verdict = join(verdict, checked);
    present += 1;
  }
  return keptIfOnly(verdict, event, present);
}
