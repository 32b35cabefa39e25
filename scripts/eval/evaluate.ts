// Runs Galley in-process on an evaluation set and judges every suggestion against the truth: the shared
// core of `npm run eval` and the eval gate in `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueDocument } from '../../src/core/model';
import type { Lexicon } from '../../src/core/lexicon/lexicon';
import { analyzeIssue } from '../../src/core/analysis/analyze-issue';
import { AUTO_APPLY_THRESHOLD, initialDocumentFor } from '../../src/core/analysis/repair-issue';
import { calibrate, type CalibrationTable } from '../../src/core/analysis/calibration';
import { CALIBRATION } from '../../src/core/analysis/calibration-table';
import { automaticSuggestions } from '../../src/core/document/automatic';
import { applyCommands } from '../../src/core/document/apply';
import { alignTruth, type Truth } from './align-truth';
import { judgeSuggestions, type JudgedSuggestion } from './judge';

/** One issue of a set: its judged suggestions, which applied automatically, and the repaired document. */
export interface IssueResult {
  readonly set: string;
  readonly name: string;
  readonly language: string;
  readonly judged: readonly JudgedSuggestion[];
  readonly automatic: ReadonlySet<string>;
  /** Raw (uncalibrated) score per suggestion id. */
  readonly raw: ReadonlyMap<string, number>;
  readonly doc: IssueDocument;
}

/** Analyse, judge and repair (automatic changes only) every issue of the set in `dir`. */
export function evaluateSet(set: string, dir: string, lexicon: Lexicon, table: CalibrationTable = CALIBRATION): IssueResult[] {
  const results: IssueResult[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const text = readFileSync(join(dir, file), 'utf8');
    const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as Truth;
    const analysis = analyzeIssue(text, lexicon, null);
    const suggestions = calibrate(analysis.suggestions, table);
    const initial = initialDocumentFor(text, analysis);
    const alignment = alignTruth(text, analysis.blocks.map((b) => b.start), truth);
    const automatic = automaticSuggestions(suggestions, AUTO_APPLY_THRESHOLD);
    results.push({
      set,
      name,
      language: analysis.language,
      judged: judgeSuggestions(alignment, truth, initial, suggestions),
      automatic: new Set(automatic.map((s) => s.id)),
      raw: new Map(analysis.suggestions.map((s) => [s.id, s.confidence])),
      doc: applyCommands(initial, automatic.map((s) => s.command), () => false, () => {}),
    });
  }
  return results;
}

/** How the suggestions of one basis fared: applied automatically or pending, and how many were right. */
export interface BasisPrecision {
  readonly basis: string;
  readonly applied: number;
  readonly appliedRight: number;
  readonly pending: number;
  readonly pendingRight: number;
}

/** Judged suggestions (n/a left out) counted per basis, sorted by basis. */
export function precisionByBasis(results: readonly IssueResult[]): BasisPrecision[] {
  const rows = new Map<string, { applied: number; appliedRight: number; pending: number; pendingRight: number }>();
  for (const r of results) {
    for (const j of r.judged) {
      if (j.verdict === 'n/a') continue;
      const row = rows.get(j.suggestion.basis) ?? { applied: 0, appliedRight: 0, pending: 0, pendingRight: 0 };
      const right = j.verdict === 'right' ? 1 : 0;
      if (r.automatic.has(j.suggestion.id)) {
        row.applied++;
        row.appliedRight += right;
      } else {
        row.pending++;
        row.pendingRight += right;
      }
      rows.set(j.suggestion.basis, row);
    }
  }
  return [...rows].sort((a, b) => a[0].localeCompare(b[0])).map(([basis, row]) => ({ basis, ...row }));
}
