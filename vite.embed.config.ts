import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The self-contained embed: one minified ES module with React and the stylesheet inside, for
 * pages that paste `<script type="module" src="frise-embed.js">` and a `<frise-timeline>`.
 * Built as an application entry rather than in library mode, which keeps whitespace in ES output.
 */
export default defineConfig({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    modulePreload: false,
    rolldownOptions: {
      input: 'src/embed/index.ts',
      preserveEntrySignatures: 'exports-only',
      output: { format: 'es', entryFileNames: 'frise-embed.js' },
    },
  },
});
