import type { Lexicon } from '../lexicon/lexicon';
import { isIdeograph } from './text-features';

/** ln of the total jieba count, so log frequencies become log probabilities. */
const LOG_TOTAL = 17.9;
/** Cost of a character the dictionary does not know as a word of its own. */
const UNKNOWN_CHAR = -22;
const MAX_WORD = 4;

function logProb(word: string, lexicon: Lexicon): number {
  const f = lexicon.zhLogFreq(word);
  if (f > 0) return f - LOG_TOTAL;
  return word.length === 1 ? UNKNOWN_CHAR : Number.NEGATIVE_INFINITY;
}

/** Best unigram segmentation log probability of s; words may not cross `wall` when given. */
function bestSegmentation(s: string, lexicon: Lexicon, wall: number): number {
  const best = new Array<number>(s.length + 1).fill(Number.NEGATIVE_INFINITY);
  best[0] = 0;
  for (let i = 1; i <= s.length; i++) {
    for (let len = 1; len <= MAX_WORD && len <= i; len++) {
      const j = i - len;
      if (wall > 0 && j < wall && i > wall) continue;
      const lp = logProb(s.slice(j, i), lexicon);
      if (best[j] + lp > best[i]) best[i] = best[j] + lp;
    }
  }
  return best[s.length];
}

/**
 * How strongly a dictionary word spans the junction of two Chinese fragments ("归根" + "结底"):
 * the gain in segmentation log probability when words may cross the junction. 0 when no word does.
 */
export function zhSpanGain(before: string, after: string, lexicon: Lexicon): number {
  let i = before.length;
  let left = '';
  while (i > 0 && left.length < MAX_WORD - 1 && isIdeograph(before[i - 1])) left = before[--i] + left;
  let right = '';
  let j = 0;
  while (j < after.length && right.length < MAX_WORD - 1 && isIdeograph(after[j])) right += after[j++];
  if (left === '' || right === '') return 0;
  const s = left + right;
  // Most junctions have no dictionary word across them at all: check that first, before segmenting.
  let crossing = false;
  for (let i = 1; i <= left.length && !crossing; i++) {
    for (let j = 1; j <= right.length && i + j <= MAX_WORD; j++) {
      if (lexicon.zhLogFreq(s.slice(left.length - i, left.length + j)) > 0) {
        crossing = true;
        break;
      }
    }
  }
  if (!crossing) return 0;
  return Math.max(0, bestSegmentation(s, lexicon, -1) - bestSegmentation(s, lexicon, left.length));
}
