// Builds main (ESM), preload (CommonJS, required by sandbox: true) and the React renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    // Relative asset URLs so the same build loads from file:// (Electron) and http:// (harness).
    base: './',
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    worker: { format: 'es' },
    plugins: [react()],
  },
});
