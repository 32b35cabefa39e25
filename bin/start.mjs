#!/usr/bin/env node
// `npm start [-- file]`: opens Galley in Electron on the given issue (the bundled sample by default).
// Electron's binary is downloaded on first run; where that cannot happen, the same UI is served to the
// browser through the loopback web harness instead, and we say so in a few plain lines (no stack trace),
// ending with the address to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('-')) ?? join(root, 'resources', 'samples', 'shuozhou-daily-2023-05-27.txt');
// Switches such as --apply=all (what opening applies by itself) go on to Electron or the harness.
const switches = args.filter((a) => a.startsWith('-'));
const electronDir = join(root, 'node_modules', 'electron');
// Electron 45's downloader (@electron/get) needs this Node version or newer.
const electronNode = [22, 12];

/** Whether an Electron executable is on disk (or named by ELECTRON_OVERRIDE_DIST_PATH). */
function electronPresent() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));
}

/** Whether this Node can run Electron's downloader. */
function nodeCanDownload() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major > electronNode[0] || (major === electronNode[0] && minor >= electronNode[1]);
}

/** The one line that says why the download failed, out of the downloader's error output (a stack trace). */
function downloadFailure(stderr) {
  const line = stderr.split('\n').find((l) => /^\s*\w*Error\b/.test(l)) ?? stderr.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim().replace(/^\w*Error:\s*/, '') || 'unknown error';
}

/** Try Electron's own first-run download once; returns null when Electron is there, else why it is not. */
function downloadElectron() {
  process.stderr.write('galley: fetching the Electron binary (first run)…\n');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 180_000 });
  if (result.status === 0 && electronPresent()) return null;
  const why = result.error ? result.error.message : downloadFailure(result.stderr ?? '');
  return nodeCanDownload() ? why : `${why}; Electron's download needs Node ${electronNode.join('.')} or newer, this is Node ${process.versions.node}`;
}

/** Open a URL with the system's opener, if it has one; says nothing when it has none. */
function openInBrowser(url) {
  const opener = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  spawn(opener[0], opener[1], { stdio: 'ignore', detached: true })
    .on('error', () => {})
    .unref();
}

function startHarness(why) {
  process.stderr.write(`galley: Electron is not available here (${why}).\ngalley: Galley runs in your browser instead, through the local web harness.\n`);
  const harness = spawn(process.execPath, [join(root, 'bin', 'web.mjs'), file, ...switches], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  harness.stdout.setEncoding('utf8');
  let shown = false;
  harness.stdout.on('data', (text) => {
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\w+(?:&apply=\w+)?/.exec(text)?.[0];
    if (!url || shown) return;
    shown = true;
    process.stdout.write(`\nOpen this address in your browser:\n\n  ${url}\n\n(Ctrl+C stops Galley.)\n`);
    openInBrowser(url);
  });
  harness.on('exit', (code) => process.exit(code ?? 0));
  process.on('SIGINT', () => harness.kill('SIGINT'));
  process.on('SIGTERM', () => harness.kill('SIGTERM'));
}

if (!process.env.GALLEY_SKIP_BUILD) buildIfNeeded();
const missing = electronPresent() ? null : downloadElectron();
if (missing === null) {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [cli, 'preview', '--', file, ...switches], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  startHarness(missing);
}
