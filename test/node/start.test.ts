import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/temp-dir';

const root = resolve(__dirname, '../..');
const electronThere = existsSync(join(root, 'node_modules', 'electron', 'path.txt')) || Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH);

describe('npm start without Electron', () => {
  // Where Electron is installed, npm start opens it: this fallback cannot be seen there.
  it.skipIf(electronThere)('says in plain lines why, with no stack trace, and names the address to open', async () => {
    const state = await tempDir();
    // A mirror on a closed local port: the download fails at once, as it does offline.
    const child = spawn(process.execPath, [join(root, 'bin', 'start.mjs')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', GALLEY_SKIP_BUILD: '1', GALLEY_STATE_DIR: state, PATH: '' },
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (/\?token=\w+/.test(out)) done();
      });
      child.once('exit', (code) => fail(new Error(`start exited (${code}) before naming an address\n${out}\n${err}`)));
    });
    child.kill('SIGINT');
    await exited;
    expect(out).toMatch(/Open this address in your browser:\s+http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/);
    expect(err).toMatch(/Electron is not available here \(.+\)/);
    expect(err).not.toMatch(/TypeError|\n\s+at /);
  }, 60_000);
});
