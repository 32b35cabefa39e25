import { basename, extname, join } from 'node:path';
import { repairIssue } from '../../core/analysis/repair-issue';
import { toScorerJson } from '../../core/export/scorer-json';
import type { Lexicon } from '../../core/lexicon/lexicon';
import { writeFileAtomic } from '../atomic-write';
import { loadLexicon } from '../lexicon';
import { openIssueFile } from '../open-issue';
import type { BatchJob, IssueReport } from './batch-types';

let lexicon: Promise<Lexicon> | null = null;

/** Where a batch writes an issue's per-issue report. */
export function reportPath(outDir: string, input: string): string {
  return join(outDir, `${basename(input, extname(input))}.report.json`);
}

/** Repair one issue file, write its export and its report; never throws. */
export async function processIssueJob(job: BatchJob): Promise<IssueReport> {
  const started = performance.now();
  const fail = (error: string): IssueReport => ({ input: job.input, ok: false, error });
  try {
    lexicon ??= loadLexicon();
    const opened = await openIssueFile(job.input);
    if (!opened.ok) return fail(opened.error.message);
    const { analysis, doc } = repairIssue(opened.value.text, await lexicon, job.threshold);
    const automatic = analysis.suggestions.filter((s) => s.confidence >= job.threshold).length;
    const output = join(job.outDir, `${basename(job.input, extname(job.input))}.json`);
    const written = await writeFileAtomic(output, `${JSON.stringify(toScorerJson(doc), null, 2)}\n`);
    if (!written.ok) return fail(written.error.message);
    const report: IssueReport = {
      input: job.input,
      ok: true,
      encoding: opened.value.encoding,
      bytes: opened.value.size,
      articles: doc.articles.length,
      automaticFixes: automatic,
      pendingSuggestions: analysis.suggestions.length - automatic,
      warnings: opened.value.warnings,
      outputs: [output],
      milliseconds: Math.round(performance.now() - started),
    };
    const saved = await writeFileAtomic(reportPath(job.outDir, job.input), `${JSON.stringify({ ...report, inputMtimeMs: opened.value.mtimeMs, inputSize: opened.value.size }, null, 2)}\n`);
    return saved.ok ? report : fail(saved.error.message);
  } catch (error) {
    return fail(`${basename(job.input)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
