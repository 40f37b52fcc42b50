#!/usr/bin/env node
// Size budgets. Each public entry is bundled in memory the way a reader's browser would receive
// it from a site's bundler: dependencies we ship inside it bundled, minified (whitespace too, so
// the figure does not depend on Vite's library-mode choice to keep it), comments dropped, then
// gzipped at level 9. Exits 1 when an entry is over its budget; the table is printed either way.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, loadConfigFromFile } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (path) => fileURLToPath(new URL(path, new URL('..', import.meta.url)));

/** Budgets are in KB of 1000 bytes, as size reports and CDNs usually count them. */
const KB = 1000;
const REACT_EXTERNALS = [/^react($|\/)/, /^react-dom($|\/)/];
const TOP_PARTS = 10;

/** The embed's aliases, read from its own build config so that the figure is the shipped one. */
async function readEmbedAliases() {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    fromRoot('vite.embed.config.ts'),
    root,
    'silent',
  );
  const alias = loaded?.config.resolve?.alias;
  if (!Array.isArray(alias) || alias.length === 0) {
    throw new Error('vite.embed.config.ts no longer sets resolve.alias: update check-size.mjs.');
  }
  return alias;
}

/**
 * The entries to measure. `withCss` adds the stylesheet to the same build, as a separate file
 * whose size counts towards the entry's budget; `budgetKb` is in gzipped KB, absent for figures
 * printed for information only.
 */
const ENTRIES = [
  {
    name: 'React entry (index.ts + frise.css)',
    entry: 'src/index.ts',
    external: REACT_EXTERNALS,
    withCss: 'src/theme/frise.css',
    budgetKb: 40,
  },
  { name: 'core (core.ts, no React)', entry: 'src/core.ts', external: [], budgetKb: 15 },
  { name: 'csv (csv.ts, no React)', entry: 'src/csv.ts', external: [] },
  { name: 'schema (schema.ts, no React)', entry: 'src/schema.ts', external: [] },
  {
    name: 'embed (embed/index.ts, preact/compat inside)',
    entry: 'src/embed/index.ts',
    external: [],
    alias: await readEmbedAliases(),
    // Well under the 110 KB an embed carrying React may weigh: React slipping back into the
    // bundle, past an alias, would still fit in 110 KB and must fail here.
    budgetKb: 60,
  },
  {
    name: 'France–Azerbaijan dataset',
    entry: 'src/datasets/france-azerbaijan/index.ts',
    external: [],
  },
];

/** Appends an import of the stylesheet to the entry, so Vite minifies and emits it as in a build. */
function importStylesheet(entryPath, cssPath) {
  return {
    name: 'frise:size-import-stylesheet',
    transform(code, id) {
      if (id === entryPath) return `${code}\nimport ${JSON.stringify(cssPath)};\n`;
      return undefined;
    },
  };
}

async function bundle({ entry, external, withCss, alias = [] }) {
  const entryPath = fromRoot(entry);
  const plugins = [react()];
  if (withCss) plugins.push(importStylesheet(entryPath, fromRoot(withCss)));
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins,
    resolve: { alias },
    // React's production build, as a site would ship it (lib mode leaves the check in place).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      // Minify the stylesheet without lowering modern syntax such as light-dark(), which would
      // measure a fallback we do not ship.
      cssTarget: 'esnext',
      lib: { entry: entryPath, formats: ['es'] },
      rolldownOptions: {
        external,
        output: { minify: { codegen: { removeWhitespace: true } }, comments: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  const measure = (text) => ({
    minBytes: Buffer.byteLength(text),
    gzBytes: gzipSync(text, { level: 9 }).length,
  });
  const chunks = outputs.filter((file) => file.type === 'chunk');
  const stylesheets = outputs.filter(
    (file) => file.type === 'asset' && file.fileName.endsWith('.css'),
  );
  return {
    js: measure(chunks.map((chunk) => chunk.code).join('\n')),
    css: stylesheets.length > 0 ? measure(stylesheets.map((file) => file.source).join('\n')) : null,
    modules: chunks.flatMap((chunk) => Object.entries(chunk.modules)),
  };
}

/** Rendered bytes (after tree-shaking, before minifying) per npm package or source folder. */
function listLargestParts(modules) {
  const totals = new Map();
  let all = 0;
  for (const [id, info] of modules) {
    const inPackage = id.split('node_modules/').at(-1);
    const segments = inPackage.split('/');
    const key =
      inPackage === id
        ? id.replace(root, '').replace(/\/[^/]*$/, '/')
        : segments.slice(0, inPackage.startsWith('@') ? 2 : 1).join('/');
    totals.set(key, (totals.get(key) ?? 0) + info.renderedLength);
    all += info.renderedLength;
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_PARTS)
    .map(([key, bytes]) => `    ${((100 * bytes) / all).toFixed(0).padStart(3)} %  ${key}`);
}

const kb = (bytes) => (bytes / KB).toFixed(1);
const rows = [];
const notes = [];
let isOverBudget = false;

for (const spec of ENTRIES) {
  if (!existsSync(fromRoot(spec.entry))) {
    rows.push([spec.name, 'not built yet', '', budgetLabel(spec), '']);
    continue;
  }
  const { js, css, modules } = await bundle(spec);
  const min = js.minBytes + (css?.minBytes ?? 0);
  const gz = js.gzBytes + (css?.gzBytes ?? 0);
  const isOver = spec.budgetKb !== undefined && gz > spec.budgetKb * KB;
  isOverBudget ||= isOver;
  const verdict = spec.budgetKb === undefined ? 'info' : isOver ? '✗ over' : '✓';
  rows.push([spec.name, kb(min), kb(gz), budgetLabel(spec), verdict]);
  if (css) {
    rows.push(['  of which JS', kb(js.minBytes), kb(js.gzBytes), '', '']);
    rows.push(['  of which CSS', kb(css.minBytes), kb(css.gzBytes), '', '']);
  }
  if (isOver) {
    notes.push(`${spec.name}: largest parts, share of rendered bytes before minifying:`);
    notes.push(...listLargestParts(modules));
  }
}

function budgetLabel(spec) {
  return spec.budgetKb === undefined ? '—' : spec.budgetKb.toFixed(1);
}

const header = ['entry', 'min KB', 'gz KB', 'budget gz KB', ''];
const widths = header.map((_, column) =>
  Math.max(...[header, ...rows].map((row) => String(row[column]).length)),
);
const formatRow = (row) =>
  row
    .map((cell, column) =>
      column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
    )
    .join('  ')
    .trimEnd();

console.log('Bundle sizes: minified ES modules, gzip level 9; KB = 1000 bytes.');
console.log(
  'React and react-dom are external; the embed carries preact/compat instead; d3 is bundled everywhere.\n',
);
console.log(formatRow(header));
for (const row of rows) console.log(formatRow(row));
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
if (isOverBudget) {
  console.error('\nOver budget: see the entries marked ✗ above.');
  process.exit(1);
}
