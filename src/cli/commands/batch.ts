import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { AUTO_APPLY_THRESHOLD } from '../../core/analysis/repair-issue';
import { exportFormats } from '../../core/export/export-format';
import { isExportFormat } from '../../node/repair-file';
import { runBatch } from '../../node/batch/run-batch';
import { parseCommandArgs } from '../args';
import { EXIT_INPUT, EXIT_OK, UsageError, type CliIo } from '../io';

/** `galley batch <folder|glob> --out <folder> [--format F] [--jobs N]`: repair many issues in parallel. */
export async function runBatchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    format: { type: 'string', default: 'json' },
    jobs: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError("'galley batch' takes one folder or glob");
  if (typeof values.out !== 'string') throw new UsageError("'galley batch' needs --out <folder>");
  const format = String(values.format);
  if (!isExportFormat(format)) throw new UsageError(`unknown format '${format}' (one of: ${exportFormats.join(', ')})`);
  const jobs = values.jobs === undefined ? Math.max(1, availableParallelism() - 1) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs takes a whole number of at least 1');

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
      target: positionals[0],
      outDir: resolve(values.out),
      format,
      jobs,
      threshold: AUTO_APPLY_THRESHOLD,
      write: io.err,
      interactive: io.interactive,
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
      `${s.megabytes.toFixed(2)} MB in ${s.seconds.toFixed(1)} s; report: ${resolve(values.out, 'batch-report.html')}\n`,
  );
  for (const issue of s.issues) if (!issue.ok) io.err(`galley: ${issue.error}\n`);
  return s.failed > 0 ? EXIT_INPUT : EXIT_OK;
}
