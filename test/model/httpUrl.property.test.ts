import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHttpUrl } from '../../src/model/httpUrl.js';

const otherSchemeArbitrary = fc
  .stringMatching(/^[A-Za-z][A-Za-z0-9+.-]{0,10}$/)
  .filter((scheme) => !/^https?$/i.test(scheme));

describe('isHttpUrl(value) properties', () => {
  it('accepts every http(s) web URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isHttpUrl(url)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses every URL with another scheme, with or without slashes', () => {
    fc.assert(
      fc.property(
        otherSchemeArbitrary,
        fc.constantFrom('', '//'),
        fc.string(),
        (scheme, slashes, rest) => {
          expect(isHttpUrl(`${scheme}:${slashes}${rest}`)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts an arbitrary string only if it is literally an http(s) URL the parser agrees on', () => {
    const prefixed = fc
      .tuple(
        fc.constantFrom('', 'http://', 'https://', ' https://', 'HTTP://', 'java\tscript:'),
        fc.string(),
      )
      .map(([prefix, rest]) => `${prefix}${rest}`);
    fc.assert(
      fc.property(fc.oneof(prefixed, fc.string({ unit: 'binary' })), (value) => {
        if (!isHttpUrl(value)) return;
        expect(value).toMatch(/^https?:\/\//i);
        expect(['http:', 'https:']).toContain(new URL(value).protocol);
      }),
      { numRuns: 1000 },
    );
  });
});
