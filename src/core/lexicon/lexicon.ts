/**
 * Language data the analysis reads. Lookups go through functions so the data can stay in a compact form
 * (sorted arrays searched by bisection): building a Map of 350k words costs more than the load budget.
 */
export interface Lexicon {
  /** Natural log of a Chinese word's corpus frequency, 0 when the word is unknown. */
  readonly zhLogFreq: (word: string) => number;
  /** Whether a lower-case English word is known. */
  readonly hasEnWord: (word: string) => boolean;
}

/** Scale of the log-frequency code: code = round(ln(freq) * SCALE) + OFFSET, one UTF-16 unit per word. */
const FREQ_SCALE = 1000;
const FREQ_OFFSET = 32;

/** An empty lexicon: analysis still runs, with punctuation and layout evidence only. */
export const EMPTY_LEXICON: Lexicon = { zhLogFreq: () => 0, hasEnWord: () => false };

/**
 * Bisection bounds per first UTF-16 unit: a lookup searches only the words sharing the first character
 * (a few dozen) instead of all 350k.
 */
function firstUnitIndex(sorted: readonly string[]): Map<number, readonly [number, number]> {
  const index = new Map<number, readonly [number, number]>();
  let i = 0;
  while (i < sorted.length) {
    const c = sorted[i].charCodeAt(0);
    let j = i + 1;
    while (j < sorted.length && sorted[j].charCodeAt(0) === c) j++;
    index.set(c, [i, j]);
    i = j;
  }
  return index;
}

/** Index of `word` in a code-unit-sorted array, or -1, searching only its first-unit bucket. */
function find(sorted: readonly string[], index: ReadonlyMap<number, readonly [number, number]>, word: string): number {
  const bucket = index.get(word.charCodeAt(0));
  if (!bucket) return -1;
  let lo = bucket[0];
  let hi = bucket[1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = sorted[mid];
    if (w === word) return mid;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A lexicon over sorted word arrays; `zhCodes` holds one log-frequency code unit per Chinese word. */
export function createLexicon(zhWords: readonly string[], zhCodes: string, enWords: readonly string[]): Lexicon {
  const zhIndex = firstUnitIndex(zhWords);
  const enIndex = firstUnitIndex(enWords);
  return {
    zhLogFreq: (word) => {
      const i = find(zhWords, zhIndex, word);
      return i < 0 ? 0 : Math.max(0.001, (zhCodes.charCodeAt(i) - FREQ_OFFSET) / FREQ_SCALE);
    },
    hasEnWord: (word) => find(enWords, enIndex, word) >= 0,
  };
}

/** A lexicon whose Chinese lookups are remembered (analysis asks about the same short strings often). */
export function withLookupCache(lexicon: Lexicon): Lexicon {
  const cache = new Map<string, number>();
  return {
    zhLogFreq: (word) => {
      let f = cache.get(word);
      if (f === undefined) {
        if (cache.size > 500_000) cache.clear();
        f = lexicon.zhLogFreq(word);
        cache.set(word, f);
      }
      return f;
    },
    hasEnWord: lexicon.hasEnWord,
  };
}

/** Parse jieba's "word freq tag" lines into [word, freq] pairs; malformed lines are skipped. */
export function parseJiebaDict(text: string): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [];
  for (const line of text.split('\n')) {
    const parts = line.trim().split(' ');
    const freq = Number(parts[1]);
    if (parts[0] && freq > 0) out.push([parts[0], freq]);
  }
  return out;
}

/** Parse a one-word-a-line list into lower-case words. */
export function parseWordList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const w = line.trim().toLowerCase();
    if (w !== '') out.push(w);
  }
  return out;
}

/** Sort and de-duplicate by UTF-16 code units (the order bisection expects). */
function sortUnique(words: readonly string[]): string[] {
  const sorted = [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted;
}

/** The compact Chinese file: first line the log-frequency codes, then the sorted words one a line. */
export function encodeCompactZh(entries: ReadonlyArray<readonly [string, number]>): string {
  const freq = new Map<string, number>();
  for (const [w, f] of entries) freq.set(w, Math.max(freq.get(w) ?? 0, f));
  const words = sortUnique([...freq.keys()]);
  const codes = words.map((w) => String.fromCharCode(Math.round(Math.log(freq.get(w) ?? 1) * FREQ_SCALE) + FREQ_OFFSET));
  return codes.join('') + '\n' + words.join('\n') + '\n';
}

/** The compact English file: sorted lower-case words one a line. */
export function encodeCompactEn(words: readonly string[]): string {
  return sortUnique(words.map((w) => w.toLowerCase())).join('\n') + '\n';
}

/** Build a lexicon from the compact files written by scripts/build-lexicon.ts. */
export function parseCompactLexicon(zhCompact: string, enCompact: string): Lexicon {
  const nl = zhCompact.indexOf('\n');
  const codes = nl < 0 ? '' : zhCompact.slice(0, nl);
  const zhWords = nl < 0 ? [] : zhCompact.slice(nl + 1).split('\n');
  if (zhWords.length > 0 && zhWords[zhWords.length - 1] === '') zhWords.pop();
  const enWords = enCompact.split('\n');
  if (enWords.length > 0 && enWords[enWords.length - 1] === '') enWords.pop();
  return createLexicon(zhWords, codes, enWords);
}

/** Build a lexicon straight from the raw data files (slower; tests and the build script use it). */
export function parseRawLexicon(zhDictText: string, enWordsText: string): Lexicon {
  return parseCompactLexicon(encodeCompactZh(parseJiebaDict(zhDictText)), encodeCompactEn(parseWordList(enWordsText)));
}
