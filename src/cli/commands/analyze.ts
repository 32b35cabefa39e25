import { analyzeIssue } from '../../core/analysis/analyze-issue';
import { AUTO_APPLY_THRESHOLD } from '../../core/analysis/repair-issue';
import { automaticSuggestions } from '../../core/document/automatic';
import { loadLexicon } from '../../node/lexicon';
import { openIssueFile } from '../../node/open-issue';
import { oneFile, parseCommandArgs } from '../args';
import { EXIT_INPUT, EXIT_OK, type CliIo } from '../io';

/** Arguments of `galley analyze`. */
export interface AnalyzeArgs {
  readonly file: string;
  readonly json: boolean;
}

/** List every suggestion with its confidence and reason (a table, or JSON with --json). */
export async function runAnalyze(args: AnalyzeArgs, io: CliIo): Promise<number> {
  const [opened, lexicon] = await Promise.all([openIssueFile(args.file), loadLexicon()]);
  if (!opened.ok) {
    io.err(`galley: ${opened.error.message}\n`);
    return EXIT_INPUT;
  }
  const analysis = analyzeIssue(opened.value.text, lexicon);
  if (args.json) {
    const { layout, language, blocks, suggestions } = analysis;
    io.out(`${JSON.stringify({ file: opened.value.path, layout, language, blocks: blocks.length, threshold: AUTO_APPLY_THRESHOLD, suggestions }, null, 2)}\n`);
    return EXIT_OK;
  }
  const auto = automaticSuggestions(analysis.suggestions, AUTO_APPLY_THRESHOLD).length;
  io.out(`${opened.value.path}: layout ${analysis.layout}, language ${analysis.language}, ${analysis.blocks.length} blocks, ` +
    `${analysis.suggestions.length} suggestions (${auto} automatic at ≥ ${AUTO_APPLY_THRESHOLD})\n`);
  for (const s of analysis.suggestions) {
    const where = s.ranges.map((r) => `${r.start}-${r.end}`).join(',');
    io.out(`${s.id}\t${s.kind}\t${s.basis}\t${s.confidence.toFixed(3)}\t${s.command.kind}\t${where}\t${s.reason.en} / ${s.reason.zh}\n`);
  }
  return EXIT_OK;
}

/** `galley analyze <file> [--json]`. */
export async function runAnalyzeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
  return runAnalyze({ file: oneFile(positionals, 'analyze'), json: values.json === true }, io);
}
