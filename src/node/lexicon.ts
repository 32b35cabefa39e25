import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCompactLexicon, type Lexicon } from '../core/lexicon/lexicon';

/** The resources/lexicon folder, found from this module's location (source tree or build output). */
export function defaultLexiconDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return resolve(here, '..', '..', 'resources', 'lexicon');
}

/** Load the bundled Chinese and English lexicons (compact files made by scripts/build-lexicon.ts). */
export async function loadLexicon(dir: string = defaultLexiconDir()): Promise<Lexicon> {
  const [zh, en] = await Promise.all([
    readFile(resolve(dir, 'zh-words.compact.txt'), 'utf8'),
    readFile(resolve(dir, 'en-words.compact.txt'), 'utf8'),
  ]);
  return parseCompactLexicon(zh, en);
}
