import { mkdir, readFile, stat } from 'node:fs/promises';
import { fail, ok, type Result } from '../../shared/result';
import { writeFileAtomic } from '../atomic-write';
import type { BatchJob, BatchSummary, IssueReport } from './batch-types';
import { findIssueFiles } from './find-issues';
import { reportPath } from './process-issue';
import { createProgress } from './progress';
import { renderBatchSummaryHtml } from './summary-html';
import { runOnWorkers } from './worker-pool';
import { join } from 'node:path';

/** What to batch and how. */
export interface BatchOptions {
  readonly target: string;
  readonly outDir: string;
  readonly format: string;
  readonly jobs: number;
  readonly threshold: number;
  readonly write: (text: string) => void;
  readonly interactive: boolean;
}

/** The stored report of an earlier run, when its input is unchanged and its outputs still exist. */
async function upToDateReport(input: string, outDir: string): Promise<IssueReport | null> {
  try {
    const stored = JSON.parse(await readFile(reportPath(outDir, input), 'utf8')) as IssueReport & {
      inputMtimeMs?: number;
      inputSize?: number;
    };
    const info = await stat(input);
    if (!stored.ok || stored.inputMtimeMs !== info.mtimeMs || stored.inputSize !== info.size) return null;
    for (const output of stored.outputs ?? []) await stat(output);
    return { ...stored, upToDate: true };
  } catch {
    return null;
  }
}

/** Repair every issue of a folder or glob on worker threads; a bad file is reported, never fatal. */
export async function runBatch(options: BatchOptions): Promise<Result<BatchSummary>> {
  const started = new Date();
  const found = await findIssueFiles(options.target);
  if (!found.ok) return found;
  if (found.value.length === 0) return fail('not-found', `${options.target}: no issue files (.txt) found`);
  try {
    await mkdir(options.outDir, { recursive: true });
  } catch {
    return fail('write-failed', `${options.outDir}: cannot create the output folder`);
  }
  const progress = createProgress(found.value.length, options.write, options.interactive);
  const reports = new Map<string, IssueReport>();
  const jobs: BatchJob[] = [];
  for (const input of found.value) {
    const previous = await upToDateReport(input, options.outDir);
    if (previous) {
      reports.set(input, previous);
      progress.tick(input, true);
    } else jobs.push({ input, outDir: options.outDir, format: options.format, threshold: options.threshold });
  }
  for (const report of await runOnWorkers(jobs, options.jobs, (report) => progress.tick(report.input, report.ok))) {
    reports.set(report.input, report);
  }
  progress.done();
  const issues = found.value.map((input) => reports.get(input) as IssueReport);
  const fresh = issues.filter((r) => !r.upToDate);
  const summary: BatchSummary = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    format: options.format,
    jobs: options.jobs,
    total: issues.length,
    succeeded: fresh.filter((r) => r.ok).length,
    failed: issues.filter((r) => !r.ok).length,
    skippedUpToDate: issues.length - fresh.length,
    megabytes: fresh.reduce((sum, r) => sum + (r.bytes ?? 0), 0) / 2 ** 20,
    seconds: (Date.now() - started.getTime()) / 1000,
    issues,
  };
  const json = await writeFileAtomic(join(options.outDir, 'batch-report.json'), `${JSON.stringify(summary, null, 2)}\n`);
  if (!json.ok) return json;
  const html = await writeFileAtomic(join(options.outDir, 'batch-report.html'), renderBatchSummaryHtml(summary, options.outDir));
  if (!html.ok) return html;
  return ok(summary);
}
