/**
 * Month names of the languages Frise speaks itself, as the CLDR writes them for British English
 * and French, so that their dates need no Intl: the first Intl formatter a page builds loads
 * ICU data, which costs tens of milliseconds on the first render.
 */
export interface MonthNames {
  readonly long: readonly string[];
  readonly short: readonly string[];
}

const ENGLISH: MonthNames = {
  long: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

const FRENCH: MonthNames = {
  long: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  short: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
};

/**
 * The tags whose dates are written from these tables. Only tags that mean exactly these
 * conventions: "en-US" writes "April 18, 2024" and "fr-CA" has its own abbreviations, so
 * they, like every other language, go to Intl.
 */
const MONTH_NAMES_BY_TAG: ReadonlyMap<string, MonthNames> = new Map([
  ['en', ENGLISH],
  ['en-gb', ENGLISH],
  ['fr', FRENCH],
  ['fr-fr', FRENCH],
]);

/** The month names for `locale`, or `undefined` when Intl must write its dates. */
export function getMonthNames(locale: string): MonthNames | undefined {
  return MONTH_NAMES_BY_TAG.get(locale.toLowerCase());
}
