/**
 * An http or https URL with no whitespace. The scheme is matched literally at the very start
 * because the URL parser forgives too much: it drops leading spaces and control characters
 * and removes tabs and newlines anywhere, so `" java\tscript:…"` would parse as `javascript:`.
 * The JSON Schema publishes this pattern too, which is why it is written without flags.
 */
export const HTTP_URL_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/;

/**
 * URLs the parser always accepts with a non-empty host: a scheme, then a host of letter, digit
 * and hyphen labels whose last label starts with a letter (a last label of digits or `0x…`
 * would make the parser read the host as an IPv4 address, which may fail), no port, no user
 * info and no punycode label (`xn--`, which may fail to decode), then nothing or a path, query
 * or fragment, which the parser never rejects. Most sources are such URLs; building a `URL`
 * object for each is the slowest part of validating a large document, so they skip it.
 */
const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z\d-]+\.)*[a-z][a-z\d-]*(?:[/?#]\S*)?$/i;
const PUNYCODE_LABEL = /xn--/i;

function isPlainHttpUrl(value: string): boolean {
  if (!PLAIN_HTTP_URL.test(value)) return false;
  // Most URLs have no "xn--" anywhere: only those need their host cut out and looked at.
  if (!PUNYCODE_LABEL.test(value)) return true;
  const hostEnd = value.slice(value.indexOf('//') + 2).search(/[/?#]|$/);
  return !PUNYCODE_LABEL.test(value.slice(0, value.indexOf('//') + 2 + hostEnd));
}

/**
 * Whether a string is an absolute `http:` or `https:` URL with a host. Everything else is
 * refused: `javascript:`, `data:`, `vbscript:`, protocol-relative (`//host`) and relative URLs,
 * and any string the URL parser rejects.
 */
export function isHttpUrl(value: string): boolean {
  if (typeof value !== 'string') return false;
  // A plain URL matches the pattern too, so the pattern is tested only for the others.
  if (isPlainHttpUrl(value)) return true;
  if (!HTTP_URL_PATTERN.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}
