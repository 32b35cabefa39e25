// `galley fix` as a user runs it (`node bin/galley.mjs`, the package's bin), Node start-up and lexicon
// load included: on the bundled sample, beside its floor `node -e 0` timed in the same rounds (goal
// ≤ 400 ms wall and ≤ 4 × the floor), and on 1 MB and 10 MB issues built from the dev set, each of those
// also with V8's --max-semi-space-size=64 (a larger young generation) for comparison. CPU is the
// child's user + system time (read from /proc on Linux; not shown elsewhere). The first round builds
// the CLI's bundle if it is missing or stale, and is not counted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildIssue } from './build-issue';
import { median, report, reportWithFloor } from './timing';

const dir = mkdtempSync(join(tmpdir(), 'galley-bench-cli-'));
const sample = resolve('resources/samples/shuozhou-daily-2023-05-27.txt');

/** CPU seconds used so far by this process's finished children, or NaN where /proc is missing. */
function childrenCpu(): number {
  if (!existsSync('/proc/self/stat')) return Number.NaN;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat (cutime, cstime), in clock ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * Run `galley fix` on `file` with each NODE_OPTIONS value in turn, `runs` rounds after one warm-up round;
 * median wall (ms) and CPU (s) per value.
 */
function timeFix(file: string, runs: number, variants: readonly string[] = ['']): Array<{ wall: number; cpu: number }> {
  const walls = variants.map((): number[] => []);
  const cpus = variants.map((): number[] => []);
  for (let round = 0; round <= runs; round++) {
    variants.forEach((nodeOptions, v) => {
      const cpuBefore = childrenCpu();
      const started = performance.now();
      // `null` file: the floor, a Node process that does nothing (`node -e 0`).
      const args = file === '' ? ['-e', '0'] : ['bin/galley.mjs', 'fix', file, '--format', 'json', '--out', join(dir, 'out.json')];
      const result = spawnSync(process.execPath, args, { env: { ...process.env, NODE_OPTIONS: nodeOptions } });
      if (result.status !== 0) throw new Error(`galley fix failed: ${result.stderr}`);
      if (round === 0) return;
      walls[v].push(performance.now() - started);
      cpus[v].push(childrenCpu() - cpuBefore);
    });
  }
  return variants.map((_, v) => ({ wall: median(walls[v]), cpu: median(cpus[v]) }));
}

// The command and its floor take turns, so both see the same load.
const smalls: number[] = [];
const floors: number[] = [];
const smallCpus: number[] = [];
for (let round = 0; round < 9; round++) {
  const [fix] = timeFix(sample, 1);
  const [floor] = timeFix('', 1);
  smalls.push(fix.wall);
  smallCpus.push(fix.cpu);
  floors.push(floor.wall);
}
let ok = report('galley fix sample (wall, median of 9)', median(smalls), 'ms', { max: 400 });
ok = reportWithFloor('  beside `node -e 0` in the same rounds', median(smalls), median(floors), 'ms', { maxRatio: 4 }) && ok;
report('  CPU', median(smallCpus), 's');
if (!ok) process.exitCode = 1;
for (const [mb, runs] of [[1, 5], [10, 3]] as const) {
  const file = join(dir, `issue-${mb}mb.txt`);
  writeFileSync(file, buildIssue(Math.round((mb * 2 ** 20) / 2.9)));
  const [plain, semi] = timeFix(file, runs, ['', '--max-semi-space-size=64']);
  report(`galley fix ${mb} MB issue (wall, median of ${runs})`, plain.wall, 'ms');
  report('  CPU', plain.cpu, 's');
  report(`  with --max-semi-space-size=64 (wall)`, semi.wall, 'ms');
  report('  with --max-semi-space-size=64 (CPU)', semi.cpu, 's');
}
rmSync(dir, { recursive: true, force: true });
