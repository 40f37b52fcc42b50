import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SafeLink } from '../../src/components/EventDetails/SafeLink.js';

describe('SafeLink', () => {
  it('follows http and https URLs, in a new tab without opener', () => {
    const { getByRole } = render(
      <SafeLink href="https://example.org/a?b=c" newTabHint="(opens in a new tab)">
        Source
      </SafeLink>,
    );
    const link = getByRole('link', { name: 'Source (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.org/a?b=c');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/x',
    '/relative',
    'ftp://example.org/',
  ])('renders %j as inert text', (href) => {
    const { container, queryByRole } = render(
      <SafeLink href={href} newTabHint="">
        Source
      </SafeLink>,
    );
    expect(queryByRole('link')).toBeNull();
    expect(container).toHaveTextContent('Source');
  });

  it('never renders a link whose protocol is not http(s), for any string', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.string(), fc.webUrl(), fc.constantFrom('javascript:', 'data:', 'vbscript:'))
          .chain((prefix) => fc.tuple(fc.constant(prefix), fc.string())),
        ([prefix, rest]) => {
          const href = `${prefix}${rest}`;
          const { container, unmount } = render(
            <SafeLink href={href} newTabHint="">
              x
            </SafeLink>,
          );
          const anchor = container.querySelector('a');
          if (anchor) expect(['http:', 'https:']).toContain(new URL(anchor.href).protocol);
          unmount();
        },
      ),
      { numRuns: 200 },
    );
  });
});
