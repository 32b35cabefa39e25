// Analysis speed: lexicon load, analysis of a 1 MB and a 10 MB Chinese issue (medians), and the scaling
// ratio (goal: ≤ 300 ms, ≤ 150 ms, 10 MB ≤ 12 × 1 MB). The big issues are built at bench time from the
// dev issues in ../shared/eval/dev (or the bundled sample where that is absent): copies after the first
// have their ideographs shifted, so every block is new text and duplicate detection does not shortcut.
// Only blank-line issues (layout A, like the real sample) are used: one issue has one layout.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeIssue } from '../src/core/analysis/analyze-issue';
import { parseIssue } from '../src/core/parse/parse-issue';
import { loadLexicon } from '../src/node/lexicon';
import { median, report, time } from './timing';

/** Chinese issue text of about `chars` characters. */
function buildIssue(chars: number): string {
  const dev = resolve('..', 'shared', 'eval', 'dev');
  const sources = existsSync(dev)
    ? readdirSync(dev).filter((f) => f.startsWith('zh-') && f.endsWith('.txt')).sort().map((f) => readFileSync(join(dev, f), 'utf8')).filter((t) => parseIssue(t).layout === 'blank-line-blocks')
    : [readFileSync(resolve('resources', 'samples', 'shuozhou-daily-2023-05-27.txt'), 'utf8')];
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < chars; copy++) {
    for (const text of sources) {
      const shifted = copy === 0 ? text : text.replace(/[\u4e00-\u9fa5]/g, (c) => String.fromCharCode(0x4e00 + ((c.charCodeAt(0) - 0x4e00 + copy * 37) % 0x51a6)));
      parts.push(shifted);
      size += shifted.length + 2;
      if (size >= chars) break;
    }
  }
  return parts.join('\n\n').slice(0, chars);
}

/** Process CPU time (user + system, ms) of `runs` calls after `warmup` calls. */
function cpuTimes(fn: () => unknown, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    out.push((used.user + used.system) / 1000);
  }
  return out;
}

/**
 * Run the analysis benchmarks; returns medians (ms) and the 10 MB / 1 MB ratio. Wall time and CPU time
 * are both measured: on a shared machine wall time includes waiting for a core, so the goals are checked
 * on CPU time (on an idle machine the two agree).
 */
export async function benchAnalysis(): Promise<Record<string, number>> {
  const load = median(await time(() => loadLexicon(), 5, 1));
  const lexicon = await loadLexicon();
  const oneMb = buildIssue(1_000_000);
  const tenMb = buildIssue(10_000_000);
  const oneWall = median(await time(() => analyzeIssue(oneMb, lexicon), 7, 3));
  const oneCpu = median(cpuTimes(() => analyzeIssue(oneMb, lexicon), 7, 0));
  const tenWall = median(await time(() => analyzeIssue(tenMb, lexicon), 3, 1));
  const tenCpu = median(cpuTimes(() => analyzeIssue(tenMb, lexicon), 3, 0));
  return { lexiconLoadMs: load, analysis1MbWallMs: oneWall, analysis1MbCpuMs: oneCpu, analysis10MbWallMs: tenWall, analysis10MbCpuMs: tenCpu, scaling: tenCpu / oneCpu };
}

const r = await benchAnalysis();
let ok = report('lexicon load (wall, median of 5)', r.lexiconLoadMs, 'ms', { max: 300 });
report('analysis of a 1 MB Chinese issue (wall, median of 7)', r.analysis1MbWallMs, 'ms');
ok = report('analysis of a 1 MB Chinese issue (CPU, median of 7)', r.analysis1MbCpuMs, 'ms', { max: 150 }) && ok;
report('analysis of a 10 MB Chinese issue (wall, median of 3)', r.analysis10MbWallMs, 'ms');
report('analysis of a 10 MB Chinese issue (CPU, median of 3)', r.analysis10MbCpuMs, 'ms');
ok = report('scaling 10 MB / 1 MB (CPU)', r.scaling, '×', { max: 12 }) && ok;
if (!ok) process.exitCode = 1;
