// `npm run eval`: runs Galley in-process on every evaluation set, scores the repaired issues with the
// scorer, and judges every suggestion (applied automatically or left pending) against the truth.
// Prints, per set: the scorer's SCORE lines, precision per basis, a calibration table and the review cost.
//
//   npm run eval                          all sets (dev, dev-hard, real-dev)
//   npm run eval -- --sets real-dev       some sets
//   npm run eval -- --wrong join:overlap  also list the wrong suggestions of a basis (prefix match)
//   npm run eval -- --extra /tmp/fx       also judge a folder of fixtures in the scorer's format
//   npm run eval -- --write-calibration   refit src/core/analysis/calibration-table.ts from raw scores
//
// The committed calibration is fitted on the three sets plus fixtures built from the corpus outside the
// repository (see docs/quality.md for the exact commands), so that rules for PDF and OCR pages, which
// the seven real pages alone cannot measure to 99 %, are measured on enough cases.
import { writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon } from '../../src/node/lexicon';
import { fitCalibration, type Sample } from './fit-calibration';
import { scoreSet } from './score-set';
import { evaluateSet, precisionByBasis, type IssueResult } from './evaluate';

const ALL_SETS = ['dev', 'dev-hard', 'real-dev'];
const evalDir = resolve('..', 'shared', 'eval');

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: ALL_SETS.join(',') },
    wrong: { type: 'string' },
    extra: { type: 'string', default: '' },
    'write-calibration': { type: 'boolean', default: false },
  },
});

const lexicon = await loadLexicon();
/** Set name → folder: the named evaluation sets, then any extra fixture folders (named by their path). */
const folders = new Map<string, string>([
  ...values.sets.split(',').filter((s) => s !== '').map((set): [string, string] => [set, join(evalDir, set)]),
  ...values.extra.split(',').filter((d) => d !== '').map((dir): [string, string] => [resolve(dir), resolve(dir)]),
]);
const sets = [...folders.keys()];
const results: IssueResult[] = sets.flatMap((set) => evaluateSet(set, folders.get(set) as string, lexicon));

const pct = (a: number, b: number): string => (b === 0 ? '    -' : (a / b).toFixed(3));
const pad = (s: string | number, n: number): string => String(s).padStart(n);

for (const set of sets) {
  console.log(`\n## ${set}`);
  const mine = results.filter((r) => r.set === set);
  for (const line of scoreSet(folders.get(set) as string, new Map(mine.map((r) => [r.name, r.doc])))) console.log(line);
  printPrecision(mine);
  printCalibration(mine);
  printReviewCost(mine);
}
if (sets.length > 1) {
  console.log('\n## all sets');
  printPrecision(results);
}
if (values.wrong !== undefined) printWrong(results, values.wrong);
if (values['write-calibration']) writeCalibration(results);

function printPrecision(rs: readonly IssueResult[]): void {
  console.log(`\n${'basis'.padEnd(34)} ${pad('applied', 8)} ${pad('right', 6)} ${pad('prec', 6)} ${pad('pending', 8)} ${pad('right', 6)} ${pad('share', 6)}`);
  for (const row of precisionByBasis(rs)) {
    const { basis } = row;
    const flag = row.applied > 0 && row.appliedRight / row.applied < 0.99 ? '  < 0.99' : '';
    console.log(`${basis.padEnd(34)} ${pad(row.applied, 8)} ${pad(row.appliedRight, 6)} ${pad(pct(row.appliedRight, row.applied), 6)} ${pad(row.pending, 8)} ${pad(row.pendingRight, 6)} ${pad(pct(row.pendingRight, row.pending), 6)}${flag}`);
  }
}

function printCalibration(rs: readonly IssueResult[]): void {
  const edges = [0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.01];
  const bins = edges.map(() => ({ n: 0, right: 0 }));
  for (const r of rs) {
    for (const j of r.judged) {
      if (j.verdict === 'n/a') continue;
      const b = edges.findIndex((e) => j.suggestion.confidence < e);
      bins[b].n++;
      if (j.verdict === 'right') bins[b].right++;
    }
  }
  console.log('\nconfidence       n   right share');
  let from = 0;
  bins.forEach((bin, i) => {
    const label = `[${from.toFixed(2)}, ${Math.min(edges[i], 1).toFixed(2)}${edges[i] > 1 ? ']' : ')'}`;
    console.log(`${label.padEnd(13)} ${pad(bin.n, 5)} ${pad(bin.right, 7)} ${pad(pct(bin.right, bin.n), 5)}`);
    from = edges[i];
  });
}

function printReviewCost(rs: readonly IssueResult[]): void {
  let pending = 0;
  let pendingRight = 0;
  for (const r of rs) {
    for (const j of r.judged) {
      if (r.automatic.has(j.suggestion.id)) continue;
      pending++;
      if (j.verdict === 'right') pendingRight++;
    }
  }
  const issues = rs.length || 1;
  console.log(`\nreview: ${(pending / issues).toFixed(1)} pending suggestions per issue, ${(pendingRight / issues).toFixed(1)} of them right (${pct(pendingRight, pending)})`);
}

function printWrong(rs: readonly IssueResult[], prefix: string): void {
  console.log(`\n## wrong suggestions of ${prefix}*`);
  for (const r of rs) {
    for (const j of r.judged) {
      if (j.verdict !== 'wrong' || !j.suggestion.basis.startsWith(prefix)) continue;
      const auto = r.automatic.has(j.suggestion.id) ? 'AUTO' : 'pending';
      console.log(`${r.set}/${r.name} ${j.suggestion.id} ${j.suggestion.basis} ${auto} raw=${(r.raw.get(j.suggestion.id) ?? 0).toFixed(2)}: ${j.why}`);
    }
  }
}

function writeCalibration(rs: readonly IssueResult[]): void {
  const samples: Sample[] = [];
  for (const r of rs) {
    for (const j of r.judged) {
      if (j.verdict === 'n/a') continue;
      samples.push({ basis: j.suggestion.basis, raw: r.raw.get(j.suggestion.id) ?? 0, right: j.verdict === 'right', set: r.set });
    }
  }
  const table = fitCalibration(samples);
  const rows = Object.entries(table).map(([basis, bins]) => `  '${basis}': [${bins.map((b) => `{ upTo: ${b.upTo}, p: ${b.p} }`).join(', ')}],`);
  const body = `{\n${rows.join('\n')}\n}`;
  const file = resolve('src', 'core', 'analysis', 'calibration-table.ts');
  writeFileSync(
    file,
    `// Generated by \`npm run calibrate\` from ${sets.map((s) => basename(s)).join(', ')}: do not edit by hand.\n` +
      "import type { CalibrationTable } from './calibration';\n\n" +
      '/** Measured precision per basis and raw-score bin over the evaluation sets (see docs/quality.md). */\n' +
      `export const CALIBRATION: CalibrationTable = ${body};\n`,
  );
  console.log(`\nwrote ${file} (${Object.keys(table).length} bases from ${samples.length} judged suggestions)`);
}
