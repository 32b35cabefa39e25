import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { formatExtension } from '../../core/export/export-format';
import { fail, ok, type Result } from '../../shared/result';
import { tempSuffix, writeFileAtomic } from '../atomic-write';
import { reasonOf } from '../fs-errors';
import { openFile, unlinkPath } from '../fs-layer';
import { isExportFormat } from '../repair-file';
import { isSameFile } from '../same-file';
import type { BatchJob, BatchSummary, IssueReport } from './batch-types';
import { findIssueFiles, issueRoot } from './find-issues';
import { outputsOverInputs, planOutputs, type PlannedOutput } from './plan-outputs';
import { createProgress } from './progress';
import { renderBatchSummaryHtml } from './summary-html';
import { runOnWorkers } from './worker-pool';

/** What to batch and how. */
export interface BatchOptions {
  readonly target: string;
  readonly outDir: string;
  readonly format: string;
  readonly jobs: number;
  readonly threshold: number;
  readonly write: (text: string) => void;
  readonly interactive: boolean;
  /** Write outputs even where they replace an input of the batch. */
  readonly force?: boolean;
  /** Raise the 50 MB limit for reading issues. */
  readonly maxBytes?: number;
}

/** More workers than cores only add memory and switching: each loads the whole lexicon. */
export function cappedJobs(requested: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(requested, cores));
}

/** The stored report of an earlier run, when its input is unchanged and its outputs still exist. */
async function upToDateReport(plan: PlannedOutput): Promise<IssueReport | null> {
  try {
    const stored = JSON.parse(await readFile(plan.report, 'utf8')) as IssueReport & {
      inputMtimeMs?: number;
      inputSize?: number;
    };
    const info = await stat(plan.input);
    if (!stored.ok || stored.inputMtimeMs !== info.mtimeMs || stored.inputSize !== info.size) return null;
    for (const output of stored.outputs ?? []) await stat(output);
    return { ...stored, upToDate: true };
  } catch {
    return null;
  }
}

/** Whether `name` is a temp file an atomic write left behind (`.<name>.<12 hex>.galley-tmp`). */
export function isLeftoverTemp(name: string): boolean {
  return name.startsWith('.') && name.endsWith(tempSuffix) && /\.[0-9a-f]{12}\.galley-tmp$/.test(name);
}

/** A batch killed mid-write leaves temp files beside its outputs; a rerun of the same batch removes them. */
async function removeLeftoverTemps(folders: ReadonlySet<string>): Promise<void> {
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter(isLeftoverTemp)) await unlink(join(folder, name)).catch(() => undefined);
  }
}

/** Create the output folders and prove one can be written, so a read-only disk fails now, not after the whole batch. */
async function prepareFolders(outDir: string, folders: ReadonlySet<string>): Promise<Result<void>> {
  for (const folder of folders) {
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      return fail('write-failed', `${folder}: cannot create the output folder (${reasonOf(error)})`);
    }
  }
  const probe = join(outDir, `.galley-write-check-${process.pid}${tempSuffix}`);
  try {
    const handle = await openFile(probe, 'wx');
    await handle.close();
    await unlinkPath(probe);
    return ok(undefined);
  } catch (error) {
    return fail('write-failed', `${outDir}: nothing was repaired, the output folder cannot be written (${reasonOf(error)})`);
  }
}

/** Repair every issue of a folder or glob on worker threads; a bad file is reported, never fatal. */
export async function runBatch(options: BatchOptions): Promise<Result<BatchSummary>> {
  const started = new Date();
  const found = await findIssueFiles(options.target);
  if (!found.ok) return found;
  if (found.value.length === 0) return fail('not-found', `${options.target}: no issue files (.txt) found`);
  if (!isExportFormat(options.format)) return fail('invalid-argument', `unknown format '${options.format}'`);
  const plans = planOutputs(found.value, await issueRoot(options.target), options.outDir, formatExtension(options.format));

  if (!options.force) {
    const over = outputsOverInputs(plans);
    for (const plan of plans) if (!over.some((o) => o.input === plan.input) && (await isSameFile(plan.output, plan.input))) over.push(plan);
    if (over.length > 0) {
      const first = over[0];
      const more = over.length > 1 ? ` (and ${over.length - 1} more)` : '';
      return fail('invalid-argument', `the output ${first.output} would replace the input ${first.input}${more}: choose another --out, or add --force`);
    }
  }

  const folders = new Set(plans.map((plan) => dirname(plan.output)));
  folders.add(options.outDir);
  const prepared = await prepareFolders(options.outDir, folders);
  if (!prepared.ok) return prepared;
  await removeLeftoverTemps(folders);

  const progress = createProgress(found.value.length, options.write, options.interactive);
  const reports = new Map<string, IssueReport>();
  const jobs: BatchJob[] = [];
  for (const plan of plans) {
    const previous = await upToDateReport(plan);
    if (previous) {
      reports.set(plan.input, previous);
      progress.tick(plan.input, true);
    } else {
      jobs.push({
        input: plan.input,
        outDir: dirname(plan.output),
        format: options.format,
        threshold: options.threshold,
        output: plan.output,
        report: plan.report,
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      });
    }
  }
  const workers = cappedJobs(options.jobs);
  for (const report of await runOnWorkers(jobs, workers, (report) => progress.tick(report.input, report.ok, report.error))) {
    reports.set(report.input, report);
  }
  progress.done();
  const issues = found.value.map((input) => reports.get(input) as IssueReport);
  const fresh = issues.filter((r) => !r.upToDate);
  const summary: BatchSummary = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    format: options.format,
    jobs: workers,
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
