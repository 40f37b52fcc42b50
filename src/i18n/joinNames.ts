/** How a language joins the last two names of a list, and whether a comma comes before. */
interface Conjunction {
  readonly word: string;
  readonly hasSerialComma: boolean;
}

/**
 * Lists in the languages Frise speaks itself, as Intl.ListFormat writes them ("A, B, and C"
 * for en, "A, B and C" for en-GB, "A, B et C" for fr): no Intl object is built for them, and
 * the first one a page builds loads ICU data. A test holds the table to Intl.
 */
const CONJUNCTIONS: ReadonlyMap<string, Conjunction> = new Map([
  ['en', { word: 'and', hasSerialComma: true }],
  ['en-us', { word: 'and', hasSerialComma: true }],
  ['en-gb', { word: 'and', hasSerialComma: false }],
  ['fr', { word: 'et', hasSerialComma: false }],
  ['fr-fr', { word: 'et', hasSerialComma: false }],
]);

const OPTIONS = { style: 'long', type: 'conjunction' } as const;
const listFormats = new Map<string, Intl.ListFormat>();

function getListFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.ListFormat(locale, OPTIONS);
    } catch {
      // A malformed tag throws a RangeError, as it does for dates: fall back the same way.
      format = new Intl.ListFormat('en-GB', OPTIONS);
    }
    listFormats.set(locale, format);
  }
  return format;
}

/** "Viginum", "Viginum and Meta", "Viginum, Meta and the MFA": names joined as `locale` does. */
export function joinNames(names: readonly string[], locale: string): string {
  const conjunction = CONJUNCTIONS.get(locale.toLowerCase());
  if (!conjunction) return getListFormat(locale).format(names);
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1];
  const comma = conjunction.hasSerialComma && names.length > 2 ? ',' : '';
  return `${names.slice(0, -1).join(', ')}${comma} ${conjunction.word} ${last}`;
}
