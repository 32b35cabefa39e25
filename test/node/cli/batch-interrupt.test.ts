import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const sample = resolve('resources/samples/shuozhou-daily-2023-05-27.txt');

describe('galley batch stopped with Ctrl+C', () => {
  it('exits with 130 and leaves no temporary worker bundle behind', async () => {
    const dir = await tempDir();
    const issues = join(dir, 'issues');
    const temp = join(dir, 'temp');
    await mkdir(issues);
    await mkdir(temp);
    for (let i = 0; i < 40; i++) await copyFile(sample, join(issues, `issue-${String(i).padStart(2, '0')}.txt`));
    // TMPDIR: the bundle goes to a temporary folder of this test's own, so it can be watched.
    const child = spawn(process.execPath, [resolve('bin/galley.mjs'), 'batch', issues, '--out', join(dir, 'out'), '--jobs', '1'], {
      env: { ...process.env, TMPDIR: temp },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const bundles = async (): Promise<string[]> => (await readdir(temp)).filter((name) => name.startsWith('galley-batch-worker-'));
    // Interrupt once the bundle exists and the first issue is written, i.e. in the middle of the batch.
    const deadline = Date.now() + 30_000;
    while ((await bundles()).length === 0 || (await readdir(join(dir, 'out')).catch(() => [])).length === 0) {
      if (Date.now() > deadline) throw new Error('the batch never got going');
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(await bundles()).toEqual([]);
    // It stopped part-way: a later run resumes with what is left.
    expect((await readdir(join(dir, 'out'))).filter((name) => name.endsWith('.json')).length).toBeLessThan(40);
  });
});
