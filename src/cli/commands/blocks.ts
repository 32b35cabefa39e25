import { parseIssue } from '../../core';
import { openIssueFile } from '../../node/open-issue';
import { EXIT_INPUT, EXIT_OK, type CliIo } from '../io';

/** `galley blocks <file>`: the parsed blocks with their source ranges, as JSON. */
export async function runBlocks(file: string, io: CliIo): Promise<number> {
  const opened = await openIssueFile(file);
  if (!opened.ok) {
    io.err(`galley: ${opened.error.message}\n`);
    return EXIT_INPUT;
  }
  const { layout, blocks } = parseIssue(opened.value.text);
  io.out(`${JSON.stringify({ file: opened.value.path, encoding: opened.value.encoding, layout, blocks }, null, 2)}\n`);
  return EXIT_OK;
}
