import type { TickLevel } from '../layout/ticks.js';
import { getUtcDateFormat } from './getUtcDateFormat.js';
import type { UtcDateFields } from './utcDateFormat.js';

/**
 * The letter before a quarter's number, by language: "Q2" in English, "T2" (trimestre) in French
 * and the other Romance languages. Languages not listed use "Q".
 */
const QUARTER_PREFIXES: Readonly<Record<string, string>> = {
  en: 'Q',
  fr: 'T',
  es: 'T',
  it: 'T',
  pt: 'T',
  ca: 'T',
  de: 'Q',
  nl: 'K',
};
const DEFAULT_QUARTER_PREFIX = 'Q';

/**
 * Month and year always go together on month ticks: a view of April to June would otherwise
 * carry no year at all. Week and day ticks leave the year to the visible-range caption.
 */
const LEVEL_FIELDS: Readonly<Record<Exclude<TickLevel, 'quarter'>, UtcDateFields>> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  week: { day: 'numeric', month: 'short' },
  day: { day: 'numeric', month: 'short' },
};

function getQuarterPrefix(locale: string): string {
  const language = locale.toLowerCase().split('-')[0] ?? '';
  return QUARTER_PREFIXES[language] ?? DEFAULT_QUARTER_PREFIX;
}

/**
 * A tick label for its level, in UTC: "2024" (year), "Q2 2024" / "T2 2024" (quarter),
 * "Apr 2024" / "avr. 2024" (month), "18 Apr" / "18 avr." (week and day).
 */
export function formatTickLabel(ms: number, level: TickLevel, locale: string): string {
  if (level === 'quarter') {
    // A UTC getter, so the quarter never depends on the reader's zone.
    const quarter = Math.floor(new Date(ms).getUTCMonth() / 3) + 1;
    return `${getQuarterPrefix(locale)}${quarter} ${getUtcDateFormat(locale, LEVEL_FIELDS.year).format(ms)}`;
  }
  return getUtcDateFormat(locale, LEVEL_FIELDS[level]).format(ms);
}
