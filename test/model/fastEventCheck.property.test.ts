import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAST_DECLINED, FAST_KEPT, FAST_PROJECTED } from '../../src/model/fastCheck.js';
import { checkEventFast } from '../../src/model/fastEventCheck.js';
import { projectOnSchema } from '../../src/model/projectOnSchema.js';
import type { TimelineProblem } from '../../src/model/timelineProblem.js';
import { EVENT_SCHEMA, type ObjectSchema } from '../../src/model/timelineSchema.js';
import { validateRead } from '../../src/model/validateValue.js';
import { INVALID, type ValidationContext } from '../../src/model/validationContext.js';
import { eventArbitrary, timelineDataArbitrary } from '../fixtures/arbitraries.js';

// Values next to valid ones come first: likelier than random data to hit a rule one side misses.
const NEAR_VALID = fc.constantFrom(
  '',
  ' ',
  '1000',
  '1000-01-01',
  '2024-02-30',
  '2024-02-29',
  '2023-13',
  '9999-12',
  'javascript:alert(1)',
  'http://a.255',
  'en',
  'fact',
  'claim',
  1,
  4,
  true,
  null,
  [],
  {},
  { en: '' },
);
const ANYTHING = fc.oneof(
  { arbitrary: NEAR_VALID, weight: 6 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 },
);

/** The full validator's verdict on one item, with the ids it may refer to. */
function validateFully(
  schema: ObjectSchema,
  item: unknown,
  knownIds: ValidationContext['knownIds'],
) {
  const problems: TimelineProblem[] = [];
  const context: ValidationContext = {
    report: (problem) => problems.push(problem),
    subject: { label: 'item', path: 'item' },
    knownIds,
  };
  const result = validateRead(schema, item, '', context);
  return { result, problems };
}

/** Whether an object at any depth of `value` has a null prototype. */
function hasBareObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.getPrototypeOf(value) === null) return true;
  return Object.values(value).some(hasBareObject);
}

/** A valid item with one field, or one nested field, replaced by anything or removed. */
function mutate(
  item: Record<string, unknown>,
  key: string,
  nestedKey: string,
  value: unknown,
  remove: boolean,
) {
  const copy: Record<string, unknown> = { ...item };
  const target = copy[key];
  if (
    nestedKey !== '' &&
    Array.isArray(target) &&
    target.length > 0 &&
    typeof target[0] === 'object'
  ) {
    const first = { ...(target[0] as Record<string, unknown>) };
    if (remove) delete first[nestedKey];
    else first[nestedKey] = value;
    copy[key] = [first, ...target.slice(1)];
  } else if (nestedKey !== '' && typeof target === 'object' && target !== null) {
    // A media object, or a text by language.
    const nested = { ...(target as Record<string, unknown>) };
    if (remove) delete nested[nestedKey];
    else nested[nestedKey] = value;
    copy[key] = nested;
  } else if (remove) delete copy[key];
  else copy[key] = value;
  return copy;
}

const KEYS = [...Object.keys(EVENT_SCHEMA.fields), 'other'];
const NESTED_KEYS = ['', 'url', 'publisher', 'title', 'date', 'alt', 'credit', 'en', 'x'];

const caseArbitrary = timelineDataArbitrary({ maxEvents: 1 }).chain((data) =>
  fc.record({
    knownIds: fc.constant(
      new Map<string, ReadonlySet<string>>([
        ['categories', new Set(data.categories.map((category) => category.id))],
        ['actors', new Set(data.actors.map((actor) => actor.id))],
      ]),
    ),
    event: eventArbitrary(
      data.categories.map((category) => category.id),
      data.actors.map((actor) => actor.id),
    ),
    category: fc.constantFrom(...data.categories),
    actor: fc.constantFrom(...data.actors),
    key: fc.constantFrom(...KEYS),
    nestedKey: fc.constantFrom(...NESTED_KEYS),
    value: ANYTHING,
    mutation: fc.constantFrom('none', 'replace', 'remove'),
  }),
);

describe('checkEventFast(value, knownIds)', () => {
  it('passes exactly what the full validator finds no problem in, and keeps what its copy would hold', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ knownIds, event, key, nestedKey, value, mutation }) => {
        const input =
          mutation === 'none'
            ? event
            : mutate(
                event as unknown as Record<string, unknown>,
                key,
                nestedKey,
                value,
                mutation === 'remove',
              );
        const full = validateFully(EVENT_SCHEMA, input, knownIds);
        const verdict = checkEventFast(input, knownIds);
        const isValid = full.problems.length === 0 && full.result !== INVALID;
        expect(verdict !== FAST_DECLINED).toBe(isValid);
        // What is kept must be what the full validator's clean copy would have been.
        if (verdict === FAST_KEPT) expect(input).toStrictEqual(full.result);
        if (verdict === FAST_PROJECTED) {
          expect(projectOnSchema(EVENT_SCHEMA, input)).toStrictEqual(full.result);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('passes every valid event, and keeps it as it is unless an object in it has no prototype', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ knownIds, event }) => {
        const expected = hasBareObject(event) ? FAST_PROJECTED : FAST_KEPT;
        expect(checkEventFast(event, knownIds)).toBe(expected);
      }),
    );
  });
});
