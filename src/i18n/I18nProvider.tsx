import { createContext, type ReactNode } from 'react';

/** The locale that Frise components use when they are given none. */
export const LocaleContext = createContext<string>('en');

export interface I18nProviderProps {
  /** A BCP 47 tag; catalogues exist for `en` and `fr`, others fall back to English. */
  readonly locale: string;
  readonly children?: ReactNode;
}

/** Sets the locale of every Frise component below it. */
export function I18nProvider({ locale, children }: I18nProviderProps) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}
