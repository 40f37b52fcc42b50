import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_TOKENS } from '../../src/theme/tokens.js';

const css = readFileSync(new URL('../../src/theme/frise.css', import.meta.url), 'utf8');

/** Relative luminance and contrast ratio as defined by WCAG 2.2. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
const token = (name: string) =>
  THEME_TOKENS.find((t) => t.name === name) as (typeof THEME_TOKENS)[number];

describe('theme tokens', () => {
  it.each(THEME_TOKENS.map((t) => [t.name, t] as const))(
    'frise.css declares %s with the registry values',
    (name, t) => {
      const expected =
        t.light === t.dark ? `${name}: ${t.light};` : `${name}: light-dark(${t.light}, ${t.dark});`;
      expect(css).toContain(expected);
    },
  );

  it('declares no --frise-* token that the registry lacks', () => {
    const declared = new Set([...css.matchAll(/(--frise-[\w-]+):/g)].map((m) => m[1]));
    const known = new Set<string>([
      ...THEME_TOKENS.map((t) => t.name),
      '--frise-category-color',
      '--frise-mark-color',
    ]);
    expect([...declared].filter((name) => !known.has(name as string))).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'text meets WCAG AA (4.5:1) and marks 3:1 on the %s background',
    (theme) => {
      const bg = token('--frise-color-bg')[theme];
      for (const name of [
        '--frise-color-text',
        '--frise-color-text-muted',
        '--frise-color-focus',
        '--frise-color-error',
      ] as const) {
        expect(contrast(token(name)[theme], bg), name).toBeGreaterThanOrEqual(4.5);
        expect(
          contrast(token(name)[theme], token('--frise-color-surface')[theme]),
          `${name} on surface`,
        ).toBeGreaterThanOrEqual(4.5);
      }
      for (const t of THEME_TOKENS.filter((candidate) =>
        /--frise-color-(blue|orange|green|red|purple|teal|brown|gray|border)$/.test(candidate.name),
      )) {
        expect(contrast(t[theme], bg), t.name).toBeGreaterThanOrEqual(3);
      }
    },
  );
});
