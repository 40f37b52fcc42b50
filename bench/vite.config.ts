import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the benchmark page, as a production app, for `bench/run.mjs` to serve. */
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    minify: true,
    // The stylesheet as written: lowering light-dark() for older targets rewrites the colour
    // tokens declared on :root into ones that only resolve inside `.frise`, so none apply.
    cssTarget: 'esnext',
  },
});
