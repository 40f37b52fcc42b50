import { vi } from 'vitest';

export interface PageErrors {
  /** Every console.error, uncaught error and unhandled rejection since the watch began. */
  readonly messages: readonly string[];
  /** Stops watching; console.error is restored. */
  readonly stop: () => void;
}

function describeValue(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

/**
 * Collects what would show as an error in the page's console: React's warnings (a `NaN`
 * style, a missing key, an update on an unmounted component), uncaught errors (a
 * "ResizeObserver loop" error) and unhandled rejections. The console still prints them.
 */
export function watchPageErrors(): PageErrors {
  const messages: string[] = [];
  const print = console.error.bind(console);
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    messages.push(args.map(describeValue).join(' '));
    print(...args);
  });
  const onError = (event: ErrorEvent) => messages.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => messages.push(describeValue(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    messages,
    stop() {
      consoleError.mockRestore();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
