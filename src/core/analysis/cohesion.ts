import type { Language } from './text-features';

/** Content terms of a text: Chinese character bigrams or English words (no short function words). */
export function terms(text: string, lang: Language): string[] {
  const out: string[] = [];
  if (lang === 'zh') {
    for (let i = 0; i + 1 < text.length; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      if (a >= 0x3400 && a <= 0x9fff && b >= 0x3400 && b <= 0x9fff) out.push(text.slice(i, i + 2));
    }
    return out;
  }
  for (const w of text.toLowerCase().split(/[^a-z0-9']+/)) if (w.length >= 4 && !STOP.has(w)) out.push(w);
  return out;
}

const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'said', 'they', 'their', 'will', 'would', 'been', 'were', 'which', 'there', 'about', 'after', 'also', 'into', 'than', 'more', 'some', 'when', 'what', 'could', 'other', 'over', 'year', 'years']);

/** Document frequencies of terms over a list of texts, for weighting rare shared terms up. */
export function documentFrequencies(texts: readonly string[], lang: Language): Map<string, number> {
  const df = new Map<string, number>();
  for (const t of texts) for (const term of new Set(terms(t, lang))) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/** Weighted share of a text's terms that also occur in a context. */
export function similarity(text: string, context: ReadonlySet<string>, df: ReadonlyMap<string, number>, n: number, lang: Language): number {
  let shared = 0;
  let total = 0;
  for (const term of new Set(terms(text, lang))) {
    const w = Math.log((n + 1) / ((df.get(term) ?? 0) + 1));
    total += w;
    if (context.has(term)) shared += w;
  }
  return total > 0 ? shared / total : 0;
}
