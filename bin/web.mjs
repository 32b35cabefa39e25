#!/usr/bin/env node
// `npm run web -- [file]`: build the renderer if needed, then serve it through the loopback harness.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The e2e run builds once up front (npm run test:e2e) and sets GALLEY_SKIP_BUILD for its many harnesses.
if (!process.env.GALLEY_SKIP_BUILD) buildIfNeeded();
register();
const { main } = await import('../src/node/web-harness-main.ts');
await main(process.argv.slice(2), join(root, 'resources'));
