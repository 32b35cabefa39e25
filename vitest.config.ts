import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'node', include: ['test/node/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'eval', include: ['test/eval/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
    ],
  },
});
