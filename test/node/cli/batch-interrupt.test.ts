import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const sample = resolve('resources/samples/shuozhou-daily-2023-05-27.txt');

/** Start `galley batch` on 40 copies of the sample with its own TMPDIR; resolves once the first issue is written. */
async function startBatch(): Promise<{ child: ReturnType<typeof spawn>; exited: Promise<number | null>; dir: string; temp: string }> {
  const dir = await tempDir();
  const issues = join(dir, 'issues');
  const temp = join(dir, 'temp');
  await mkdir(issues);
  await mkdir(temp);
  for (let i = 0; i < 40; i++) await copyFile(sample, join(issues, `issue-${String(i).padStart(2, '0')}.txt`));
  // TMPDIR: a temporary folder of this test's own, so anything the batch leaves there can be seen.
  const child = spawn(process.execPath, [resolve('bin/galley.mjs'), 'batch', issues, '--out', join(dir, 'out'), '--jobs', '1'], {
    env: { ...process.env, TMPDIR: temp },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  // Interrupt once the first issue is written, i.e. in the middle of the batch.
  const deadline = Date.now() + 60_000;
  while ((await readdir(join(dir, 'out')).catch(() => [])).filter((name) => name.endsWith('.json')).length === 0) {
    if (Date.now() > deadline) throw new Error('the batch never got going');
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, exited, dir, temp };
}

describe('galley batch stopped part-way', () => {
  it('exits with 130 on Ctrl+C and leaves nothing in the temporary folder', async () => {
    const { child, exited, dir, temp } = await startBatch();
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(await readdir(temp)).toEqual([]);
    // It stopped part-way: a later run resumes with what is left.
    expect((await readdir(join(dir, 'out'))).filter((name) => name.endsWith('.json')).length).toBeLessThan(40);
  });

  it('leaves nothing in the temporary folder when killed with -9 (workers run the bundle kept in the package)', async () => {
    const { child, exited, temp } = await startBatch();
    child.kill('SIGKILL');
    await exited;
    expect(await readdir(temp)).toEqual([]);
  });
});
