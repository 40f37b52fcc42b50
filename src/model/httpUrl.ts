/**
 * An http or https URL with no whitespace. The scheme is matched literally at the very start
 * because the URL parser forgives too much: it drops leading spaces and control characters
 * and removes tabs and newlines anywhere, so `" java\tscript:…"` would parse as `javascript:`.
 * The JSON Schema publishes this pattern too, which is why it is written without flags.
 */
export const HTTP_URL_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/;

/**
 * Whether a string is an absolute `http:` or `https:` URL with a host. Everything else is
 * refused: `javascript:`, `data:`, `vbscript:`, protocol-relative (`//host`) and relative URLs,
 * and any string the URL parser rejects.
 */
export function isHttpUrl(value: string): boolean {
  if (typeof value !== 'string' || !HTTP_URL_PATTERN.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}
