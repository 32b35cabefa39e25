// Lint rules, including the import boundaries between layers described in docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'worker_threads'];
const pure = (extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'src/core and src/shared stay pure: no Electron or Node APIs.' },
        { group: ['react', 'react-dom', 'react-dom/*', 'monaco-editor', 'monaco-editor/*'], message: 'src/core and src/shared stay pure: no UI libraries.' },
        { group: ['**/node/**', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**', ...extra], message: 'Imports point one way: core ← shared ← node ← main.' },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/core/**/*.ts'], rules: pure(['**/shared/**']), languageOptions: { globals: {} } },
  { files: ['src/shared/**/*.ts'], rules: pure(), languageOptions: { globals: {} } },
  {
    files: ['src/node/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'electron/*'], message: 'src/node and src/cli run without Electron.' },
        { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'Imports point one way: core ← shared ← node ← main.' },
      ] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [
        { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'The renderer reaches the system only through window.galley.' },
        { group: ['**/node/**', '**/main/**', '**/preload/**', '**/cli/**'], message: 'The renderer imports only core and shared.' },
      ] }],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/renderer/**', '**/cli/**'], message: 'main and preload do not import the renderer or the CLI.' },
      ] }],
    },
  },
);
