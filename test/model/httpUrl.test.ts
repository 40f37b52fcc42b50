import { describe, expect, it } from 'vitest';
import { isHttpUrl } from '../../src/model/httpUrl.js';

describe('isHttpUrl(value)', () => {
  it.each([
    'https://www.lemonde.fr/international/article/2024/05/16/x.html',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/A?b=c#d',
    'https://example.org/path%20with%20spaces',
    'https://[2001:db8::1]/',
  ])('isHttpUrl(%j) is true', (value) => {
    expect(isHttpUrl(value)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/relative/path',
    'relative/path',
    'ftp://example.org/',
    'mailto:editor@example.org',
    ' https://example.org',
    'https://example.org ',
    'https://exa mple.org',
    'https://',
    'http:/example.org',
    '',
  ])('isHttpUrl(%j) is false', (value) => {
    expect(isHttpUrl(value)).toBe(false);
  });

  it('isHttpUrl(value) is false for a value that is not a string', () => {
    expect(isHttpUrl(null as unknown as string)).toBe(false);
  });
});
