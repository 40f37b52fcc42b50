import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { type Alias, defineConfig, type Plugin } from 'vite';
import { franceAzerbaijan } from './src/datasets/france-azerbaijan/index.ts';

/**
 * The embed renders on preact/compat rather than React, a fraction of its size: the components
 * use only React API that preact/compat implements, and the `browser preact` test project runs
 * the browser suite on these same aliases. Anchored, so that `react` does not also catch
 * `react-dom` or a subpath that preact/compat lacks.
 */
export const PREACT_COMPAT_ALIASES: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

/** Ships the iframe embed page and the France–Azerbaijan document beside the bundle. */
function emitEmbedAssets(): Plugin {
  return {
    name: 'frise:emit-embed-assets',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'embed.html',
        source: readFileSync(new URL('./src/embed/iframe/embed.html', import.meta.url), 'utf8'),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'france-azerbaijan.json',
        source: `${JSON.stringify(franceAzerbaijan, null, 2)}\n`,
      });
    },
  };
}

/**
 * The self-contained embed, built as application entries rather than in library mode (which
 * keeps whitespace in ES output):
 * - default mode: `frise-embed.js`, one minified ES module with preact/compat and the
 *   stylesheet inside, which defines `<frise-timeline>` and runs `embed.html`;
 * - `--mode host`: `frise-host.js`, the few lines a host page needs to resize embed iframes.
 */
export default defineConfig(({ mode }) => {
  const isHost = mode === 'host';
  return {
    plugins: isHost ? [] : [react(), emitEmbedAssets()],
    // `scripts/check-size.mjs` reads these aliases from here, so it measures what ships.
    resolve: { alias: isHost ? [] : PREACT_COMPAT_ALIASES },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist/embed',
      emptyOutDir: !isHost,
      sourcemap: !isHost,
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input: isHost ? 'src/embed/host.ts' : 'src/embed/index.ts',
        preserveEntrySignatures: isHost ? false : 'exports-only',
        output: { format: 'es', entryFileNames: isHost ? 'frise-host.js' : 'frise-embed.js' },
      },
    },
  };
});
