// Builds main (ESM), preload (CommonJS, required by sandbox: true) and the React renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from './src/shared/csp';

// `electron-vite dev` serves the page with React refresh, which needs the development policy.
const devCsp: Plugin = {
  name: 'galley-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(contentSecurityPolicy.replace("; frame-ancestors 'none'", ''), developmentContentSecurityPolicy.replace("; frame-ancestors 'none'", '')),
};

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
      // electron-vite leaves the renderer unminified; minified it parses in about half the time at start-up.
      minify: true,
      // Monaco alone is ~2.5 MB minified and is needed at start-up; splitting it would not make the first paint sooner
      // (measured: Monaco and React in chunks of their own behind a tiny entry painted the source ~100 ms later).
      chunkSizeWarningLimit: 4000,
    },
    // Classic (IIFE) workers: module workers do not load from file:// pages, which is how Electron serves the app.
    worker: { format: 'iife' },
    plugins: [react(), devCsp],
  },
});
