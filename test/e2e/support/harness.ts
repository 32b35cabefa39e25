/** Starts `node bin/web.mjs <file>` (what `npm run web` runs) and reads its one-line URL. */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The bundled sample issue. */
export const samplePath = join(repoRoot, 'resources', 'samples', 'shuozhou-daily-2023-05-27.txt');

/** A running harness on a private copy of an issue. */
export interface RunningHarness {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** The test's temp folder (the issue copy lives here; write exports here). */
  readonly dir: string;
  readonly issuePath: string;
  stop(): Promise<void>;
}

const linePattern = /^Galley web harness: (http:\/\/127\.0\.0\.1:\d+\/\?token=([0-9a-f]+)(?:&apply=\w+)?)$/m;

/** Serve the bundled sample itself (not a copy), as `npm start` does, with app state in a fresh temp folder (every suggestion applied on open). */
export async function startBundledHarness(): Promise<RunningHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-e2e-'));
  return serve(dir, samplePath, [], {}, 'all');
}

/**
 * Copy `source` into a fresh temp folder and serve it; `env` adds variables (e.g. GALLEY_SOFT_LIMIT_BYTES).
 * Editing specs start from the issue with every suggestion applied (`apply: 'all'`), as if the editor had
 * accepted them; specs about review and what opening applies pass `apply: 'confident'`, the app's default.
 */
export async function startHarness(
  source: string = samplePath,
  env: Readonly<Record<string, string>> = {},
  apply: 'confident' | 'all' | 'none' = 'all',
): Promise<RunningHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-e2e-'));
  const issuePath = join(dir, source.split(/[\\/]/).pop() as string);
  await copyFile(source, issuePath);
  return serve(dir, issuePath, [issuePath], env, apply);
}

/** Start the harness in `dir` with `args`, and stop it and remove `dir` on stop. */
async function serve(
  dir: string,
  issuePath: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  apply: 'confident' | 'all' | 'none',
): Promise<RunningHarness> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'web.mjs'), ...args, '--apply', apply], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    // App state (the bundled sample's sessions) stays in the test's folder, never in the user's home.
    env: { ...process.env, GALLEY_STATE_DIR: join(dir, 'app-data'), ...env, INIT_CWD: dir, GALLEY_SKIP_BUILD: '1' },
  });
  const { url, token } = await readUrl(child);
  return {
    url,
    token,
    origin: new URL(url).origin,
    dir,
    issuePath,
    stop: async () => {
      await stopChild(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function readUrl(child: ChildProcess): Promise<{ url: string; token: string }> {
  return new Promise((resolveUrl, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`harness did not start in 60 s\n${out}\n${err}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = linePattern.exec(out);
      if (match) {
        clearTimeout(timer);
        resolveUrl({ url: match[1], token: match[2] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${code}\n${out}\n${err}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}
