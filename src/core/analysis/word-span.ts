import type { Lexicon } from '../lexicon/lexicon';
import { isIdeographCode } from './text-features';

/** ln of the total jieba count, so log frequencies become log probabilities. */
const LOG_TOTAL = 17.9;
/** Cost of a character the dictionary does not know as a word of its own. */
const UNKNOWN_CHAR = -22;
const MAX_WORD = 4;
/** Longest junction string: MAX_WORD - 1 characters on each side. */
const MAX_SPAN = 2 * (MAX_WORD - 1);

/**
 * Log frequencies of the substrings [j, i) of the junction string, looked up at most once per call
 * (the crossing check and both segmentations ask for the same ones); an entry counts only when its
 * round is the current call's. Scratch space reused by every call; nothing outside zhSpanGain sees it.
 */
const freqs = new Float64Array((MAX_SPAN + 1) * (MAX_SPAN + 1));
const freqRounds = new Uint32Array(freqs.length);
let round = 0;

function freqOf(s: string, j: number, i: number, lexicon: Lexicon): number {
  const k = j * (MAX_SPAN + 1) + i;
  if (freqRounds[k] === round) return freqs[k];
  const f = lexicon.zhLogFreqAt(s, j, i);
  freqs[k] = f;
  freqRounds[k] = round;
  return f;
}

function logProb(s: string, j: number, i: number, lexicon: Lexicon): number {
  const f = freqOf(s, j, i, lexicon);
  if (f > 0) return f - LOG_TOTAL;
  return i - j === 1 ? UNKNOWN_CHAR : Number.NEGATIVE_INFINITY;
}

/** Best unigram segmentation log probability of s; words may not cross `wall` when given. */
function bestSegmentation(s: string, lexicon: Lexicon, wall: number): number {
  const best = new Array<number>(s.length + 1).fill(Number.NEGATIVE_INFINITY);
  best[0] = 0;
  for (let i = 1; i <= s.length; i++) {
    for (let len = 1; len <= MAX_WORD && len <= i; len++) {
      const j = i - len;
      if (wall > 0 && j < wall && i > wall) continue;
      const lp = logProb(s, j, i, lexicon);
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
  while (i > 0 && before.length - i < MAX_WORD - 1 && isIdeographCode(before.charCodeAt(i - 1))) i--;
  let j = 0;
  while (j < after.length && j < MAX_WORD - 1 && isIdeographCode(after.charCodeAt(j))) j++;
  const leftLength = before.length - i;
  if (leftLength === 0 || j === 0) return 0;
  const s = before.slice(i) + after.slice(0, j);
  if (++round === 0xffffffff) {
    freqRounds.fill(0);
    round = 1;
  }
  // Most junctions have no dictionary word across them at all: check that first, before segmenting.
  let crossing = false;
  for (let i = 1; i <= leftLength && !crossing; i++) {
    for (let j = 1; j <= s.length - leftLength && i + j <= MAX_WORD; j++) {
      if (freqOf(s, leftLength - i, leftLength + j, lexicon) > 0) {
        crossing = true;
        break;
      }
    }
  }
  if (!crossing) return 0;
  return Math.max(0, bestSegmentation(s, lexicon, -1) - bestSegmentation(s, lexicon, leftLength));
}
