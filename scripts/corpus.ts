// The real newspaper articles of ../shared/corpus, read by the fixture builders. They are evaluation
// material: fixtures made from them are written outside the repository, never shipped.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One article of the corpus (JSON Lines). */
export interface CorpusArticle {
  readonly lang: string;
  readonly headline: string;
  readonly byline: string | null;
  readonly byline_pos: string | null;
  readonly paragraphs: readonly string[];
}

/** Every article of a corpus file, e.g. 'zh-peoples-daily-1998.jsonl'. */
export function loadCorpus(file: string): CorpusArticle[] {
  return readFileSync(resolve('..', 'shared', 'corpus', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusArticle);
}
