import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseHash,
  readHashParam,
  serializeHash,
  writeHashParam,
} from '../../src/interaction/hashState.js';

/** Any fragment text, with the characters that matter here over-represented. */
const fragment = fc
  .array(
    fc.oneof(
      fc.constantFrom('&', '=', '%', '#', 'frise', 'frise-b', '%20', '%E0', 'é', ''),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const name = fc.oneof(
  fc.constantFrom('frise', 'frise-b', 'frise-story'),
  fc.string({ minLength: 1 }),
);
const value = fc.option(fc.string(), { nil: undefined });

describe('serializeHash(parseHash(hash))', () => {
  it('gives the fragment back exactly, with its #', () => {
    fc.assert(
      fc.property(fragment, (hash) => {
        const body = hash.startsWith('#') ? hash.slice(1) : hash;
        expect(serializeHash(parseHash(hash))).toBe(body === '' ? '' : `#${body}`);
      }),
    );
  });
});

describe('writeHashParam(hash, name, value)', () => {
  it('then readHashParam gives the value written back', () => {
    fc.assert(
      fc.property(fragment, name, value, (hash, key, text) => {
        expect(readHashParam(writeHashParam(hash, key, text), key)).toBe(text);
      }),
    );
  });

  it('keeps every other non-empty part, as written and in order', () => {
    fc.assert(
      fc.property(fragment, name, value, (hash, key, text) => {
        const others = (h: string) =>
          parseHash(h)
            .filter((segment) => segment.name !== key && segment.raw !== '')
            .map((segment) => segment.raw);
        expect(others(writeHashParam(hash, key, text))).toEqual(others(hash));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fragment, name, value, (hash, key, text) => {
        const once = writeHashParam(hash, key, text);
        expect(writeHashParam(once, key, text)).toBe(once);
      }),
    );
  });
});
