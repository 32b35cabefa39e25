import type { Language } from './text-features';

/** A content term: a Chinese character bigram as a number, or an English word. */
export type Term = number | string;

const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'said', 'they', 'their', 'will', 'would', 'been', 'were', 'which', 'there', 'about', 'after', 'also', 'into', 'than', 'more', 'some', 'when', 'what', 'could', 'other', 'over', 'year', 'years']);

/** Content terms of a text: Chinese ideograph bigrams (as numbers, cheap to hash) or English words. */
export function terms(text: string, lang: Language, max = 120): Term[] {
  const out: Term[] = [];
  if (lang === 'zh') {
    let prev = -1;
    // The opening of a paragraph says enough about its topic; long paragraphs are capped.
    for (let i = 0; i < text.length && out.length < max; i++) {
      const c = text.charCodeAt(i);
      const ideograph = c >= 0x3400 && c <= 0x9fff;
      // Offsets into the ideograph range keep the code below 2^30: a small integer V8 hashes fast.
      if (ideograph && prev >= 0) out.push(prev * 0x6c00 + (c - 0x3400));
      prev = ideograph ? c - 0x3400 : -1;
    }
    return out;
  }
  for (const w of text.toLowerCase().split(/[^a-z0-9']+/)) if (w.length >= 4 && !STOP.has(w)) out.push(w);
  return out;
}

/** How often terms occur in the issue, counted in a fixed hash table (one pass, no per-term objects). */
export interface TermCounts {
  readonly count: (term: Term) => number;
  /** Number of texts counted. */
  readonly texts: number;
}

const TABLE_BITS = 20;

function slot(term: Term): number {
  if (typeof term === 'number') return Math.imul(term, 0x9e3779b1) >>> (32 - TABLE_BITS);
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h >>> (32 - TABLE_BITS);
}

/** Count terms over a list of texts (collisions only make a term look a little more common). */
export function countTerms(texts: readonly string[], lang: Language): TermCounts {
  const table = new Uint32Array(1 << TABLE_BITS);
  // Weights need rough counts only: on a big issue every few texts are enough.
  let total = 0;
  for (const t of texts) total += t.length;
  const step = Math.max(1, Math.ceil(total / 400_000));
  let counted = 0;
  for (let k = 0; k < texts.length; k += step) {
    const t = texts[k];
    counted++;
    if (lang === 'zh') {
      // Inline bigram codes: this pass sees the whole issue, so it allocates nothing per term.
      let prev = -1;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        const ideograph = c >= 0x3400 && c <= 0x9fff;
        if (ideograph && prev >= 0) table[slot(prev * 0x6c00 + (c - 0x3400))]++;
        prev = ideograph ? c - 0x3400 : -1;
      }
    } else for (const term of terms(t, lang)) table[slot(term)]++;
  }
  return { count: (term) => table[slot(term)], texts: counted };
}

/** Weighted share of a text's terms that also occur in a context (rare shared terms weigh more). */
export function similarity(text: string, context: ReadonlySet<Term>, counts: TermCounts, lang: Language): number {
  let shared = 0;
  let total = 0;
  for (const term of new Set(terms(text, lang))) {
    const w = Math.log((counts.texts + 1) / (counts.count(term) + 1));
    if (w <= 0) continue;
    total += w;
    if (context.has(term)) shared += w;
  }
  return total > 0 ? shared / total : 0;
}
