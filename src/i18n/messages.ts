import { en, type Messages } from './messages/en.js';
import { fr } from './messages/fr.js';

export type { Messages };

const CATALOGUES: Readonly<Record<string, Messages>> = { en, fr };

/** The catalogue for a BCP 47 tag (`fr-CA` → `fr`), English when none matches. */
export function getMessages(locale: string): Messages {
  const base = locale.toLowerCase().split('-')[0] ?? 'en';
  return CATALOGUES[base] ?? en;
}

/** Fills `{name}` placeholders; unknown names are left as they are, so a gap is visible. */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
