/**
 * Language data the analysis reads. Lookups go through functions so the data can stay in a compact form
 * (sorted words searched by bisection): building a Map of 350k words costs more than the load budget.
 */
export interface Lexicon {
  /** Natural log of a Chinese word's corpus frequency, 0 when the word is unknown. */
  readonly zhLogFreq: (word: string) => number;
  /** zhLogFreq(text.slice(start, end)) without making the substring. */
  readonly zhLogFreqAt: (text: string, start: number, end: number) => number;
  /** Whether a lower-case English word is known. */
  readonly hasEnWord: (word: string) => boolean;
}

/** Scale of the log-frequency code: code = round(ln(freq) * SCALE) + OFFSET, one UTF-16 unit per word. */
const FREQ_SCALE = 1000;
const FREQ_OFFSET = 32;

/** An empty lexicon: analysis still runs, with punctuation and layout evidence only. */
export const EMPTY_LEXICON: Lexicon = { zhLogFreq: () => 0, zhLogFreqAt: () => 0, hasEnWord: () => false };

/**
 * Code-unit-sorted words kept as ranges of one string (the compact file itself, or the words joined),
 * not as 350k string objects: loading makes no strings, and a lookup compares code units in one place.
 * `bounds` holds, per first UTF-16 unit c, the words [bounds[2c], bounds[2c + 1]) starting with it, so a
 * lookup bisects only those (a few dozen) with one load instead of a Map lookup.
 */
interface WordTable {
  readonly data: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly bounds: Int32Array;
  /**
   * A bit per hash of the first two units of every word of 2+ units: a clear bit proves no word starts
   * with that pair, so most junction strings ("的发", "展中") are answered without a bisection.
   */
  readonly pairs: Int32Array;
}

const PAIR_BITS = 21;

/** Hash of a pair of code units to a bit of WordTable.pairs. */
function pairBit(c0: number, c1: number): number {
  return Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> (32 - PAIR_BITS);
}

/** The table of words given as [starts[i], ends[i]) ranges of `data`, sorted by code units. */
function makeTable(data: string, starts: Int32Array, ends: Int32Array): WordTable {
  const bounds = new Int32Array(2 * 65536);
  const n = starts.length;
  let i = 0;
  // The empty word (never in the bundled data) has no first unit: only the empty string finds it.
  while (i < n && ends[i] === starts[i]) i++;
  while (i < n) {
    const c = data.charCodeAt(starts[i]);
    let j = i + 1;
    while (j < n && ends[j] > starts[j] && data.charCodeAt(starts[j]) === c) j++;
    bounds[2 * c] = i;
    bounds[2 * c + 1] = j;
    i = j;
  }
  const pairs = new Int32Array(1 << (PAIR_BITS - 5));
  for (let k = 0; k < n; k++) {
    if (ends[k] - starts[k] < 2) continue;
    const bit = pairBit(data.charCodeAt(starts[k]), data.charCodeAt(starts[k] + 1));
    pairs[bit >>> 5] |= 1 << (bit & 31);
  }
  return { data, starts, ends, bounds, pairs };
}

/** A table over an array of words (joined with line breaks; the ranges do not depend on them). */
function tableOfWords(words: readonly string[]): WordTable {
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    starts[i] = at;
    ends[i] = at + words[i].length;
    at = ends[i] + 1;
  }
  return makeTable(words.join('\n'), starts, ends);
}

/**
 * A table over the lines of `text` from `from` on, as text.slice(from).split('\n') would give them
 * without a final empty line.
 */
function tableOfLines(text: string, from: number): WordTable {
  const starts: number[] = [];
  const ends: number[] = [];
  let at = from;
  for (;;) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) {
      if (at < text.length) {
        starts.push(at);
        ends.push(text.length);
      }
      break;
    }
    starts.push(at);
    ends.push(nl);
    at = nl + 1;
  }
  return makeTable(text, Int32Array.from(starts), Int32Array.from(ends));
}

/**
 * Index of text.slice(start, end) in the table, or -1, searching only its first-unit bucket. Code units
 * are compared here, as `<` orders strings, so the search stays in optimised code and makes no substring.
 */
function find(table: WordTable, text: string, start: number, end: number): number {
  const { data, starts, ends, bounds, pairs } = table;
  const len = end - start;
  if (len <= 0) return starts.length > 0 && ends[0] === starts[0] ? 0 : -1;
  const c = text.charCodeAt(start);
  if (len >= 2) {
    const bit = pairBit(c, text.charCodeAt(start + 1));
    if ((pairs[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
  }
  let lo = bounds[2 * c];
  let hi = bounds[2 * c + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    // Every word of the bucket shares the first unit: compare from the second on.
    const ws = starts[mid];
    const wlen = ends[mid] - ws;
    const n = wlen < len ? wlen : len;
    let d = 0;
    for (let k = 1; k < n && d === 0; k++) d = data.charCodeAt(ws + k) - text.charCodeAt(start + k);
    if (d === 0) d = wlen - len;
    if (d === 0) return mid;
    if (d < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A lexicon over word tables; `zhCodes` holds one log-frequency code unit per Chinese word. */
function lexiconOf(zh: WordTable, zhCodes: string, en: WordTable): Lexicon {
  const zhLogFreqAt = (text: string, start: number, end: number): number => {
    const i = find(zh, text, start, end);
    return i < 0 ? 0 : Math.max(0.001, (zhCodes.charCodeAt(i) - FREQ_OFFSET) / FREQ_SCALE);
  };
  return {
    zhLogFreq: (word) => zhLogFreqAt(word, 0, word.length),
    zhLogFreqAt,
    hasEnWord: (word) => find(en, word, 0, word.length) >= 0,
  };
}

/** A lexicon over sorted word arrays; `zhCodes` holds one log-frequency code unit per Chinese word. */
export function createLexicon(zhWords: readonly string[], zhCodes: string, enWords: readonly string[]): Lexicon {
  return lexiconOf(tableOfWords(zhWords), zhCodes, tableOfWords(enWords));
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
    zhLogFreqAt: (text, start, end) => lexicon.zhLogFreqAt(text, start, end),
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

/** Build a lexicon from the compact files written by scripts/build-lexicon.ts (no per-word strings). */
export function parseCompactLexicon(zhCompact: string, enCompact: string): Lexicon {
  const nl = zhCompact.indexOf('\n');
  const codes = nl < 0 ? '' : zhCompact.slice(0, nl);
  const zh = nl < 0 ? tableOfWords([]) : tableOfLines(zhCompact, nl + 1);
  return lexiconOf(zh, codes, tableOfLines(enCompact, 0));
}

/** Build a lexicon straight from the raw data files (slower; tests and the build script use it). */
export function parseRawLexicon(zhDictText: string, enWordsText: string): Lexicon {
  return parseCompactLexicon(encodeCompactZh(parseJiebaDict(zhDictText)), encodeCompactEn(parseWordList(enWordsText)));
}
