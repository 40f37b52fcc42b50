/**
 * A date format in UTC for `locale`. Bare `"en"` resolves to en-US, which writes "April 18,
 * 2024"; news pages read "18 April 2024", so it means British English here. A malformed tag
 * (`"en_US"`) makes Intl throw a RangeError: British English dates beat a broken page.
 */
export function createUtcDateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const utc = { ...options, timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, utc);
  } catch {
    return new Intl.DateTimeFormat('en-GB', utc);
  }
}
