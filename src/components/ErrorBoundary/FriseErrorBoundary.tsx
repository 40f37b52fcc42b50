import { Component, type ReactNode } from 'react';
import { en } from '../../i18n/messages/en.js';
import { formatMessage, getMessages } from '../../i18n/messages.js';

/** Longer messages are cut: the notice stays compact whatever the error says. */
const MAX_ERROR_MESSAGE_CHARS = 200;

export interface FriseErrorBoundaryProps {
  /** The public name of the component inside, named in the notice: `Timeline`. */
  readonly componentName: string;
  /**
   * The `locale` prop of the component inside, for the notice's language. Context is not
   * read: it may be what failed. English when absent or not a string.
   */
  readonly locale?: unknown;
  /** The `theme` prop of the component inside; the notice follows `light` and `dark`. */
  readonly theme?: unknown;
  /**
   * The props of the component inside. After a failure, a change of any of their values
   * (functions and `children` aside, which callers recreate on every render) renders the
   * component again: new data may well be the fix.
   */
  readonly resetProps: object;
  readonly children?: ReactNode;
}

interface FriseErrorBoundaryState {
  // Boxed, because anything can be thrown, `undefined` and `null` included.
  readonly failure: { readonly error: unknown } | null;
  readonly props: object;
}

/** Keys whose values are recreated on every render of a caller: comparing them means nothing. */
function isComparedProp(key: string, value: unknown): boolean {
  return key !== 'children' && typeof value !== 'function';
}

function haveSameValues(previous: object, next: object): boolean {
  if (previous === next) return true;
  const before = previous as Readonly<Record<string, unknown>>;
  const after = next as Readonly<Record<string, unknown>>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const value = after[key];
    if (isComparedProp(key, value) && !Object.is(before[key], value)) return false;
  }
  return true;
}

/** The thrown value's message as plain text, `''` when it has none that can be read. */
function getErrorMessage(error: unknown): string {
  try {
    const message = error instanceof Error ? error.message : error;
    if (typeof message !== 'string') return '';
    const trimmed = message.trim();
    return trimmed.length > MAX_ERROR_MESSAGE_CHARS
      ? `${trimmed.slice(0, MAX_ERROR_MESSAGE_CHARS - 1)}…`
      : trimmed;
  } catch {
    // A getter on `message` can throw too; the notice must not.
    return '';
  }
}

/**
 * Catches what a Frise component throws while rendering, so the article around it keeps
 * working, and shows a short notice in its place: "Timeline could not be shown: …".
 *
 * It has no `componentDidCatch` on purpose: React already reports each caught error once,
 * to the root's `onCaughtError` (`console.error` unless the page set its own, e.g. to send
 * it to its error tracker), and a report of our own would log every failure twice.
 */
export class FriseErrorBoundary extends Component<
  FriseErrorBoundaryProps,
  FriseErrorBoundaryState
> {
  override state: FriseErrorBoundaryState = { failure: null, props: this.props.resetProps };

  static getDerivedStateFromError(error: unknown): Partial<FriseErrorBoundaryState> {
    return { failure: { error } };
  }

  static getDerivedStateFromProps(
    props: FriseErrorBoundaryProps,
    state: FriseErrorBoundaryState,
  ): Partial<FriseErrorBoundaryState> {
    const isRetry = state.failure !== null && !haveSameValues(state.props, props.resetProps);
    return isRetry ? { failure: null, props: props.resetProps } : { props: props.resetProps };
  }

  override render(): ReactNode {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    const { componentName, locale, theme } = this.props;
    const messages = typeof locale === 'string' ? getMessages(locale) : en;
    const detail = getErrorMessage(failure.error);
    const text = detail
      ? formatMessage(messages.renderError, { component: componentName, message: detail })
      : formatMessage(messages.renderErrorUnknown, { component: componentName });
    return (
      <div
        className="frise frise-error"
        role="alert"
        lang={messages === en ? 'en' : (locale as string)}
        data-theme={theme === 'light' || theme === 'dark' ? theme : undefined}
      >
        <p className="frise-error__message">{text}</p>
      </div>
    );
  }
}
