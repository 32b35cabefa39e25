// A tiny hand-made lexicon for the analysis tests (frequencies in jieba's scale).
import { createLexicon, encodeCompactEn, encodeCompactZh, parseCompactLexicon, type Lexicon } from '../../../../src/core/lexicon/lexicon';

const zh: Array<readonly [string, number]> = [
  ['归根结底', 800], ['归根', 50], ['结底', 3], ['政务', 2000], ['服务', 30000], ['平台', 9000], ['市级', 600],
  ['天天', 3000], ['中国', 100000], ['发展', 80000], ['我们', 90000], ['工作', 70000], ['项目', 20000],
  ['的', 300000], ['是', 200000], ['了', 200000], ['在', 150000], ['和', 150000], ['到', 60000], ['一个', 50000],
  ['招', 200], ['引', 300], ['根', 500], ['归', 400], ['结', 600], ['底', 700], ['政', 100], ['务', 100], ['市', 5000], ['级', 800],
];
const en = ['information', 'well', 'known', 'carrier', 'car', 'the', 'is'];

/** The test lexicon. */
export const testLexicon: Lexicon = parseCompactLexicon(encodeCompactZh(zh), encodeCompactEn(en));

/** A lexicon with only the given Chinese words, all equally frequent. */
export function zhOnly(words: readonly string[]): Lexicon {
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return createLexicon(sorted, sorted.map(() => String.fromCharCode(32 + 8000)).join(''), []);
}
