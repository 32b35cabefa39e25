import { APPLY_MODES, applyThreshold, type ApplyMode } from '../../core/analysis/repair-issue';
import { exportIssue } from '../../core/export/export-issue';
import { exportFormats } from '../../core/export/export-format';
import { loadLexicon } from '../../node/lexicon';
import { isExportFormat, repairIssueFile, writeRepaired } from '../../node/repair-file';
import { oneFile, parseCommandArgs } from '../args';
import { EXIT_INPUT, EXIT_OK, UsageError, type CliIo } from '../io';

/** Arguments of `galley fix`. */
export interface FixArgs {
  readonly file: string;
  readonly format: string;
  readonly out?: string;
  readonly perArticle: boolean;
  /** Which changes to apply without review (default: the confident ones). */
  readonly apply: string;
}

/**
 * Repair one issue and write it: to --out (a file, or a folder with --per-article), or to standard
 * output for a text format. By default only the changes the app applies on open (measured at least 99 %
 * precise) are made; `--apply all` makes every suggestion, `--apply none` none. Galley JSON lists what
 * was not applied, with its confidence.
 */
export async function runFix(args: FixArgs, io: CliIo): Promise<number> {
  const format = args.format;
  if (!isExportFormat(format)) throw new UsageError(`unknown format '${format}' (one of: ${exportFormats.join(', ')})`);
  if (args.perArticle && args.out === undefined) throw new UsageError('--per-article needs --out <folder>');
  if (!(APPLY_MODES as readonly string[]).includes(args.apply)) throw new UsageError(`unknown --apply '${args.apply}' (one of: ${APPLY_MODES.join(', ')})`);
  const repaired = await repairIssueFile(args.file, loadLexicon(), applyThreshold(args.apply as ApplyMode));
  if (!repaired.ok) {
    io.err(`galley: ${repaired.error.message}\n`);
    return EXIT_INPUT;
  }
  const { doc, pending } = repaired.value;
  if (args.out === undefined) {
    const [file] = exportIssue(doc, format, { perArticle: false, now: new Date(), pending });
    if (typeof file.data !== 'string') throw new UsageError(`format '${format}' is binary: give --out PATH`);
    io.out(file.data);
    return EXIT_OK;
  }
  const written = await writeRepaired(doc, format, args.perArticle, args.perArticle ? { folder: args.out } : { path: args.out }, new Date(), pending);
  if (!written.ok) {
    io.err(`galley: ${written.error.message}\n`);
    return EXIT_INPUT;
  }
  if (args.perArticle) io.err(`galley: wrote ${written.value.length} files to ${args.out}\n`);
  return EXIT_OK;
}

/** `galley fix <file> [--format F] [--apply confident|all|none] [--per-article] [--out PATH]`. */
export async function runFixCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
    'per-article': { type: 'boolean', default: false },
    apply: { type: 'string', default: 'confident' },
  });
  const out = typeof values.out === 'string' ? values.out : undefined;
  return runFix({ file: oneFile(positionals, 'fix'), format: String(values.format), out, perArticle: values['per-article'] === true, apply: String(values.apply) }, io);
}
