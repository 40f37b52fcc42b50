/**
 * Frise's state in the URL fragment: `#frise=<event-id>&frise-story=3`. Each value lives under
 * its own name, so several timelines on one page (or the page's own anchors) never collide,
 * and everything Frise does not own is kept exactly as written.
 */

/** One `&`-separated part of the fragment, as written and as read. */
export interface HashSegment {
  /** The part exactly as it appears in the fragment. */
  readonly raw: string;
  /** The decoded name before the first `=`; `undefined` for a part without `=` (a page anchor). */
  readonly name: string | undefined;
  /** The decoded value after the first `=`; `undefined` when there is no `=`. */
  readonly value: string | undefined;
}

/** The name of the default key, and the prefix of every other: `frise`, `frise-story`. */
export const HASH_KEY_PREFIX = 'frise';

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray `%` written by hand: keep the text rather than lose the whole fragment.
    return text;
  }
}

/**
 * The name a key is written under: `frise` for the default key, `frise-<key>` for the others
 * (`story` → `frise-story`). A key that already starts with `frise-` is used as it is.
 * @default key 'frise'
 */
export function getHashParamName(key: string = HASH_KEY_PREFIX): string {
  return key === HASH_KEY_PREFIX || key.startsWith(`${HASH_KEY_PREFIX}-`)
    ? key
    : `${HASH_KEY_PREFIX}-${key}`;
}

/** Splits a fragment (with or without its `#`) into its parts; `''` and `'#'` have none. */
export function parseHash(hash: string): readonly HashSegment[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return [];
  return body.split('&').map((raw) => {
    const equals = raw.indexOf('=');
    if (equals === -1) return { raw, name: undefined, value: undefined };
    return { raw, name: decode(raw.slice(0, equals)), value: decode(raw.slice(equals + 1)) };
  });
}

/** Joins parts back into a fragment: `''` when there are none, else `#` and the parts. */
export function serializeHash(segments: readonly HashSegment[]): string {
  return segments.length === 0 ? '' : `#${segments.map((segment) => segment.raw).join('&')}`;
}

/** The decoded value of `name` in the fragment (its first occurrence), or `undefined`. */
export function readHashParam(hash: string, name: string): string | undefined {
  return parseHash(hash).find((segment) => segment.name === name)?.value;
}

/**
 * The fragment with `name` set to `value` (URI-encoded), or removed when `value` is
 * `undefined`. The value replaces the first occurrence in place, or is appended; other
 * occurrences of `name` and empty parts are dropped, every other part is kept as written.
 */
export function writeHashParam(hash: string, name: string, value: string | undefined): string {
  const segments = parseHash(hash).filter((segment) => segment.raw !== '');
  const written: HashSegment | undefined =
    value === undefined
      ? undefined
      : { raw: `${encodeURIComponent(name)}=${encodeURIComponent(value)}`, name, value };
  const result: HashSegment[] = [];
  let isWritten = false;
  for (const segment of segments) {
    if (segment.name !== name) result.push(segment);
    else if (written && !isWritten) {
      result.push(written);
      isWritten = true;
    }
  }
  if (written && !isWritten) result.push(written);
  return serializeHash(result);
}
