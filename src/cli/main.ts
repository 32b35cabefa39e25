import { oneFile, parseCommandArgs } from './args';
import { runBlocks } from './commands/blocks';
import { EXIT_OK, EXIT_USAGE, UsageError, processIo, type CliIo } from './io';

const usage = `Usage: galley <command> [options]

Commands:
  blocks <file>                         print the parsed blocks with their source ranges (JSON)
  analyze <file> [--json]               list every repair suggestion with its confidence and reason
  fix <file> [--format F] [--apply confident|all|none] [--per-article] [--out PATH]
                                        write the repaired issue (to standard output without --out)
  batch <folder|glob> --out <folder> [--format F] [--jobs N]
                                        repair many issues in parallel, with reports
  help                                  show this text

Formats: txt, md, html, docx, json (default: the scorer's JSON plus provenance), ninjs, newsml.

Options:
  -h, --help       show this text
  -v, --version    show the version

Exit codes: 0 ok, 1 input error, 2 usage error.
`;

type Runner = (args: readonly string[], io: CliIo) => Promise<number>;

const commands: Record<string, Runner> = {
  blocks: async (args, io) => runBlocks(oneFile(parseCommandArgs(args, {}).positionals, 'blocks'), io),
  analyze: async (args, io) => (await import('./commands/analyze')).runAnalyzeCommand(args, io),
  fix: async (args, io) => (await import('./commands/fix')).runFixCommand(args, io),
  batch: async (args, io) => (await import('./commands/batch')).runBatchCommand(args, io),
};

/** Run the CLI; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(usage);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    io.out('galley 0.1.0\n');
    return EXIT_OK;
  }
  const runner = commands[command];
  try {
    if (!runner) throw new UsageError(`unknown command '${command}'`);
    return await runner(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`galley: ${error.message}\nRun 'galley --help' for usage.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
