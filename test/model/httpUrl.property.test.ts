import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HTTP_URL_PATTERN, isHttpUrl } from '../../src/model/httpUrl.js';

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

/** The definition without the fast path: the pattern, then the URL parser's verdict. */
function isHttpUrlByParser(value: string): boolean {
  if (!HTTP_URL_PATTERN.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const hostLabel = fc.oneof(
  fc.stringMatching(/^[a-zA-Z\d-]{1,12}$/),
  fc.constantFrom(
    'xn--',
    'xn--abc',
    'xn--a-',
    'axn--b',
    'XN--abc',
    '0x1f',
    '0X',
    '255',
    '256',
    '4294967296',
    'a_b',
  ),
);
const hostLike = fc
  .array(hostLabel, { minLength: 1, maxLength: 5 })
  .map((labels) => labels.join('.'));
const urlLike = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'HTTPS://'),
    fc.constantFrom('', 'user@', 'a:b@'),
    hostLike,
    fc.constantFrom('', '.', ':80', ':65536', ':x'),
    fc.constantFrom('', '/', '?', '#', '/a/%zz', '/é?q=1#f', '\\x', '/[x]', '/xn--a', '?q=XN--b'),
  )
  .map((parts) => parts.join(''));

describe('isHttpUrl(value) fast path', () => {
  it('agrees with the URL parser on host-like strings: digits, hyphens, punycode, ports', () => {
    fc.assert(
      fc.property(urlLike, (value) => {
        expect(isHttpUrl(value)).toBe(isHttpUrlByParser(value));
      }),
      { numRuns: 2000 },
    );
  });
});
