// The dev-set quality gate: runs the engine in-process on every issue of ../shared/eval/dev, scores the
// predictions with ../shared/eval/score.mjs and fails when a metric of a language falls below the
// committed baseline (test/eval/baseline.json). Skipped, with a clear line, where ../shared/eval is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repairIssue } from '../../src/core/analysis/repair-issue';
import { toScorerJson } from '../../src/core/export/scorer-json';
import { loadLexicon } from '../../src/node/lexicon';

// The real path: the scorer runs only when its own path is the one it was started with, so a symlinked
// ../shared (a git worktree beside the checkout) would make it print nothing.
const evalDir = existsSync(resolve('..', 'shared', 'eval')) ? realpathSync(resolve('..', 'shared', 'eval')) : resolve('..', 'shared', 'eval');
const devDir = join(evalDir, 'dev');
const scorer = join(evalDir, 'score.mjs');
const available = existsSync(devDir) && existsSync(scorer);
const baseline = JSON.parse(readFileSync(resolve('test', 'eval', 'baseline.json'), 'utf8')) as Record<string, Record<string, number>>;

/** Metrics where lower is better. */
const lowerIsBetter = new Set(['falseRemoval']);
const tolerance = 0.002;

if (!available) console.log(`skipped: ${evalDir} not found (the dev-set gate needs ../shared/eval)`);

describe.skipIf(!available)('dev-set score', () => {
  const predDir = mkdtempSync(join(tmpdir(), 'galley-dev-'));
  afterAll(() => rmSync(predDir, { recursive: true, force: true }));

  it('does not fall below the committed baseline, per language', async () => {
    const lexicon = await loadLexicon();
    for (const name of readdirSync(devDir).filter((f) => f.endsWith('.txt'))) {
      const { doc } = repairIssue(readFileSync(join(devDir, name), 'utf8'), lexicon);
      writeFileSync(join(predDir, name.replace(/\.txt$/, '.json')), JSON.stringify(toScorerJson(doc)));
    }
    const run = spawnSync(process.execPath, [scorer, '--set', devDir, '--pred', predDir, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { byLanguage: Record<string, { metrics: Record<string, number | null> }> };
    const failures: string[] = [];
    for (const [lang, metrics] of Object.entries(baseline)) {
      const got = report.byLanguage[lang]?.metrics ?? {};
      for (const [metric, floor] of Object.entries(metrics)) {
        const value = got[metric] ?? 0;
        const worse = lowerIsBetter.has(metric) ? value > floor + tolerance : value < floor - tolerance;
        console.log(`${lang} ${metric}: ${value.toFixed(4)} (baseline ${floor.toFixed(4)})${worse ? '  WORSE' : ''}`);
        if (worse) failures.push(`${lang} ${metric} ${value.toFixed(4)} < baseline ${floor.toFixed(4)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
