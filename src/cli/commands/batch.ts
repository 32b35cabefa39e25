import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { AUTO_APPLY_THRESHOLD } from '../../core/analysis/repair-issue';
import { exportFormats } from '../../core/export/export-format';
import { isExportFormat } from '../../node/repair-file';
import { cappedJobs, runBatch } from '../../node/batch/run-batch';
import { nonEmptyPath, parseCommandArgs, parseSize } from '../args';
import { EXIT_INPUT, EXIT_OK, UsageError, type CliIo } from '../io';

/** `galley batch <folder|glob> --out <folder> [--format F] [--jobs N] [--force] [--max-size SIZE]`: repair many issues in parallel. */
export async function runBatchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    format: { type: 'string', default: 'json' },
    jobs: { type: 'string' },
    force: { type: 'boolean', default: false },
    'max-size': { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError("'galley batch' takes one folder or glob");
  const target = nonEmptyPath(positionals[0], 'the folder or glob');
  if (typeof values.out !== 'string') throw new UsageError("'galley batch' needs --out <folder>");
  const outDir = resolve(nonEmptyPath(values.out, '--out'));
  const format = String(values.format);
  if (!isExportFormat(format)) throw new UsageError(`unknown format '${format}' (one of: ${exportFormats.join(', ')})`);
  const cores = availableParallelism();
  const requested = values.jobs === undefined ? Math.max(1, cores - 1) : Number(values.jobs);
  if (!Number.isInteger(requested) || requested < 1) throw new UsageError('--jobs takes a whole number of at least 1');
  const jobs = cappedJobs(requested, cores);
  if (jobs < requested) io.err(`galley batch: --jobs ${requested} is more than the ${cores} cores here; using ${jobs} (more workers only use more memory)\n`);
  const maxBytes = typeof values['max-size'] === 'string' ? parseSize(values['max-size'], '--max-size') : undefined;

  // Ctrl+C (or a kill) stops the batch, which resumes where it stopped next time. Ending through process.exit
  // instead of the signal's default lets exit handlers run: the temporary worker bundle is removed.
  const stop = (signal: NodeJS.Signals): void => {
    io.err('\ngalley batch: stopped. Run the same command again to go on with the issues not done yet.\n');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let result: Awaited<ReturnType<typeof runBatch>>;
  try {
    result = await runBatch({
      target,
      outDir,
      format,
      jobs,
      threshold: AUTO_APPLY_THRESHOLD,
      write: io.err,
      interactive: io.interactive,
      force: values.force === true,
      ...(maxBytes === undefined ? {} : { maxBytes }),
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  if (!result.ok) {
    io.err(`galley: ${result.error.message}\n`);
    return EXIT_INPUT;
  }
  const s = result.value;
  io.out(
    `galley batch: ${s.succeeded} repaired, ${s.failed} failed, ${s.skippedUpToDate} up to date; ` +
      `${s.megabytes.toFixed(2)} MB in ${s.seconds.toFixed(1)} s; report: ${resolve(outDir, 'batch-report.html')}\n`,
  );
  for (const issue of s.issues) if (!issue.ok) io.err(`galley: ${issue.error}\n`);
  return s.failed > 0 ? EXIT_INPUT : EXIT_OK;
}
