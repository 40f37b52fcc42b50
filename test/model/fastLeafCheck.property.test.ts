import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLeafCheck, type LeafSchema } from '../../src/model/fastLeafCheck.js';
import type { TimelineProblem } from '../../src/model/timelineProblem.js';
import {
  ACTOR_SCHEMA,
  CATEGORY_SCHEMA,
  EVENT_SCHEMA,
  type ValueSchema,
} from '../../src/model/timelineSchema.js';
import { validateRead } from '../../src/model/validateValue.js';
import type { ValidationContext } from '../../src/model/validationContext.js';

/** Every leaf schema the items use, found by walking them, so a new one is covered too. */
function collectLeaves(schema: ValueSchema, into: LeafSchema[]): LeafSchema[] {
  switch (schema.type) {
    case 'string':
    case 'enum':
    case 'boolean':
      into.push(schema);
      break;
    case 'text':
      into.push({ type: 'string', expected: 'a string', maxLength: schema.maxLength });
      break;
    case 'array':
      collectLeaves(schema.items, into);
      break;
    case 'object':
      for (const field of Object.values(schema.fields)) collectLeaves(field.schema, into);
      break;
    default:
      return schema satisfies never;
  }
  return into;
}

// Combinations the format does not use yet, so that the general check is held to the rules too.
const OTHER_LEAVES: LeafSchema[] = [
  { type: 'string', expected: '', maxLength: 10, format: 'calendar-date' },
  { type: 'string', expected: '', maxLength: 30, format: 'http-url', pattern: /^https:/ },
  { type: 'string', expected: '', maxLength: 20, references: 'categories' },
  { type: 'string', expected: '', maxLength: 20, pattern: /^w/, references: 'categories' },
  { type: 'string', expected: '', maxLength: 10, format: 'calendar-date', references: 'actors' },
];

const LEAVES = [
  ...[EVENT_SCHEMA, CATEGORY_SCHEMA, ACTOR_SCHEMA].flatMap((schema) => collectLeaves(schema, [])),
  ...OTHER_LEAVES,
];

const knownIds = new Map([
  ['categories', new Set(['war', 'cat-1', ' ', 'https://example.org/a'])],
  ['actors', new Set(['actor-1', '2024', '2023-02-29'])],
]);

// Strings next to valid ones: blank or padded, non-ASCII first characters, near-dates, near-URLs.
const NEAR_VALID = fc.constantFrom(
  '',
  ' ',
  '\u00a0',
  '\u3000x',
  '\ufeff',
  ' x',
  '\tx',
  'x ',
  'é',
  '\u2028',
  'war',
  'cat-1',
  'actor-1',
  '-war',
  '2024',
  '2024-02-29',
  '2023-02-29',
  '0999',
  '2024-1',
  'https://example.org/a',
  'HTTPS://EXAMPLE.ORG',
  'https://xn--a.org',
  'https://a.org/xn--b',
  'http://0x1f',
  'https://a b',
  'fact',
  'claim',
  'blue',
  1,
  3,
  true,
  null,
);
const valueArbitrary = fc.oneof(
  { arbitrary: NEAR_VALID, weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.webUrl(), weight: 1 },
  { arbitrary: fc.anything({ maxDepth: 1 }), weight: 1 },
);

function isValidFully(schema: LeafSchema, value: unknown): boolean {
  const problems: TimelineProblem[] = [];
  const context: ValidationContext = {
    report: (problem) => problems.push(problem),
    subject: { label: 'item', path: 'item' },
    knownIds,
  };
  validateRead(schema, value, 'field', context);
  return problems.length === 0;
}

describe('compileLeafCheck(schema)', () => {
  it('accepts exactly the values the full validator accepts, for every leaf of the format', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEAVES), valueArbitrary, (schema, value) => {
        expect(compileLeafCheck(schema)(value, knownIds)).toBe(isValidFully(schema, value));
      }),
      { numRuns: 2000 },
    );
  });
});
