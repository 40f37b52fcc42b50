import type { ReactNode } from 'react';
import { isHttpUrl } from '../../model/httpUrl.js';

export interface SafeLinkProps {
  readonly href: string;
  readonly children: ReactNode;
  /** Said after the text to screen readers, e.g. "(opens in a new tab)". */
  readonly newTabHint: string;
}

/**
 * A link that is followed only when it is http(s): anything else (`javascript:`, `data:`…)
 * renders as plain text, so hostile data cannot run script through a click.
 */
export function SafeLink({ href, children, newTabHint }: SafeLinkProps) {
  if (!isHttpUrl(href)) return <span className="frise-link frise-link--inert">{children}</span>;
  return (
    <a className="frise-link" href={href} target="_blank" rel="noopener noreferrer">
      {children} <span className="frise-visually-hidden">{newTabHint}</span>
    </a>
  );
}
