// Batch throughput with one worker and with all cores but one (and all cores), on issues built from the
// dev set (read at bench time from ../shared/eval/dev; skipped where it is absent). The job counts take
// turns, GALLEY_BENCH_RUNS rounds (default 3), and medians are reported: throughput from wall time, and
// the CPU time of the whole process (main thread, workers and V8's helper threads), which on a shared
// machine is steadier than wall time.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBatch } from '../src/node/batch/run-batch';
import { median, report } from './timing';

const dev = resolve('..', 'shared', 'eval', 'dev');
if (!existsSync(dev)) {
  console.log('skipped: ../shared/eval/dev not found');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'galley-bench-batch-'));
const input = join(dir, 'in');
mkdirSync(input);
const texts = readdirSync(dev).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dev, n), 'utf8'));
// 16 issues of about 600 KB (300k characters) each: enough work per worker that start-up is a small part.
for (let i = 0; i < 16; i++) {
  let text = '';
  for (let j = 0; text.length < 300_000; j++) text += `${texts[(i * 7 + j) % texts.length]}\n\n`;
  writeFileSync(join(input, `issue-${String(i).padStart(2, '0')}.txt`), text);
}
const rounds = Math.max(1, Number(process.env.GALLEY_BENCH_RUNS ?? 3));
const counts = [...new Set([1, Math.max(1, availableParallelism() - 1), availableParallelism()])];
const throughput = new Map<number, number[]>();
const cpu = new Map<number, number[]>();
let megabytes = 0;
for (let round = 0; round < rounds; round++) {
  for (const jobs of counts) {
    const out = join(dir, `out-${jobs}`);
    rmSync(out, { recursive: true, force: true });
    const before = process.cpuUsage();
    const result = await runBatch({ target: input, outDir: out, format: 'json', jobs, threshold: 0.5, write: () => {}, interactive: false });
    const used = process.cpuUsage(before);
    if (!result.ok) throw new Error(result.error.message);
    megabytes = result.value.megabytes;
    throughput.set(jobs, [...(throughput.get(jobs) ?? []), megabytes / result.value.seconds]);
    cpu.set(jobs, [...(cpu.get(jobs) ?? []), (used.user + used.system) / 1e6]);
  }
}
for (const jobs of counts) {
  report(`batch throughput, ${jobs} job(s), ${megabytes.toFixed(1)} MB (median of ${rounds})`, median(throughput.get(jobs) ?? []), 'MB/s');
  report(`  CPU time, ${jobs} job(s) (median)`, median(cpu.get(jobs) ?? []), 's');
}
// Below 1 × when more workers are slower than one (the old "best ÷ 1 job" never went below 1).
const single = median(throughput.get(1) ?? []);
for (const jobs of counts.filter((n) => n > 1)) {
  report(`batch speed-up, ${jobs} jobs ÷ 1 job (${availableParallelism()} cores)`, median(throughput.get(jobs) ?? []) / single, '×');
}
rmSync(dir, { recursive: true, force: true });
