import type { LocalizedText } from './event.js';

/**
 * A BCP 47 language tag as translations are keyed: a language of two or three letters and
 * optional subtags (`en`, `fr-CA`, `zh-Hant-TW`). Written without flags for the JSON Schema.
 */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

function getBaseLanguage(tag: string): string {
  return tag.split('-', 1)[0] ?? '';
}

// Only own string values count: a translation is never looked up on Object.prototype.
function getOwnString(record: object, key: string): string | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function findByTag(record: object, wanted: (tag: string) => boolean): string | undefined {
  for (const key of Object.keys(record)) {
    if (wanted(key.toLowerCase())) {
      const value = getOwnString(record, key);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/**
 * The text in the reader's language. Tries, in order: the exact tag (`fr-CA`, ignoring
 * case), its base language (`fr`), another variant of that language (`fr-FR`), English,
 * then the first translation; `''` when there is no text at all.
 */
export function resolveText(text: LocalizedText | undefined, locale: string): string {
  if (typeof text === 'string') return text;
  if (typeof text !== 'object' || text === null) return '';
  const tag = String(locale).toLowerCase();
  const base = getBaseLanguage(tag);
  return (
    findByTag(text, (key) => key === tag) ??
    findByTag(text, (key) => key === base) ??
    findByTag(text, (key) => getBaseLanguage(key) === base) ??
    findByTag(text, (key) => key === 'en') ??
    findByTag(text, (key) => getBaseLanguage(key) === 'en') ??
    findByTag(text, () => true) ??
    ''
  );
}
