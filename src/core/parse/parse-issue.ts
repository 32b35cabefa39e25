import type { Block, LayoutKind } from '../model';

/** The blocks of an issue and the layout they were read with. */
export interface ParsedIssue {
  readonly layout: LayoutKind;
  readonly blocks: readonly Block[];
}

/** Split issue text into blocks separated by blank lines; every block keeps its source range. */
export function parseIssue(text: string): ParsedIssue {
  const blocks: Block[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let blockStart = -1;
  let blockEnd = -1;
  const flush = (): void => {
    if (blockStart < 0) return;
    const raw = text.slice(blockStart, blockEnd);
    blocks.push({ index: blocks.length, start: blockStart, end: blockEnd, text: raw.replace(/\r\n|\r|\n/g, '') });
    blockStart = -1;
  };
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      flush();
    } else {
      const lead = line.length - line.trimStart().length;
      const trail = line.length - line.trimEnd().length;
      if (blockStart < 0) blockStart = lineStart + lead;
      blockEnd = lineEnd - trail;
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  flush();
  return { layout: 'blank-line-blocks', blocks };
}
