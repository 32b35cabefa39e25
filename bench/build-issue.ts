// Big issues for benchmarks, built at bench time from the dev issues in ../shared/eval/dev (or the
// bundled sample where that is absent). Copies after the first have their ideographs shifted, so every
// block is new text and duplicate detection does not shortcut.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseIssue } from '../src/core/parse/parse-issue';

/** Which dev issues to use, by file name and text. */
export type IssueFilter = (name: string, text: string) => boolean;

/** Chinese blank-line issues (layout A, like the real sample): one issue has one layout. */
export const chineseBlankLine: IssueFilter = (name, text) => name.startsWith('zh-') && parseIssue(text).layout === 'blank-line-blocks';

/** Issue text of about `chars` characters made of the dev issues `use` picks. */
export function buildIssue(chars: number, use: IssueFilter = chineseBlankLine): string {
  const dev = resolve('..', 'shared', 'eval', 'dev');
  const sources = existsSync(dev)
    ? readdirSync(dev)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => [f, readFileSync(join(dev, f), 'utf8')] as const)
        .filter(([f, t]) => use(f, t))
        .map(([, t]) => t)
    : [readFileSync(resolve('resources', 'samples', 'shuozhou-daily-2023-05-27.txt'), 'utf8')];
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < chars; copy++) {
    for (const text of sources) {
      const shifted = copy === 0 ? text : text.replace(/[\u4e00-\u9fa5]/g, (c) => String.fromCharCode(0x4e00 + ((c.charCodeAt(0) - 0x4e00 + copy * 37) % 0x51a6)));
      parts.push(shifted);
      size += shifted.length + 2;
      if (size >= chars) break;
    }
  }
  return parts.join('\n\n').slice(0, chars);
}
