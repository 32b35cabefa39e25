import { basename, extname, join } from 'node:path';
import { formatExtension } from '../../core/export/export-format';
import type { Lexicon } from '../../core/lexicon/lexicon';
import { writeFileAtomic } from '../atomic-write';
import { isExportFormat, outputPathFor, repairIssueFile, tooLargeHint, writeRepaired } from '../repair-file';
import type { BatchJob, IssueReport } from './batch-types';

/** Where a batch writes an issue's per-issue report. */
export function reportPath(outDir: string, input: string): string {
  return join(outDir, `${basename(input, extname(input))}.report.json`);
}

/** Repair one issue file with the (loading) lexicon, write its export and its report; never throws. */
export async function processIssueJob(job: BatchJob, lexicon: Lexicon | Promise<Lexicon>): Promise<IssueReport> {
  const started = performance.now();
  const fail = (error: string): IssueReport => ({ input: job.input, ok: false, error });
  try {
    if (!isExportFormat(job.format)) return fail(`unknown format '${job.format}'`);
    const repaired = await repairIssueFile(job.input, lexicon, job.threshold, { maxBytes: job.maxBytes });
    if (!repaired.ok) return fail(`${repaired.error.message}${tooLargeHint(repaired.error)}`);
    const { opened, analysis, doc, automatic } = repaired.value;
    const output = job.output ?? outputPathFor(job.input, job.outDir, formatExtension(job.format));
    const written = await writeRepaired(doc, job.format, false, { path: output });
    if (!written.ok) return fail(written.error.message);
    const report: IssueReport = {
      input: job.input,
      ok: true,
      encoding: opened.encoding,
      bytes: opened.size,
      articles: doc.articles.length,
      automaticFixes: automatic,
      pendingSuggestions: analysis.suggestions.length - automatic,
      warnings: opened.warnings,
      outputs: [output],
      milliseconds: Math.round(performance.now() - started),
    };
    const stored = { ...report, inputMtimeMs: opened.mtimeMs, inputSize: opened.size };
    const saved = await writeFileAtomic(job.report ?? reportPath(job.outDir, job.input), `${JSON.stringify(stored, null, 2)}\n`);
    return saved.ok ? report : fail(saved.error.message);
  } catch (error) {
    return fail(`${basename(job.input)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
