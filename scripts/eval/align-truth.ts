// Aligns an issue's source text with its truth file, character by character, so that every automatic
// change can be judged: which truth field (and article) each source character is, or that it is junk.
// Text is compared as the scorer compares it: NFKC, whitespace and invisible format characters dropped.
import type { ScorerArticle } from '../../src/core/export/scorer-json';

/** A truth article: the scorer's article format. */
export type TruthArticle = ScorerArticle;

/** The truth file of one issue (the fields the judge reads). */
export interface Truth {
  readonly language?: string;
  readonly articles: readonly TruthArticle[];
  readonly removed?: readonly string[];
}

/** The kinds of truth field a source character can belong to. */
export type FieldKind = 'kicker' | 'headline' | 'subheadline' | 'byline' | 'paragraph' | 'caption';

/** One truth field: its article, kind, index (for paragraphs and captions) and normalised text. */
export interface TruthField {
  readonly article: number;
  readonly kind: FieldKind;
  readonly index: number;
  readonly text: string;
  /** Position of the field's first character in the concatenated truth text. */
  readonly start: number;
}

/** Where each normalised source character stands in the truth, or -1 for junk. */
export interface Alignment {
  readonly truth: string;
  readonly fields: readonly TruthField[];
  /** Truth position → index into `fields` (-1 on separators). */
  readonly fieldAt: Int32Array;
  /** Source offset → truth position, or -1 for junk, or -2 where the scorer ignores the character. */
  readonly truthOf: Int32Array;
}

const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/u;
const SEPARATOR = '\u0001';

/** A text normalised as the scorer does, with the offset in the original text of each kept character. */
export interface NormalizedText {
  readonly text: string;
  readonly offsets: readonly number[];
}

/** Normalise a text as the scorer does, keeping where each character came from. */
export function normalizeWithOffsets(text: string): NormalizedText {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (!IGNORED.test(ch)) {
      const n = ch.normalize('NFKC').replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]/gu, '');
      out += n;
      for (let k = 0; k < n.length; k++) offsets.push(i);
    }
    i += ch.length;
  }
  return { text: out, offsets };
}

/** Normalise a text as the scorer does. */
export function normalize(text: string | null): string {
  return text === null ? '' : normalizeWithOffsets(text).text;
}

function truthFields(truth: Truth): TruthField[] {
  const fields: TruthField[] = [];
  let at = 0;
  const add = (article: number, kind: FieldKind, index: number, raw: string | null): void => {
    const text = normalize(raw);
    if (text === '') return;
    fields.push({ article, kind, index, text, start: at });
    at += text.length + 1;
  };
  truth.articles.forEach((a, k) => {
    add(k, 'kicker', 0, a.kicker);
    add(k, 'headline', 0, a.headline);
    add(k, 'subheadline', 0, a.subheadline);
    add(k, 'byline', 0, a.byline);
    a.paragraphs.forEach((p, i) => add(k, 'paragraph', i, p));
    a.captions.forEach((c, i) => add(k, 'caption', i, c));
  });
  return fields;
}

/**
 * Shortest run of characters that anchors a match away from a known continuation: six Chinese
 * characters are rarely repeated by chance, but six Latin letters are often part of a common word.
 */
const ANCHOR_ZH = 6;
/** Shortest continuation of the previous match that is taken mid-block. */
const CONTINUATION_MIN = 3;
const ANCHOR_EN = 12;

/**
 * Align a source with its truth. Each run of source text is matched to the longest equal run of truth
 * text (continuing the previous match where it can); where two source copies claim the same truth
 * text, the earlier copy keeps it, except that a copy at a block start yields, because the generator
 * and real pages put a repeated overlap at the start of the second fragment.
 */
export function alignTruth(source: string, blockStarts: readonly number[], truth: Truth): Alignment {
  const fields = truthFields(truth);
  const ANCHOR = truth.language === 'en' ? ANCHOR_EN : ANCHOR_ZH;
  const truthText = fields.map((f) => f.text).join(SEPARATOR) + SEPARATOR;
  const fieldAt = new Int32Array(truthText.length).fill(-1);
  fields.forEach((f, i) => fieldAt.fill(i, f.start, f.start + f.text.length));
  const fieldStart = new Uint8Array(truthText.length);
  for (const f of fields) fieldStart[f.start] = 1;

  const index = new Map<string, number[]>();
  for (let p = 0; p + ANCHOR <= truthText.length; p++) {
    const gram = truthText.slice(p, p + ANCHOR);
    if (gram.includes(SEPARATOR)) continue;
    const list = index.get(gram);
    if (list) list.push(p);
    else index.set(gram, [p]);
  }

  const norm = normalizeWithOffsets(source);
  const s = norm.text;
  const n = s.length;
  // Normalised index of each block start, and the block end after each position.
  const startSet = new Set<number>();
  const blockEndOf = new Int32Array(n).fill(n);
  {
    const starts = [...blockStarts].sort((a, b) => a - b);
    let b = 0;
    const normStarts: number[] = [];
    for (let i = 0; i < n; i++) {
      while (b < starts.length && starts[b] <= norm.offsets[i]) {
        b++;
        if (normStarts[normStarts.length - 1] !== i) normStarts.push(i);
      }
    }
    for (const i of normStarts) startSet.add(i);
    let end = n;
    for (let i = n - 1; i >= 0; i--) {
      blockEndOf[i] = end;
      if (startSet.has(i)) end = i;
    }
  }
  // A run never crosses a block end: two blocks that happen to continue each other for a character or
  // two must not be read as one text.
  const matchLength = (i: number, p: number): number => {
    let len = 0;
    const end = blockEndOf[i];
    while (i + len < end && p + len < truthText.length && s[i + len] === truthText[p + len]) len++;
    return len;
  };

  // Phase 1: greedy runs, claims counted only to prefer free copies.
  const mapped = new Int32Array(n).fill(-1);
  /** Length of the run that mapped each character. */
  const runOf = new Int32Array(n);
  const claims = new Uint16Array(truthText.length);
  const runFree = (p: number, len: number): boolean => {
    for (let k = 0; k < len; k++) if (claims[p + k] > 0) return false;
    return true;
  };
  let prev = -1;
  let i = 0;
  while (i < n) {
    let bestP = -1;
    let bestLen = 0;
    let bestRank = -1;
    let bestContinues = false;
    const consider = (p: number, len: number, continuing: boolean): void => {
      // Longest first; then a free copy, a continuation, a whole field at a block start, the nearest.
      const rank = (runFree(p, len) ? 4 : 0) + (continuing ? 2 : 0) + (startSet.has(i) && fieldStart[p] ? 1 : 0);
      if (len > bestLen || (len === bestLen && (rank > bestRank || (rank === bestRank && Math.abs(p - prev) < Math.abs(bestP - prev))))) {
        bestP = p;
        bestLen = len;
        bestRank = rank;
        bestContinues = continuing;
      }
    };
    if (prev >= 0 && truthText[prev + 1] === s[i]) {
      // A short continuation counts only when it runs to its block's end (a tail "结底。"): one or two
      // characters that happen to follow on, mid-block, are chance ("S" of "PRICE TWO CENTS").
      const len = matchLength(i, prev + 1);
      if (len >= CONTINUATION_MIN || i + len === blockEndOf[i]) consider(prev + 1, len, true);
    }
    for (const p of index.get(s.slice(i, i + ANCHOR)) ?? []) {
      const len = matchLength(i, p);
      // Digits and punctuation repeat by chance ("2025年1" of a date line and of a paragraph's date).
      if (wordCharacters(s, i, len) >= ANCHOR - 2) consider(p, len, false);
    }
    if (bestLen < ANCHOR && !bestContinues) {
      // No anchor: a short rest of the block (a short head line, a tail "结底。") found whole.
      const rest = s.slice(i, blockEndOf[i]);
      bestLen = 0;
      bestRank = -1;
      if (rest.length > 0 && rest.length < ANCHOR) {
        // Only where chance is unlikely: a whole field ("成志伟" as a byline), or a field's only
        // occurrence of it at its start or end (a short tail fragment); never a bare "-" or "第3版".
        const found: number[] = [];
        for (let p = truthText.indexOf(rest); p >= 0; p = truthText.indexOf(rest, p + 1)) found.push(p);
        for (const p of found) {
          const atStart = fieldStart[p] === 1;
          const atEnd = truthText[p + rest.length] === SEPARATOR;
          if ((atStart && atEnd) || (rest.length >= 2 && found.length === 1 && (atStart || atEnd))) consider(p, rest.length, false);
        }
      }
    }
    if (bestLen === 0) {
      i++;
      continue;
    }
    for (let k = 0; k < bestLen; k++) {
      mapped[i + k] = bestP + k;
      runOf[i + k] = bestLen;
      claims[bestP + k]++;
    }
    prev = bestP + bestLen - 1;
    i += bestLen;
  }

  // Phase 2: one source character per truth character. The first copy in source order keeps it, except
  // that a copy within an overlap's length of a block start yields to one as near the end of another
  // block: that is the overlap repeated at the start of a column break's second fragment, wherever the
  // fragments stand.
  const blockOf = new Int32Array(n);
  const fromStart = new Int32Array(n);
  {
    let block = -1;
    let start = 0;
    for (let k = 0; k < n; k++) {
      if (startSet.has(k) || k === 0) {
        block++;
        start = k;
      }
      blockOf[k] = block;
      fromStart[k] = k - start;
    }
  }
  const claimants = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    if (mapped[k] < 0) continue;
    const list = claimants.get(mapped[k]);
    if (list) list.push(k);
    else claimants.set(mapped[k], [k]);
  }
  for (const list of claimants.values()) {
    if (list.length < 2) continue;
    let winner = list[0];
    // A short first copy ("《人民日报》" in a page's source line) yields to a copy inside a long run of text.
    if (runOf[winner] < 2 * ANCHOR) {
      const first = winner;
      const longest = list.reduce((a, b) => (runOf[b] > runOf[a] ? b : a));
      // ...but not when the two are a column break's overlap: the end of one block, the start of another.
      const overlap = blockEndOf[first] - first <= ANCHOR && fromStart[longest] < ANCHOR;
      if (runOf[longest] >= 2 * ANCHOR && blockOf[longest] !== blockOf[first] && !overlap) winner = longest;
    }
    if (fromStart[winner] < ANCHOR) {
      const atEnd = list.find((k) => blockOf[k] !== blockOf[winner] && blockEndOf[k] - k <= ANCHOR && fromStart[k] >= ANCHOR);
      if (atEnd !== undefined) winner = atEnd;
    }
    for (const k of list) if (k !== winner) mapped[k] = -1;
  }

  const truthOf = new Int32Array(source.length).fill(-2);
  for (let k = 0; k < n; k++) truthOf[norm.offsets[k]] = mapped[k];
  return { truth: truthText, fields, fieldAt, truthOf };
}

const NOT_A_WORD_CHARACTER = /[\p{N}\p{P}\p{S}]/u;

/** How many characters of s[i, i + len) are letters or ideographs (not digits, punctuation or symbols). */
function wordCharacters(s: string, i: number, len: number): number {
  let n = 0;
  for (let k = i; k < i + len; k++) if (!NOT_A_WORD_CHARACTER.test(s[k])) n++;
  return n;
}

/** The truth field of a truth position, or null on a separator. */
export function fieldOf(alignment: Alignment, truthPosition: number): TruthField | null {
  const f = alignment.fieldAt[truthPosition];
  return f >= 0 ? alignment.fields[f] : null;
}
