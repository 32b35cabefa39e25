// Write test/eval/baseline.json from the current engine's scores on dev, dev-hard and real-dev (run
// after an improvement, and review the diff). Run: npx tsx scripts/update-eval-baseline.ts
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadLexicon } from '../src/node/lexicon';
import { evaluateSet } from './eval/evaluate';
import { scoreSetJson } from './eval/score-set';

const evalDir = resolve('..', 'shared', 'eval');
const keys = ['paragraphF1', 'b3F1', 'headline', 'order', 'junkRecall', 'falseRemoval'];
const lexicon = await loadLexicon();
const baseline: Record<string, Record<string, Record<string, number>>> = {};
for (const set of ['dev', 'dev-hard', 'real-dev']) {
  const results = evaluateSet(set, join(evalDir, set), lexicon);
  const report = scoreSetJson(join(evalDir, set), new Map(results.map((r) => [r.name, r.doc])));
  baseline[set] = {};
  for (const [lang, { metrics }] of Object.entries(report.byLanguage)) {
    baseline[set][lang] = Object.fromEntries(keys.map((k) => [k, Math.round((metrics[k] ?? 0) * 10000) / 10000]));
  }
}
writeFileSync(resolve('test', 'eval', 'baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
console.log(JSON.stringify(baseline));
