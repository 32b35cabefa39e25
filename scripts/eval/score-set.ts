// Scores in-process predictions of one evaluation set with ../shared/eval/score.mjs, per language.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IssueDocument } from '../../src/core/model';
import { toScorerJson } from '../../src/core/export/scorer-json';

const scorer = resolve('..', 'shared', 'eval', 'score.mjs');

/** The scorer's report per language, as returned by `score.mjs --json`. */
export interface ScoreReport {
  readonly byLanguage: Record<string, { readonly metrics: Record<string, number | null>; readonly defects?: Record<string, { repaired: number; total: number }> }>;
}

/** Write the predictions of a set to a temporary folder and run the scorer on them with `args`. */
function runScorer(setDir: string, predictions: ReadonlyMap<string, unknown>, args: readonly string[]): string {
  const predDir = mkdtempSync(join(tmpdir(), 'galley-eval-'));
  try {
    for (const [name, doc] of predictions) writeFileSync(join(predDir, `${name}.json`), JSON.stringify(toScorerJson(doc as IssueDocument)));
    const run = spawnSync(process.execPath, [scorer, '--set', setDir, '--pred', predDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`scorer failed on ${setDir}: ${run.stderr}`);
    return run.stdout;
  } finally {
    rmSync(predDir, { recursive: true, force: true });
  }
}

/** The SCORE line of each language of a set, prefixed with the language. */
export function scoreSet(setDir: string, predictions: ReadonlyMap<string, unknown>): string[] {
  const lines: string[] = [];
  for (const lang of ['zh', 'en']) {
    const out = runScorer(setDir, predictions, ['--lang', lang]);
    const score = out.split('\n').find((l) => l.startsWith('SCORE'));
    if (score) lines.push(`${lang}: ${score}`);
  }
  return lines;
}

/** The scorer's machine-readable report of a set. */
export function scoreSetJson(setDir: string, predictions: ReadonlyMap<string, unknown>): ScoreReport {
  return JSON.parse(runScorer(setDir, predictions, ['--json'])) as ScoreReport;
}
