import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const readRepoFile = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

/**
 * Entries whose modules load in Node, so their runtime exports are read from the modules
 * themselves. `frise/csv` and `frise/schema` are listed only once their files exist.
 */
const LOADED_ENTRIES = [
  'src/index.ts',
  'src/core.ts',
  'src/csv.ts',
  'src/schema.ts',
  'src/datasets/france-azerbaijan/index.ts',
].filter((path) => existsSync(new URL(path, ROOT)));

/** `frise/embed` defines a custom element as it loads, which Node cannot, so it is read as text. */
const PARSED_ENTRIES = ['src/embed/index.ts'];

const FENCED_BLOCK = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;
const HEADING = /^#{1,6}[ \t].*$/gm;
const INLINE_CODE = /`[^`\n]+`/g;
const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/** Headings and inline code spans: where a reference names things. Code blocks are examples. */
function findReferenceText(markdown: string): string[] {
  const prose = markdown.replace(FENCED_BLOCK, '');
  return [...(prose.match(HEADING) ?? []), ...(prose.match(INLINE_CODE) ?? [])];
}

/** Every identifier that a heading or an inline code span of `markdown` names. */
function findDocumentedNames(markdown: string): ReadonlySet<string> {
  return new Set(findReferenceText(markdown).flatMap((text) => text.match(IDENTIFIER) ?? []));
}

/** The value exports of a barrel's `export { … }` lists and declarations; `type` ones are left out. */
function readValueExportNames(source: string): string[] {
  const fromLists = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap(([, list = '']) =>
    list
      .split(',')
      .map((specifier) => specifier.trim())
      .filter((specifier) => specifier !== '' && !specifier.startsWith('type '))
      .map((specifier) => specifier.split(/\s+as\s+/).at(-1) ?? specifier),
  );
  const declared = [
    ...source.matchAll(
      /export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/g,
    ),
  ].map(([, name = '']) => name);
  return [...fromLists, ...declared];
}

function findMissingNames(names: readonly string[], markdown: string): string[] {
  const documented = findDocumentedNames(markdown);
  return names.filter((name) => !documented.has(name)).sort();
}

describe('findMissingNames(names, markdown)', () => {
  it('findMissingNames(names, markdown) counts headings and inline code, not code blocks or prose', () => {
    const markdown = [
      '### `parseTimeline(input)`',
      '## Timeline',
      'Use `createTimeScale(domain, width)` with `ViewRange`; filterEvents is prose only.',
      '```ts',
      'import { sortEvents } from "frise/core";',
      '```',
    ].join('\n');
    expect(
      findMissingNames(['parseTimeline', 'Timeline', 'createTimeScale', 'ViewRange'], markdown),
    ).toEqual([]);
    expect(findMissingNames(['filterEvents', 'sortEvents', 'parse'], markdown)).toEqual([
      'filterEvents',
      'parse',
      'sortEvents',
    ]);
  });
});

describe('readValueExportNames(source)', () => {
  it('readValueExportNames(source) keeps values and renamed exports, and leaves types out', () => {
    const source = [
      "export { a, type B, c as d } from './x.js';",
      "export type { E } from './y.js';",
      'export function f() {}',
      'export const G = 1;',
    ].join('\n');
    expect(readValueExportNames(source)).toEqual(['a', 'd', 'f', 'G']);
  });
});

describe('docs/api.md', () => {
  const reference = readRepoFile('docs/api.md');

  it.each(LOADED_ENTRIES)('docs/api.md names every runtime export of %s', async (path) => {
    const module: Record<string, unknown> = await import(
      /* @vite-ignore */ fileURLToPath(new URL(path, ROOT))
    );
    const names = Object.keys(module);
    expect(names.length).toBeGreaterThan(0);
    const missing = findMissingNames(names, reference);
    expect(
      missing,
      `docs/api.md does not name these exports of ${path}: ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it.each(PARSED_ENTRIES)('docs/api.md names every runtime export of %s', (path) => {
    const names = readValueExportNames(readRepoFile(path));
    expect(names.length).toBeGreaterThan(0);
    const missing = findMissingNames(names, reference);
    expect(
      missing,
      `docs/api.md does not name these exports of ${path}: ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('docs/api.md names every entry of package.json "exports"', () => {
    const { exports } = JSON.parse(readRepoFile('package.json')) as {
      readonly exports: Readonly<Record<string, unknown>>;
    };
    const specifiers = Object.keys(exports)
      .filter((subpath) => subpath !== './package.json')
      .map((subpath) => `frise${subpath.slice(1)}`);
    expect(specifiers).toContain('frise/core');
    const referenceText = findReferenceText(reference);
    const missing = specifiers.filter((specifier) => {
      const named = new RegExp(
        `(?<![\\w./-])${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w./-])`,
      );
      return !referenceText.some((text) => named.test(text));
    });
    expect(missing, `docs/api.md does not name these entries: ${missing.join(', ')}`).toEqual([]);
  });
});
