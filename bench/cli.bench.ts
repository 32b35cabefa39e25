// Wall time of `galley fix` on the bundled sample, Node start-up and lexicon load included (goal ≤ 1 s).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, report, time } from './timing';

const dir = mkdtempSync(join(tmpdir(), 'galley-bench-cli-'));
const sample = resolve('resources/samples/shuozhou-daily-2023-05-27.txt');
const run = (): void => {
  const result = spawnSync(process.execPath, ['bin/galley.mjs', 'fix', sample, '--format', 'json', '--out', join(dir, 'out.json')]);
  if (result.status !== 0) throw new Error(`galley fix failed: ${result.stderr}`);
};
const durations = await time(run, 7, 1);
report('galley fix sample (wall, median of 7)', median(durations), 'ms', { max: 1000 });
rmSync(dir, { recursive: true, force: true });
