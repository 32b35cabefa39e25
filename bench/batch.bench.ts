// Batch throughput with one worker and with all cores but one (and all cores), on issues built from the
// dev set (read at bench time from ../shared/eval/dev; skipped where it is absent). The job counts take
// turns, GALLEY_BENCH_RUNS rounds (default 3), and medians are reported: throughput from wall time, and
// the CPU time of the whole process (main thread, workers and V8's helper threads), which on a shared
// machine is steadier than wall time. Beside them: the floor, a plain copy of the same issue files in
// the same round (read and written, MB/s), and where one worker's time goes: each stage of an issue
// timed in this (warm) process on the same issues (read and decode, analysis, replay of the automatic
// fixes, export, write), the rest of a 1-job batch's wall time being start-up and reporting.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeIssue } from '../src/core/analysis/analyze-issue';
import { AUTO_APPLY_THRESHOLD, initialDocumentFor } from '../src/core/analysis/repair-issue';
import { applyCommands } from '../src/core/document/apply';
import { exportIssue } from '../src/core/export/export-issue';
import { runBatch } from '../src/node/batch/run-batch';
import { openIssueFile } from '../src/node/open-issue';
import { loadLexicon } from '../src/node/lexicon';
import { median, report, reportWithFloor } from './timing';

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
const copies: number[] = [];
let megabytes = 0;
const names = readdirSync(input);
for (let round = 0; round < rounds; round++) {
  // The floor: the same files read and written, nothing else.
  const copyDir = join(dir, 'copy');
  rmSync(copyDir, { recursive: true, force: true });
  mkdirSync(copyDir);
  const copyStart = performance.now();
  for (const name of names) copyFileSync(join(input, name), join(copyDir, name));
  const copySeconds = (performance.now() - copyStart) / 1000;
  for (const jobs of counts) {
    const out = join(dir, `out-${jobs}`);
    rmSync(out, { recursive: true, force: true });
    const before = process.cpuUsage();
    const result = await runBatch({ target: input, outDir: out, format: 'json', jobs, threshold: 0.5, write: () => {}, interactive: false });
    const used = process.cpuUsage(before);
    if (!result.ok) throw new Error(result.error.message);
    megabytes = result.value.megabytes;
    if (jobs === counts[0]) copies.push(megabytes / copySeconds);
    throughput.set(jobs, [...(throughput.get(jobs) ?? []), megabytes / result.value.seconds]);
    cpu.set(jobs, [...(cpu.get(jobs) ?? []), (used.user + used.system) / 1e6]);
  }
}
report(`floor: plain copy of the ${names.length} issue files (median of ${rounds})`, median(copies), 'MB/s');
for (const jobs of counts) {
  const rate = median(throughput.get(jobs) ?? []);
  report(`batch throughput, ${jobs} job(s), ${megabytes.toFixed(1)} MB (median of ${rounds})`, rate, 'MB/s');
  // As time per MB, so the ratio reads as everywhere else: this time ÷ the floor's.
  reportWithFloor('  time per MB, beside a plain copy', 1000 / rate, 1000 / median(copies), 'ms/MB');
  report(`  CPU time, ${jobs} job(s) (median)`, median(cpu.get(jobs) ?? []), 's');
}
// Below 1 × when more workers are slower than one (the old "best ÷ 1 job" never went below 1).
const single = median(throughput.get(1) ?? []);
for (const jobs of counts.filter((n) => n > 1)) {
  report(`batch speed-up, ${jobs} jobs ÷ 1 job (${availableParallelism()} cores)`, median(throughput.get(jobs) ?? []) / single, '×');
}

// Where one worker's time goes: the stages of every issue, timed here in a warm process.
const lexicon = await loadLexicon();
const stages = { read: 0, analysis: 0, replay: 0, export: 0, write: 0 };
const stageDir = join(dir, 'stages');
mkdirSync(stageDir);
for (let pass = 0; pass < 2; pass++) {
  // The first pass warms the code up, as a worker's first issues do; the second is counted.
  for (const name of names) {
    const t0 = performance.now();
    const opened = await openIssueFile(join(input, name));
    if (!opened.ok) throw new Error(opened.error.message);
    const t1 = performance.now();
    const analysis = analyzeIssue(opened.value.text, lexicon);
    const t2 = performance.now();
    const automatic = analysis.suggestions.filter((x) => x.confidence >= AUTO_APPLY_THRESHOLD).map((x) => x.command);
    const doc = applyCommands(initialDocumentFor(opened.value.text, analysis), automatic, () => false, () => {});
    const t3 = performance.now();
    const [file] = exportIssue(doc, 'json', { perArticle: false, now: new Date() });
    const t4 = performance.now();
    writeFileSync(join(stageDir, `${name}.json`), file.data);
    const t5 = performance.now();
    if (pass === 1) {
      stages.read += t1 - t0;
      stages.analysis += t2 - t1;
      stages.replay += t3 - t2;
      stages.export += t4 - t3;
      stages.write += t5 - t4;
    }
  }
}
const batchSeconds = megabytes / median(throughput.get(1) ?? []);
const staged = Object.values(stages).reduce((a, b) => a + b, 0) / 1000;
console.log(`where a 1-job batch's ${batchSeconds.toFixed(2)} s go (stages timed in a warm process on the same ${names.length} issues):`);
for (const [stage, ms] of Object.entries(stages)) report(`  ${stage}`, (100 * ms) / 1000 / batchSeconds, '%');
report('  the rest: worker start-up, lexicon load, warm-up, reports', (100 * (batchSeconds - staged)) / batchSeconds, '%');
report('analysis share of the stages (analysis ÷ all stages)', (100 * stages.analysis) / 1000 / staged, '%');
rmSync(dir, { recursive: true, force: true });
