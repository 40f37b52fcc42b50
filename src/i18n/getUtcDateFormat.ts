import { createIntlDateFormat } from './intlDateFormat.js';
import { getMonthNames } from './monthNames.js';
import { createTableDateFormat } from './tableDateFormat.js';
import type { UtcDateFields, UtcDateFormat } from './utcDateFormat.js';

const formats = new Map<string, UtcDateFormat>();

/**
 * The UTC date format of `locale` with these fields, made once per locale and fields: building
 * an Intl formatter costs far more than formatting with one. British English and French are
 * written from tables, which agree with Intl (a test holds them to it), and spare the page the
 * loading of ICU data on its first render; other languages are written by Intl.
 */
export function getUtcDateFormat(locale: string, fields: UtcDateFields): UtcDateFormat {
  const key = `${locale}|${fields.day ?? ''}|${fields.month ?? ''}|${fields.year ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    const names = getMonthNames(locale);
    const intl = () => createIntlDateFormat(locale, fields);
    format = names ? createTableDateFormat(names, fields, lazy(intl)) : intl();
    formats.set(key, format);
  }
  return format;
}

function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= create();
    return value;
  };
}
