import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchPairs, type WeightedPair } from '../../../../src/core/analysis/join-decoder';

/** The heaviest matching by trying every subset of pairs (small inputs only). */
function bruteForce(pairs: readonly WeightedPair[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const ends = new Set<number>();
    const starts = new Set<number>();
    let total = 0;
    let ok = true;
    for (let k = 0; k < pairs.length && ok; k++) {
      if (!(mask & (1 << k))) continue;
      const p = pairs[k];
      if (ends.has(p.a) || starts.has(p.b)) ok = false;
      ends.add(p.a);
      starts.add(p.b);
      total += p.weight;
    }
    if (ok && total > best) best = total;
  }
  return best;
}

describe('matchPairs', () => {
  it('gives an end up its best start when that start is the only place for another end', () => {
    // End 0 prefers start 0 (3 > 2), but end 1 can only go to start 0: together 2 + 2.5 beat 3.
    const pairs = [
      { a: 0, b: 0, weight: 3 },
      { a: 0, b: 1, weight: 2 },
      { a: 1, b: 0, weight: 2.5 },
    ];
    const chosen = matchPairs(pairs, 2, 2);
    expect([...chosen]).toEqual([1, 2]);
  });

  it('leaves an end unmatched rather than take a pair of no weight', () => {
    expect([...matchPairs([{ a: 0, b: 0, weight: 0 }], 1, 1)]).toEqual([-1]);
  });

  it('finds the heaviest matching', () => {
    const pair = fc.record({ a: fc.integer({ min: 0, max: 3 }), b: fc.integer({ min: 0, max: 3 }), weight: fc.integer({ min: -2, max: 9 }) });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 9 }), (pairs) => {
        const chosen = matchPairs(pairs, 4, 4);
        const usedStarts = new Set<number>();
        let total = 0;
        chosen.forEach((k, a) => {
          if (k < 0) return;
          expect(pairs[k].a).toBe(a);
          expect(usedStarts.has(pairs[k].b)).toBe(false);
          usedStarts.add(pairs[k].b);
          total += pairs[k].weight;
        });
        expect(total).toBe(bruteForce(pairs));
      }),
      { numRuns: 300 },
    );
  });
});
