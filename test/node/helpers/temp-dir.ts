/** Real temporary folders for node tests, removed after each test. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { setFaultHook } from '../../../src/node/fs-layer';

const made: string[] = [];

afterEach(async () => {
  setFaultHook(null);
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh empty folder under the OS temp folder, deleted after the current test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-node-'));
  made.push(dir);
  return dir;
}

/** Names in a folder, sorted. */
export async function namesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
