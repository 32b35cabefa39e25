import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTerms, similarity, terms, TermSet, type Term, type TermCounts } from '../../../../src/core/analysis/cohesion';

// Chinese text from a small alphabet (so bigrams repeat), with punctuation and Latin letters between.
const zhText = fc.array(fc.constantFrom('中', '国', '发', '展', '归', '根', '结', '底', '的', '。', '，', 'a', ' ', '㐀', '鿿'), { maxLength: 400 }).map((t) => t.join(''));
const enText = fc.array(fc.constantFrom('market ', 'prices ', 'rose ', 'sharply ', 'this ', 'week ', 'Market. ', "traders' ", 'fell '), { maxLength: 60 }).map((t) => t.join(''));

/** similarity as written before the memo: the text's terms de-duplicated by a Set, weighed one by one. */
function plainSimilarity(text: string, context: ReadonlySet<Term>, counts: TermCounts, lang: 'zh' | 'en'): number {
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

describe('TermSet', () => {
  it('holds exactly the terms a Set of them holds, through growth', () => {
    fc.assert(
      fc.property(fc.array(zhText, { maxLength: 8 }), zhText, (texts, probe) => {
        const set = new TermSet();
        const reference = new Set<Term>();
        for (const t of texts) {
          set.addTermsOf(t, 'zh');
          for (const term of terms(t, 'zh')) reference.add(term);
        }
        for (const term of [...reference, ...terms(probe, 'zh')]) expect(set.has(term)).toBe(reference.has(term));
      }),
      { numRuns: 200 },
    );
  });

  it('holds words and any other numbers too', () => {
    const set = TermSet.of('Market prices rose this week', 'en');
    expect(set.has('market')).toBe(true);
    expect(set.has('this')).toBe(false);
    set.add(-1);
    set.add(2 ** 40);
    set.add(0.5);
    set.add(2 ** 31 - 1);
    for (let code = 0; code < 5000; code += 7) set.add(code);
    expect([set.has(-1), set.has(2 ** 40), set.has(0.5), set.has(2 ** 31 - 1), set.has(0), set.has(4998), set.has(4999), set.has(-2)]).toEqual([true, true, true, true, true, true, false, false]);
  });
});

describe('countTerms', () => {
  it('counts a term met hundreds of times exactly', () => {
    const counts = countTerms(['中国'.repeat(600), '中国人'], 'zh');
    expect(counts.count(terms('中国', 'zh')[0])).toBe(601);
    expect(counts.count(terms('国中', 'zh')[0])).toBe(599);
    expect(counts.count(terms('国人', 'zh')[0])).toBe(1);
    expect(counts.count(terms('发展', 'zh')[0])).toBe(0);
    expect(counts.texts).toBe(2);
  });
});

describe('similarity', () => {
  it('gives exactly what weighing a Set of the terms gives, for repeated and alternating texts', () => {
    for (const [lang, text] of [['zh', zhText], ['en', enText]] as const) {
      fc.assert(
        fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 12 }), (texts, picks) => {
          const counts = countTerms(texts, lang);
          const context = new Set(terms(texts[0], lang));
          const contextSet = TermSet.of(texts[0], lang);
          for (const p of picks) {
            const t = texts[p % texts.length];
            const expected = plainSimilarity(t, context, counts, lang);
            expect(similarity(t, context, counts, lang)).toBe(expected);
            expect(similarity(t, contextSet, counts, lang)).toBe(expected);
          }
        }),
        { numRuns: 100 },
      );
    }
  });
});
