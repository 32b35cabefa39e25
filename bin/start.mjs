#!/usr/bin/env node
// `npm start [-- file]`: opens Galley in Electron on the given issue (the bundled sample by default).
// Electron's binary is downloaded on first run; where that cannot happen, the same UI opens in the
// browser through the loopback web harness instead, and we say so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? join(root, 'resources', 'samples', 'shuozhou-daily-2023-05-27.txt');
const electronDir = join(root, 'node_modules', 'electron');

/** Whether an Electron executable is on disk (or named by ELECTRON_OVERRIDE_DIST_PATH). */
function electronPresent() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));
}

/** Try Electron's own first-run download once; false when it cannot be had here. */
function downloadElectron() {
  process.stderr.write('galley: fetching the Electron binary (first run)…\n');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', timeout: 180_000 });
  return result.status === 0 && electronPresent();
}

buildIfNeeded();
if (electronPresent() || downloadElectron()) {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [cli, 'preview', '--', file], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stderr.write(
    'galley: no Electron binary on this machine, so Galley opens in your browser through the local web harness.\n',
  );
  const harness = spawn(process.execPath, [join(root, 'bin', 'web.mjs'), file], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  harness.stdout.setEncoding('utf8');
  harness.stdout.on('data', (text) => {
    process.stdout.write(text);
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/.exec(text)?.[0];
    if (url) spawn('xdg-open', [url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
  });
  harness.on('exit', (code) => process.exit(code ?? 0));
  process.on('SIGINT', () => harness.kill('SIGINT'));
}
