import { useCallback, useContext, useMemo } from 'react';
import { LocaleContext } from '../i18n/I18nProvider.js';
import { formatMessage, getMessages, type Messages } from '../i18n/messages.js';

export interface UseI18nResult {
  readonly locale: string;
  readonly messages: Messages;
  /** A message with its `{placeholders}` filled. */
  readonly t: (key: keyof Messages, values?: Readonly<Record<string, string | number>>) => string;
}

/** The locale (the prop, else the nearest `I18nProvider`, else English) and its messages. */
export function useI18n(localeProp?: string): UseI18nResult {
  const contextLocale = useContext(LocaleContext);
  const locale = localeProp ?? contextLocale;
  const messages = useMemo(() => getMessages(locale), [locale]);
  const t = useCallback(
    (key: keyof Messages, values?: Readonly<Record<string, string | number>>) =>
      values ? formatMessage(messages[key], values) : messages[key],
    [messages],
  );
  return { locale, messages, t };
}
