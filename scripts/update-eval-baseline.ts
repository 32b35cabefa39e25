// Write test/eval/baseline.json from the current engine's dev-set score (run after an improvement).
// Run: npx tsx scripts/update-eval-baseline.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repairIssue } from '../src/core/analysis/repair-issue';
import { toScorerJson } from '../src/core/export/scorer-json';
import { loadLexicon } from '../src/node/lexicon';

const devDir = resolve('..', 'shared', 'eval', 'dev');
const predDir = mkdtempSync(join(tmpdir(), 'galley-baseline-'));
const lexicon = await loadLexicon();
for (const name of readdirSync(devDir).filter((f) => f.endsWith('.txt'))) {
  const { doc } = repairIssue(readFileSync(join(devDir, name), 'utf8'), lexicon);
  writeFileSync(join(predDir, name.replace(/\.txt$/, '.json')), JSON.stringify(toScorerJson(doc)));
}
const run = spawnSync(process.execPath, [resolve('..', 'shared', 'eval', 'score.mjs'), '--set', devDir, '--pred', predDir, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const report = JSON.parse(run.stdout) as { byLanguage: Record<string, { metrics: Record<string, number | null> }> };
const keys = ['paragraphF1', 'b3F1', 'headline', 'order', 'junkRecall', 'falseRemoval'];
const baseline: Record<string, Record<string, number>> = {};
for (const [lang, { metrics }] of Object.entries(report.byLanguage)) {
  baseline[lang] = Object.fromEntries(keys.map((k) => [k, Math.round((metrics[k] ?? 0) * 10000) / 10000]));
}
writeFileSync(resolve('test', 'eval', 'baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
console.log(baseline);
