// Analysis speed: lexicon load, analysis of a 1 MB and a 10 MB Chinese issue (medians), and the scaling
// ratio (goal: ≤ 300 ms, ≤ 150 ms, 10 MB ≤ 12 × 1 MB), on issues made by build-issue.ts; each analysis
// beside its floor, a linear scan of the same text in the same run.
import { readFileSync } from 'node:fs';
import { analyzeIssue } from '../src/core/analysis/analyze-issue';
import { buildIssue } from './build-issue';
import { loadLexicon } from '../src/node/lexicon';
import { performance } from 'node:perf_hooks';
import { median, report, reportWithFloor, scanFloorMs, time } from './timing';

/** CPU time of this thread (ms) from Linux's schedstat (nanoseconds on a CPU), or null elsewhere. */
function threadCpuMs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/** Process CPU time (user + system) in ms. */
function processCpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * Wall and CPU times (ms) of `runs` calls, each on a freshly collected heap: wall time, the CPU time of
 * the calling thread (the analysis itself), and that of the whole process (which adds V8's compiler and
 * collector threads, working beside it on other cores).
 */
async function measure(fn: () => unknown, runs: number): Promise<{ wall: number[]; thread: number[]; process: number[] }> {
  const out = { wall: [] as number[], thread: [] as number[], process: [] as number[] };
  for (let i = 0; i < runs; i++) {
    // Start each run with a collected heap (bench/run.ts passes --expose-gc), so garbage left by the
    // previous run or by building the input is not charged to this one.
    (globalThis as { gc?: () => void }).gc?.();
    // Let the collector's background threads finish before the clock starts (they count as process CPU).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const thread = threadCpuMs();
    const proc = processCpuMs();
    const wall = performance.now();
    fn();
    out.wall.push(performance.now() - wall);
    out.process.push(processCpuMs() - proc);
    const threadEnd = threadCpuMs();
    out.thread.push(thread !== null && threadEnd !== null ? threadEnd - thread : out.process[out.process.length - 1]);
  }
  return out;
}

/**
 * Run the analysis benchmarks; returns medians (ms) and the 10 MB / 1 MB ratio. The goals are checked on
 * wall time in a warm process (the app's analysis worker and a batch worker stay up between issues).
 * Runs that each start after a full collection are reported beside them: wall time, the analysing
 * thread's CPU (less than its wall time: the collector's parallel helpers work while it pauses) and the
 * process's CPU, which adds V8's optimising compiler recompiling the analysis on background threads (a
 * full collection throws away optimised code of functions that ran only once).
 */
export async function benchAnalysis(): Promise<Record<string, number>> {
  const load = median(await time(() => loadLexicon(), 5, 1));
  const lexicon = await loadLexicon();
  const oneMb = buildIssue(1_000_000);
  const tenMb = buildIssue(10_000_000);
  const oneWarm = median(await time(() => analyzeIssue(oneMb, lexicon), 9, 3));
  const tenWarm = median(await time(() => analyzeIssue(tenMb, lexicon), 3, 1));
  const one = await measure(() => analyzeIssue(oneMb, lexicon), 7);
  const ten = await measure(() => analyzeIssue(tenMb, lexicon), 3);
  return {
    scan1MbMs: scanFloorMs(oneMb, 9),
    scan10MbMs: scanFloorMs(tenMb, 3),
    lexiconLoadMs: load,
    analysis1MbMs: oneWarm,
    analysis10MbMs: tenWarm,
    scaling: tenWarm / oneWarm,
    afterGc1MbWallMs: median(one.wall),
    afterGc1MbThreadMs: median(one.thread),
    afterGc1MbProcessMs: median(one.process),
    afterGc10MbWallMs: median(ten.wall),
    afterGc10MbThreadMs: median(ten.thread),
    afterGc10MbProcessMs: median(ten.process),
  };
}

const r = await benchAnalysis();
let ok = report('lexicon load (wall, median of 5)', r.lexiconLoadMs, 'ms', { max: 300 });
ok = report('analysis of a 1 MB Chinese issue (wall, median of 9)', r.analysis1MbMs, 'ms', { max: 150 }) && ok;
reportWithFloor('  beside a linear scan of the same text', r.analysis1MbMs, r.scan1MbMs, 'ms');
report('analysis of a 10 MB Chinese issue (wall, median of 3)', r.analysis10MbMs, 'ms');
reportWithFloor('  beside a linear scan of the same text', r.analysis10MbMs, r.scan10MbMs, 'ms');
ok = report('scaling 10 MB / 1 MB (wall)', r.scaling, '×', { max: 12 }) && ok;
for (const [size, wall, thread, proc] of [
  ['1 MB', r.afterGc1MbWallMs, r.afterGc1MbThreadMs, r.afterGc1MbProcessMs],
  ['10 MB', r.afterGc10MbWallMs, r.afterGc10MbThreadMs, r.afterGc10MbProcessMs],
] as const) {
  report(`${size} after a full collection: wall`, wall, 'ms');
  report(`  CPU of the analysing thread`, thread, 'ms');
  report(`  CPU of the process (with V8's compiler threads)`, proc, 'ms');
}
if (!ok) process.exitCode = 1;
