import type { Language } from './text-features';

/** A content term: a Chinese character bigram as a number, or an English word. */
export type Term = number | string;

const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'said', 'they', 'their', 'will', 'would', 'been', 'were', 'which', 'there', 'about', 'after', 'also', 'into', 'than', 'more', 'some', 'when', 'what', 'could', 'other', 'over', 'year', 'years']);

/** How many Chinese bigrams of a text are read by default (its opening says enough about its topic). */
const MAX_TERMS = 120;

/**
 * Call `visit` with the code of each of the first `max` ideograph bigrams of a text, in order. Codes are
 * offsets into the ideograph range, which keeps them below 2^30: small integers V8 hashes fast.
 */
function forEachBigram(text: string, max: number, visit: (code: number) => void): void {
  let prev = -1;
  let n = 0;
  for (let i = 0; i < text.length && n < max; i++) {
    const c = text.charCodeAt(i);
    const ideograph = c >= 0x3400 && c <= 0x9fff;
    if (ideograph && prev >= 0) {
      visit(prev * 0x6c00 + (c - 0x3400));
      n++;
    }
    prev = ideograph ? c - 0x3400 : -1;
  }
}

/** Content terms of a text: Chinese ideograph bigrams (as numbers) or English words. */
export function terms(text: string, lang: Language, max = MAX_TERMS): Term[] {
  const out: Term[] = [];
  // The opening of a paragraph says enough about its topic; long paragraphs are capped.
  if (lang === 'zh') forEachBigram(text, max, (code) => out.push(code));
  else for (const w of text.toLowerCase().split(/[^a-z0-9']+/)) if (w.length >= 4 && !STOP.has(w)) out.push(w);
  return out;
}

/** What similarity needs of a context: membership (a Set of terms or a TermSet). */
export interface TermLookup {
  has(term: Term): boolean;
}

/** Whether a term is a bigram code, or at least a number the code table can hold (as code + 1). */
function isCode(term: Term): term is number {
  return typeof term === 'number' && (term | 0) === term && term >= 0 && term < 0x7fffffff;
}

/**
 * A set of terms for contexts built per article: bigram codes in an open-addressing table, anything
 * else (English words) in a Set. Adding a text's terms makes no list, no iterator and no per-entry
 * objects, as a Set of a few hundred numbers rebuilt for every article did.
 */
export class TermSet implements TermLookup {
  /** code + 1 per slot, 0 for an empty slot: a new table needs no filling. */
  private slots: Int32Array;
  /** 32 minus log2 of the table size: the shift that turns a 32-bit hash into a slot. */
  private shift: number;
  private size = 0;
  private others: Set<Term> | null = null;

  /** An empty set with room for about `room` codes before it grows (a context of five paragraphs by default). */
  constructor(room = 600) {
    let bits = 4;
    while (1 << bits < 2 * room) bits++;
    this.slots = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  /** A set of the terms of a text. */
  static of(text: string, lang: Language): TermSet {
    const set = new TermSet(Math.min(text.length, MAX_TERMS));
    set.addTermsOf(text, lang);
    return set;
  }

  /** Add one term. */
  add(term: Term): void {
    if (isCode(term)) this.addCode(term);
    else (this.others ??= new Set()).add(term);
  }

  /** Add the terms of terms(text, lang). */
  addTermsOf(text: string, lang: Language): void {
    if (lang === 'zh') forEachBigram(text, MAX_TERMS, (code) => this.addCode(code));
    else for (const term of terms(text, lang)) this.add(term);
  }

  /** Whether the set holds a term. */
  has(term: Term): boolean {
    if (!isCode(term)) return this.others !== null && this.others.has(term);
    const slots = this.slots;
    const mask = slots.length - 1;
    const key = term + 1;
    for (let h = Math.imul(term, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      const k = slots[h];
      if (k === key) return true;
      if (k === 0) return false;
    }
  }

  private addCode(code: number): void {
    if (2 * (this.size + 1) > this.slots.length) {
      const old = this.slots;
      this.slots = new Int32Array(2 * old.length);
      this.shift--;
      for (let i = 0; i < old.length; i++) if (old[i] !== 0) this.place(old[i] - 1);
    }
    if (this.place(code)) this.size++;
  }

  /** Put a code in the table (which has room); whether it was new. */
  private place(code: number): boolean {
    const slots = this.slots;
    const mask = slots.length - 1;
    const key = code + 1;
    for (let h = Math.imul(code, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      const k = slots[h];
      if (k === key) return false;
      if (k === 0) {
        slots[h] = key;
        return true;
      }
    }
  }
}

const TABLE_BITS = 20;

/**
 * Counts per slot: one byte each, with the few slots that pass 254 kept exactly in a Map. A 1 MB table
 * touches a quarter of the fresh pages a Uint32Array of 4 MB did (their faults were most of the cost).
 */
class SlotCounts {
  private readonly small = new Uint8Array(1 << TABLE_BITS);
  private readonly large = new Map<number, number>();

  increment(s: number): void {
    const v = this.small[s];
    if (v < 255) this.small[s] = v + 1;
    else this.large.set(s, (this.large.get(s) ?? 255) + 1);
  }

  get(s: number): number {
    const v = this.small[s];
    return v < 255 ? v : (this.large.get(s) ?? 255);
  }
}

function slot(term: Term): number {
  if (typeof term === 'number') return Math.imul(term, 0x9e3779b1) >>> (32 - TABLE_BITS);
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h >>> (32 - TABLE_BITS);
}

/**
 * Scratch table for de-duplicating one text's bigram codes without a Set: the codes, and the round that
 * stored each (a slot of an older round is empty). Reused by every call; nothing else sees it.
 */
const SEEN_BITS = 9;
const seenCodes = new Int32Array(1 << SEEN_BITS);
const seenRounds = new Uint32Array(1 << SEEN_BITS);
let seenRound = 0;

/** Start a new de-duplication round: every slot reads as empty. */
function newSeenRound(): void {
  if (++seenRound === 0xffffffff) {
    seenRounds.fill(0);
    seenRound = 1;
  }
}

/** Whether a bigram code was already met in this round (and remember it if not). */
function seenBefore(code: number): boolean {
  let h = Math.imul(code, 0x9e3779b1) >>> (32 - SEEN_BITS);
  for (;;) {
    if (seenRounds[h] !== seenRound) {
      seenRounds[h] = seenRound;
      seenCodes[h] = code;
      return false;
    }
    if (seenCodes[h] === code) return true;
    h = (h + 1) & ((1 << SEEN_BITS) - 1);
  }
}

/**
 * Term counts in a fixed hash table, plus the weighted terms of the last text `similarity` read: a
 * paragraph is usually compared with several contexts in a row (the next article, the previous one, the
 * heads of both), and its terms and their weights are the same each time.
 */
export class TermCounts {
  /** How often a term occurs (collisions only make a term look a little more common). */
  readonly count: (term: Term) => number;
  /** Number of texts counted. */
  readonly texts: number;
  private readonly table: SlotCounts;
  private memoText: string | null = null;
  private memoLang: Language | null = null;
  /**
   * The memo text's distinct terms of positive weight, in order of first occurrence, and their weights:
   * the first memoCount entries (the arrays keep their room from one text to the next).
   */
  readonly memoTerms: Term[] = [];
  readonly memoWeights: number[] = [];
  memoCount = 0;

  constructor(table: SlotCounts, texts: number) {
    this.table = table;
    this.texts = texts;
    this.count = (term) => table.get(slot(term));
  }

  /** Make the memo that of `text` (unless it already is). */
  weigh(text: string, lang: Language): void {
    if (text === this.memoText && lang === this.memoLang) return;
    this.memoCount = 0;
    if (lang === 'zh') {
      // The terms of terms(text, 'zh'), each once, in the order a Set of them iterates, without
      // building the list or the Set.
      newSeenRound();
      forEachBigram(text, MAX_TERMS, (code) => {
        if (!seenBefore(code)) this.addWeighed(code);
      });
    } else for (const term of new Set(terms(text, lang))) this.addWeighed(term);
    this.memoText = text;
    this.memoLang = lang;
  }

  /** Append a term to the memo with its weight, unless the weight is not positive. */
  private addWeighed(term: Term): void {
    const w = Math.log((this.texts + 1) / (this.table.get(slot(term)) + 1));
    if (w <= 0) return;
    this.memoTerms[this.memoCount] = term;
    this.memoWeights[this.memoCount] = w;
    this.memoCount++;
  }
}

/** Count terms over a list of texts (collisions only make a term look a little more common). */
export function countTerms(texts: readonly string[], lang: Language): TermCounts {
  const table = new SlotCounts();
  // Weights need rough counts only: on a big issue every few texts are enough.
  let total = 0;
  for (const t of texts) total += t.length;
  const step = Math.max(1, Math.ceil(total / 400_000));
  const count = (code: number): void => table.increment(slot(code));
  let counted = 0;
  for (let k = 0; k < texts.length; k += step) {
    const t = texts[k];
    counted++;
    // Every bigram here, not only the first MAX_TERMS: this pass sees the whole issue.
    if (lang === 'zh') forEachBigram(t, Number.POSITIVE_INFINITY, count);
    else for (const term of terms(t, lang)) table.increment(slot(term));
  }
  return new TermCounts(table, counted);
}

/**
 * Weighted share of a text's terms that also occur in a context (rare shared terms weigh more): each
 * distinct term weighs log((texts + 1) / (count + 1)), and terms of no positive weight are left out.
 */
export function similarity(text: string, context: TermLookup, counts: TermCounts, lang: Language): number {
  let shared = 0;
  let total = 0;
  counts.weigh(text, lang);
  const termsIn = counts.memoTerms;
  const weights = counts.memoWeights;
  for (let k = 0; k < counts.memoCount; k++) {
    const w = weights[k];
    total += w;
    if (context.has(termsIn[k])) shared += w;
  }
  return total > 0 ? shared / total : 0;
}
