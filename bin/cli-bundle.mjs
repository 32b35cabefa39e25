#!/usr/bin/env node
// The prebuilt JavaScript of the `galley` command and of its batch workers: one esbuild bundle each, in
// out/cli/, built by `npm ci` / `npm install` (the `prepare` script) or, when missing or stale, on the
// first run that needs it. Compiling the TypeScript through tsx at every start cost the command most of
// its start-up time. A bundle is used only while every source file it was built from has the size and
// modification time recorded beside it (the stamp), so an edit or a checkout never runs old code.
// Run directly (`node bin/cli-bundle.mjs`) it rebuilds unconditionally.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'cli');
const stampFile = join(outDir, 'stamp.json');

/** The bundles: name → entry source, relative to the package root. */
const entries = { galley: 'src/cli/main.ts', 'batch-worker': 'src/node/batch/worker-main.ts' };

/** The path of a bundle by name (`galley` or `batch-worker`). */
export function bundlePath(name) {
  return join(outDir, `${name}.mjs`);
}

/** `[size, mtime]` of a file, or null when it is gone. */
function fingerprint(path) {
  try {
    const stat = statSync(path);
    return [stat.size, stat.mtimeMs];
  } catch {
    return null;
  }
}

/** Whether the bundles exist and every input they were built from is unchanged. */
export function isBundleFresh() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return false;
  }
  if (stamp.node !== process.versions.node) return false;
  for (const [path, recorded] of Object.entries(stamp.inputs)) {
    const now = fingerprint(join(root, path));
    if (!now || now[0] !== recorded[0] || now[1] !== recorded[1]) return false;
  }
  return Object.keys(entries).every((name) => fingerprint(bundlePath(name)) !== null);
}

/**
 * Build both bundles and their stamp. Each file is written under a temporary name and renamed, so a
 * command starting meanwhile sees either the old bundle or the new one, never half of one.
 */
export async function buildBundles() {
  const esbuild = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  const temp = join(outDir, `.build-${process.pid}`);
  try {
    const result = await esbuild.build({
      entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)])),
      outdir: temp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      // Packages (iconv-lite, jschardet, tsx) are loaded from node_modules as Node resolves them.
      packages: 'external',
      target: 'node20',
      // As tsx compiles: function and class names kept (error messages and stack traces name them).
      keepNames: true,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = {};
    for (const path of Object.keys(result.metafile.inputs)) {
      const absolute = resolve(process.cwd(), path);
      const key = relative(root, absolute);
      if (!key.startsWith('node_modules')) inputs[key] = fingerprint(absolute);
    }
    // package.json decides how Node loads the bundle (`type`) and names the packages it imports.
    inputs['package.json'] = fingerprint(join(root, 'package.json'));
    for (const name of Object.keys(entries)) renameSync(join(temp, `${name}.mjs`), bundlePath(name));
    const stampTemp = `${stampFile}.${process.pid}`;
    writeFileSync(stampTemp, JSON.stringify({ node: process.versions.node, inputs }));
    renameSync(stampTemp, stampFile);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The fresh bundle named `name`, building the bundles first when needed; null when they cannot be built
 * (no esbuild, a read-only install): the caller then runs the TypeScript through tsx.
 */
export async function freshBundle(name) {
  if (isBundleFresh()) return bundlePath(name);
  try {
    await buildBundles();
    return bundlePath(name);
  } catch {
    return null;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildBundles();
  } catch (error) {
    process.stderr.write(`galley: could not build the command's bundle (${error instanceof Error ? error.message : String(error)})\n`);
    // At install (npm's prepare) a failed build must not fail the install: the command then builds
    // the bundle on its first run, or runs the TypeScript through tsx.
    if (process.env.npm_lifecycle_event !== 'prepare') process.exitCode = 1;
  }
}
