#!/usr/bin/env node
// The `galley` command. Runs the prebuilt bundle of the CLI (bin/cli-bundle.mjs: built at install, or
// here when missing or stale); the TypeScript sources through tsx only when no bundle can be built.
import { pathToFileURL } from 'node:url';
import { freshBundle } from './cli-bundle.mjs';

const bundle = await freshBundle('galley');
let main;
if (bundle) ({ main } = await import(pathToFileURL(bundle).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
