// Batch throughput with one worker and with all cores but one, on issues built from the dev set
// (read at bench time from ../shared/eval/dev; skipped where it is absent).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBatch } from '../src/node/batch/run-batch';
import { report } from './timing';

const dev = resolve('..', 'shared', 'eval', 'dev');
if (!existsSync(dev)) {
  console.log('skipped: ../shared/eval/dev not found');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'galley-bench-batch-'));
const input = join(dir, 'in');
mkdirSync(input);
const texts = readdirSync(dev).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dev, n), 'utf8'));
// 16 issues of about 900 KB each: enough work per worker that start-up (tsx, lexicon) is a small part.
for (let i = 0; i < 16; i++) {
  let text = '';
  for (let j = 0; text.length < 300_000; j++) text += `${texts[(i * 7 + j) % texts.length]}\n\n`;
  writeFileSync(join(input, `issue-${String(i).padStart(2, '0')}.txt`), text);
}
const many = Math.max(1, availableParallelism() - 1);
const throughput: Record<number, number> = {};
for (const jobs of [...new Set([1, many, availableParallelism()])]) {
  const out = join(dir, `out-${jobs}`);
  const result = await runBatch({ target: input, outDir: out, format: 'json', jobs, threshold: 0.5, write: () => {}, interactive: false });
  if (!result.ok) throw new Error(result.error.message);
  throughput[jobs] = result.value.megabytes / result.value.seconds;
  report(`batch throughput, ${jobs} job(s), ${result.value.megabytes.toFixed(1)} MB`, throughput[jobs], 'MB/s');
}
const best = Math.max(...Object.values(throughput));
report(`batch speed-up (best / 1 job, ${availableParallelism()} cores)`, best / throughput[1], '×');
rmSync(dir, { recursive: true, force: true });
