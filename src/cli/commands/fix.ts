import { repairIssue } from '../../core/analysis/repair-issue';
import { exportIssue } from '../../core/export/export-issue';
import { exportFormats, type ExportFormat } from '../../core/export/export-format';
import { toScorerJson } from '../../core/export/scorer-json';
import { writeFileAtomic } from '../../node/atomic-write';
import { loadLexicon } from '../../node/lexicon';
import { openIssueFile } from '../../node/open-issue';
import { oneFile, parseCommandArgs } from '../args';
import { EXIT_INPUT, EXIT_OK, UsageError, type CliIo } from '../io';

/** Arguments of `galley fix`. */
export interface FixArgs {
  readonly file: string;
  readonly format: string;
  readonly out?: string;
}

/** The repaired issue in a format; `json` is the scorer's JSON (articles + removed) with extra fields. */
function render(text: string, format: ExportFormat, doc: ReturnType<typeof repairIssue>['doc']): string | Uint8Array {
  if (format === 'json') return `${JSON.stringify(toScorerJson(doc), null, 2)}\n`;
  void text;
  return exportIssue(doc, format, { perArticle: false, now: new Date() })[0]?.data ?? '';
}

/** Repair one issue with the app's automatic threshold and write it (to --out, or standard output). */
export async function runFix(args: FixArgs, io: CliIo): Promise<number> {
  if (!(exportFormats as readonly string[]).includes(args.format)) {
    throw new UsageError(`unknown format '${args.format}' (one of: ${exportFormats.join(', ')})`);
  }
  const format = args.format as ExportFormat;
  const [opened, lexicon] = await Promise.all([openIssueFile(args.file), loadLexicon()]);
  if (!opened.ok) {
    io.err(`galley: ${opened.error.message}\n`);
    return EXIT_INPUT;
  }
  const { doc } = repairIssue(opened.value.text, lexicon);
  const data = render(opened.value.text, format, doc);
  if (args.out === undefined) {
    if (typeof data !== 'string') throw new UsageError(`format '${format}' is binary: give --out PATH`);
    io.out(data);
    return EXIT_OK;
  }
  const written = await writeFileAtomic(args.out, data);
  if (!written.ok) {
    io.err(`galley: ${args.out}: ${written.error.message}\n`);
    return EXIT_INPUT;
  }
  return EXIT_OK;
}

/** `galley fix <file> [--format F] [--out PATH]`. */
export async function runFixCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
  });
  const out = typeof values.out === 'string' ? values.out : undefined;
  return runFix({ file: oneFile(positionals, 'fix'), format: String(values.format), out }, io);
}
