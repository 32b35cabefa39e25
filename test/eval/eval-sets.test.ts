// The quality gate: runs the engine in-process on every issue of ../shared/eval's dev, dev-hard and
// real-dev sets, scores the repaired issues (automatic changes only, as the app and `galley fix` make
// them) and fails when a metric of a set and language falls below the committed baseline
// (test/eval/baseline.json), or when an automatic change is measured less than 99 % precise.
// Skipped, with a clear line, where ../shared/eval is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/core/lexicon/lexicon';
import { loadLexicon } from '../../src/node/lexicon';
import { evaluateSet, precisionByBasis, type IssueResult } from '../../scripts/eval/evaluate';
import { scoreSetJson } from '../../scripts/eval/score-set';

const evalDir = resolve('..', 'shared', 'eval');
const SETS = ['dev', 'dev-hard', 'real-dev'] as const;
const available = SETS.every((set) => existsSync(join(evalDir, set))) && existsSync(join(evalDir, 'score.mjs'));
const baseline = JSON.parse(readFileSync(resolve('test', 'eval', 'baseline.json'), 'utf8')) as Record<string, Record<string, Record<string, number>>>;

/** Metrics where lower is better. */
const lowerIsBetter = new Set(['falseRemoval']);
const TOLERANCE = 0.002;
/** An automatic change must be at least this precise on every set... */
const MIN_PRECISION = 0.99;
/** ...judged per set where it applied this often, and over all sets together otherwise. */
const MIN_APPLIED_PER_SET = 20;

if (!available) console.log(`skipped: ${evalDir} with dev, dev-hard, real-dev and score.mjs not found (the eval gate needs ../shared/eval)`);

describe.skipIf(!available)('evaluation sets', () => {
  let lexicon: Lexicon;
  const results = new Map<string, IssueResult[]>();
  beforeAll(async () => {
    lexicon = await loadLexicon();
  });

  describe.each(SETS)('%s', (set) => {
    it('scores no lower than the committed baseline, per language', () => {
      const mine = evaluateSet(set, join(evalDir, set), lexicon);
      results.set(set, mine);
      const report = scoreSetJson(join(evalDir, set), new Map(mine.map((r) => [r.name, r.doc])));
      const failures: string[] = [];
      for (const [lang, metrics] of Object.entries(baseline[set] ?? {})) {
        const got = report.byLanguage[lang]?.metrics ?? {};
        for (const [metric, floor] of Object.entries(metrics)) {
          const value = got[metric] ?? 0;
          const worse = lowerIsBetter.has(metric) ? value > floor + TOLERANCE : value < floor - TOLERANCE;
          console.log(`${set} ${lang} ${metric}: ${value.toFixed(4)} (baseline ${floor.toFixed(4)})${worse ? '  WORSE' : ''}`);
          if (worse) failures.push(`${set} ${lang} ${metric} ${value.toFixed(4)} vs baseline ${floor.toFixed(4)}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it('applies automatically only what is at least 99 % precise here', () => {
      const mine = results.get(set) ?? evaluateSet(set, join(evalDir, set), lexicon);
      const imprecise = precisionByBasis(mine)
        .filter((row) => row.applied >= MIN_APPLIED_PER_SET && row.appliedRight / row.applied < MIN_PRECISION)
        .map((row) => `${row.basis}: ${row.appliedRight}/${row.applied}`);
      expect(imprecise).toEqual([]);
    });
  });

  it('applies automatically only what is at least 99 % precise over all sets', () => {
    const all = SETS.flatMap((set) => results.get(set) ?? evaluateSet(set, join(evalDir, set), lexicon));
    const imprecise = precisionByBasis(all)
      .filter((row) => row.applied > 0 && row.appliedRight / row.applied < MIN_PRECISION)
      .map((row) => `${row.basis}: ${row.appliedRight}/${row.applied}`);
    expect(imprecise).toEqual([]);
  });
});
