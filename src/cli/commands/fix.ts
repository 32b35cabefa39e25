import { APPLY_MODES, applyThreshold, type ApplyMode } from '../../core/analysis/repair-issue';
import { exportIssue } from '../../core/export/export-issue';
import { exportFormats } from '../../core/export/export-format';
import { loadLexicon } from '../../node/lexicon';
import { isExportFormat, repairIssueFile, tooLargeHint, writeRepaired } from '../../node/repair-file';
import { nonEmptyPath, oneFile, parseCommandArgs, parseSize } from '../args';
import { isSameFile } from '../../node/same-file';
import { EXIT_INPUT, EXIT_OK, UsageError, type CliIo } from '../io';

/** Arguments of `galley fix`. */
export interface FixArgs {
  readonly file: string;
  readonly format: string;
  readonly out?: string;
  readonly perArticle: boolean;
  /** Which changes to apply without review (default: the confident ones). */
  readonly apply: string;
  /** Write even when --out is the input itself. */
  readonly force?: boolean;
  /** Raise the 50 MB limit for reading the issue (up to the hard limit). */
  readonly maxBytes?: number;
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
  // Checked before any work: repairing an issue over itself destroys the source (and a rerun repairs the repair).
  if (args.out !== undefined && !args.perArticle && !args.force && (await isSameFile(args.out, args.file))) {
    io.err(`galley: --out ${args.out} is the input itself; choose another path (or add --force to replace the input)\n`);
    return EXIT_INPUT;
  }
  const repaired = await repairIssueFile(args.file, loadLexicon(), applyThreshold(args.apply as ApplyMode), { maxBytes: args.maxBytes });
  if (!repaired.ok) {
    io.err(`galley: ${repaired.error.message}${tooLargeHint(repaired.error)}\n`);
    return EXIT_INPUT;
  }
  const { doc, opened, pending } = repaired.value;
  for (const warning of opened.warnings) io.err(`galley: warning: ${warning}\n`);
  if (args.out === undefined) {
    const [file] = exportIssue(doc, format, { perArticle: false, now: new Date(), pending });
    if (typeof file.data !== 'string') throw new UsageError(`format '${format}' is binary: give --out PATH`);
    io.out(file.data);
    return EXIT_OK;
  }
  const protect = args.force ? [] : [args.file];
  const written = await writeRepaired(doc, format, args.perArticle, args.perArticle ? { folder: args.out, protect } : { path: args.out, protect }, new Date(), pending);
  if (!written.ok) {
    io.err(`galley: ${written.error.message}\n`);
    return EXIT_INPUT;
  }
  if (args.perArticle) io.err(`galley: wrote ${written.value.length} files to ${args.out}\n`);
  return EXIT_OK;
}

/** `galley fix <file> [--format F] [--apply confident|all|none] [--per-article] [--out PATH] [--force] [--max-size SIZE]`. */
export async function runFixCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
    'per-article': { type: 'boolean', default: false },
    apply: { type: 'string', default: 'confident' },
    force: { type: 'boolean', default: false },
    'max-size': { type: 'string' },
  });
  const out = typeof values.out === 'string' ? nonEmptyPath(values.out, '--out') : undefined;
  const maxBytes = typeof values['max-size'] === 'string' ? parseSize(values['max-size'], '--max-size') : undefined;
  return runFix(
    {
      file: oneFile(positionals, 'fix'),
      format: String(values.format),
      out,
      perArticle: values['per-article'] === true,
      apply: String(values.apply),
      force: values.force === true,
      maxBytes,
    },
    io,
  );
}
