import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Ships the theme as a plain stylesheet (`frise/styles.css`) that no JS entry imports. */
function emitStylesheet(): Plugin {
  return {
    name: 'frise:emit-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'frise.css',
        source: readFileSync(new URL('./src/theme/frise.css', import.meta.url), 'utf8'),
      });
    },
  };
}

export default defineConfig({
  plugins: [react()],
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core.ts',
        csv: 'src/csv.ts',
        schema: 'src/schema.ts',
        'datasets/france-azerbaijan': 'src/datasets/france-azerbaijan/index.ts',
      },
      formats: ['es'],
    },
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^d3-/],
      plugins: [emitStylesheet()],
    },
  },
});
