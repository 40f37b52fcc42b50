/** What `readOwnProperty` returns when reading threw (a throwing getter, a revoked proxy). */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * An object's own property, `undefined` when it has none, or `UNREADABLE` when reading it
 * throws. Inherited properties are ignored on purpose: if another script on the page has
 * polluted `Object.prototype`, its values must not become timeline data.
 */
export function readOwnProperty(object: object, key: string | number): unknown {
  try {
    return Object.hasOwn(object, key)
      ? (object as Record<string | number, unknown>)[key]
      : undefined;
  } catch {
    return UNREADABLE;
  }
}

/**
 * A non-null, non-array object: what JSON calls an object. Throws on a revoked proxy (as
 * `Array.isArray` does), so callers that meet untrusted values keep a `try` around it.
 */
export function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
