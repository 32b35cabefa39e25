import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchJob } from '../../../src/node/batch/batch-types';
import { runOnWorkers } from '../../../src/node/batch/worker-pool';
import { fallbackEntry, prepareWorkerScript, type WorkerScript } from '../../../src/node/batch/worker-script';

const sample = resolve('resources/samples/shuozhou-daily-2023-05-27.txt');

describe('batch worker pool', () => {
  let dir: string;
  let jobs: (outDir: string) => BatchJob[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'galley-pool-'));
    await mkdir(join(dir, 'in'));
    await copyFile(sample, join(dir, 'in', 'a.txt'));
    await writeFile(join(dir, 'in', 'b.txt'), 'Council Approves New Bridge\n\nBy Jane Smith\n\nThe city council voted on Tuesday to build a new bridge.\n');
    jobs = (outDir) => ['a.txt', 'b.txt'].map((name) => ({ input: join(dir, 'in', name), outDir, format: 'md', threshold: 0.5 }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runs the prebuilt worker bundle from the package, not from a temporary folder', async () => {
    const script = await prepareWorkerScript();
    expect(script.fallbackReason).toBeUndefined();
    expect(script.bundled).toBe(true);
    expect(fileURLToPath(script.url)).toBe(resolve('out/cli/batch-worker.mjs'));
    await script.dispose();
    // Kept for the next batch: nothing to clean up, so nothing is left behind when a batch is killed.
    expect(existsSync(script.url)).toBe(true);
  });

  it('writes the same exports from the bundled worker as from the tsx sources', async () => {
    const tsx = async (): Promise<WorkerScript> => ({ url: fallbackEntry(), bundled: false, dispose: async () => {} });
    await mkdir(join(dir, 'bundled'));
    await mkdir(join(dir, 'sources'));
    const bundled = await runOnWorkers(jobs(join(dir, 'bundled')), 2, () => {});
    const sources = await runOnWorkers(jobs(join(dir, 'sources')), 1, () => {}, tsx);
    expect(bundled.map((r) => r.ok)).toEqual([true, true]);
    expect(sources.map((r) => r.articles)).toEqual(bundled.map((r) => r.articles));
    for (const name of ['a.md', 'b.md']) {
      expect(await readFile(join(dir, 'sources', name), 'utf8')).toBe(await readFile(join(dir, 'bundled', name), 'utf8'));
    }
  });

  it('fails every issue with the reason when the worker script does not load, instead of retrying forever', async () => {
    const broken = join(dir, 'broken.mjs');
    await writeFile(broken, 'throw new Error("cannot load");\n');
    const script = async (): Promise<WorkerScript> => ({ url: pathToFileURL(broken), bundled: false, dispose: async () => {} });
    const seen: string[] = [];
    const reports = await runOnWorkers(jobs(join(dir, 'broken-out')), 2, (r) => seen.push(r.input), script);
    expect(reports.map((r) => r.ok)).toEqual([false, false]);
    expect(reports[0].error).toContain('cannot load');
    expect(seen).toHaveLength(2);
  });

  it('falls back to the tsx sources when the bundle does not load', async () => {
    const broken = join(dir, 'broken-bundle.mjs');
    await writeFile(broken, 'throw new Error("bad bundle");\n');
    const script = async (): Promise<WorkerScript> => ({ url: pathToFileURL(broken), bundled: true, dispose: async () => {} });
    await mkdir(join(dir, 'fallback'));
    const reports = await runOnWorkers(jobs(join(dir, 'fallback')), 2, () => {}, script);
    expect(reports.map((r) => r.ok)).toEqual([true, true]);
  });
});
