import type { ComponentType, FunctionComponent } from 'react';
import { FriseErrorBoundary } from './FriseErrorBoundary.js';

/**
 * `Inner` inside its own `FriseErrorBoundary`: a render error shows a short notice naming
 * `componentName` instead of breaking the page. The props, `ref` included, pass through
 * unchanged; the notice takes the language of the `locale` prop and the `theme` prop when
 * the component has them.
 *
 * ```tsx
 * export const Timeline = withErrorBoundary(function TimelineView(props: TimelineProps) {
 *   …
 * }, 'Timeline');
 * ```
 *
 * Pass the component inline, as above: Storybook's docs generator then files the props table
 * and JSDoc under the exported name.
 */
export function withErrorBoundary<P extends object>(
  Inner: ComponentType<P>,
  componentName: string,
): FunctionComponent<P> {
  function WithErrorBoundary(props: P) {
    const { locale, theme } = props as { readonly locale?: unknown; readonly theme?: unknown };
    return (
      <FriseErrorBoundary
        componentName={componentName}
        locale={locale}
        theme={theme}
        resetProps={props}
      >
        <Inner {...props} />
      </FriseErrorBoundary>
    );
  }
  // Function names do not survive minification; the public name does.
  WithErrorBoundary.displayName = componentName;
  return WithErrorBoundary;
}
