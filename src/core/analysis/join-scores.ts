/**
 * Scores of the join decision: every weight and cut-off of "which block continues which" in one place.
 * Features (fragments.ts) are plain facts about a candidate pair (end A, start B) and about a block's
 * opening; a score is their weighted sum, read as evidence that B continues A (positive: for, negative:
 * against). The decoder (join-decoder.ts) then picks the joins with the most evidence in total.
 */

/** The weights, each with what it stands for. */
export const JOIN_WEIGHTS = {
  /** B is the very next block: most column breaks leave the two halves next to each other. */
  adjacent: 2,
  /** B is within the window, before or after A (a misplaced fragment moves a few blocks). */
  near: 1,
  /** Lost per block of distance within the window. */
  perBlock: 0.08,
  /** Chinese overlap: 1 + its length, up to this. */
  overlapZhMax: 4,
  /** Lost by an overlap per doubling of the number of other blocks that open with it ("他说，"). */
  overlapCommon: 1.5,
  /** A far overlap that is one whole dictionary word ("集成电路"): often a paragraph opening on that word. */
  overlapWordFar: -2,
  /** English overlap of one to three repeated words. */
  overlapEn: 3,
  /** A dictionary word across the junction: the segmentation gain, times this, up to `spanMax`. */
  spanPerGain: 0.6,
  spanMax: 6,
  /** B goes on with A's enumeration ("一是…；" / "二是…"). */
  enumeration: 3,
  /** An English line-end hyphen; and its joined form being a word ("infor-" + "mation"). */
  hyphen: 1.5,
  hyphenWord: 2,
  /** B is indented in a layout where indents open paragraphs. */
  indentedStart: -4,
  /** A reads as a head line: against, unless B cannot open anything or a word spans the junction. */
  headEnd: -3.5,
  headEndOpenless: -1.5,
  /** A reads as a head line but stops mid-phrase ("…春节和"): a little against. */
  danglingHead: -1,
  /** A reads as a subheadline only by standing under a head line. */
  underHeadEnd: -3,
  /** A ends in "：" or "；", which end paragraphs often but not always (lists, quotations follow). */
  softEnd: -2,
  /** A colon right before a quotation block ("他在贺卡上写道：" / "“…”"). */
  colonQuote: 2.5,
  /** A sentence repeated at the start of the next block ("…方案。" / "方案。…"): a duplicated overlap. */
  repeatedSentence: 4,
  /** An explicit jump pair ("（下转第X版）" … "（上接第Y版）"). */
  jumpPair: 3,
} as const;

/** The weights of what a block's opening says about it being a continuation (the same for every end). */
export const START_WEIGHTS = {
  /** Opens with clause punctuation ("，…", "、…"), or English in mid-sentence (a lower-case word). */
  continuationPunct: 3,
  /** One character then a comma: the tail of a clause. */
  clauseTail: 2.5,
  /** A dateline, an agency opening or a list item's number opens a paragraph. */
  paragraphOpening: -3,
  /** An opening time phrase ("去年９月，") usually opens a paragraph. */
  timeOpening: -1.5,
  /** A demonstrative ("这次会议…") or a speaker ("他表示，") points back across a sentence end. */
  demonstrative: -0.7,
  speaker: -0.7,
  /** How this paragraphs open: − this × the log ratio of the first character's frequencies. */
  openingModel: 0.5,
  openingModelMin: -1,
  openingModelMax: 1.5,
  /** B is a short head-like line. */
  headLike: -1.5,
  /** B is a head-like line with a reporter's line right under it: a headline. */
  headlineOverByline: -4,
} as const;

/** Evidence at or below which joining is no better than leaving the end as it is: the decoder's zero. */
export const JOIN_THRESHOLD = 0.5;

/**
 * How the decoder weighs a join's evidence: exp(sharpness × (score − threshold)) − 1. Scores overstate
 * weak evidence, so two middling joins must not outweigh one strong join that excludes them: on dev and
 * dev-hard a linear weight (the sum of scores) chose worse than this.
 */
export const DECISION_SHARPNESS = 2;

/** Candidates at or below this score are not kept even as alternatives. */
export const CANDIDATE_FLOOR = -1;

/** How many candidates of each end are kept (the best by score): bounds the decoder's input. */
export const CANDIDATES_PER_END = 6;

/** How far (in body blocks) a misplaced fragment is looked for on each side of its end. */
export const WINDOW = 8;

/** Facts about a candidate pair (end A, start B); the opening of B is scored apart (`startScore`). */
export interface PairFeatures {
  /** B's position minus A's, in body blocks; 0 when B was found far away by its overlap. */
  readonly distance: number;
  /** Characters (or, in English, the length of the words) B repeats from A's end. */
  readonly overlap: number;
  /** How many other blocks of the issue open with the overlapping text. */
  readonly overlapElsewhere: number;
  /** B is not adjacent and the overlap is one whole dictionary word. */
  readonly overlapIsWord: boolean;
  readonly lang: 'zh' | 'en';
  /** Segmentation gain of reading a word across the junction (0 when none counts). */
  readonly spanGain: number;
  readonly enumeration: boolean;
  readonly hyphen: boolean;
  readonly hyphenWord: boolean;
  readonly indentedStart: boolean;
  /** A is a head line by its own text (2), one only under a head line (1), or not (0). */
  readonly endHeadLevel: 0 | 1 | 2;
  /** A reads as a head line but stops mid-phrase (then endHeadLevel is 0). */
  readonly danglingHead: boolean;
  /** B cannot open anything (clause punctuation, a clause tail). */
  readonly startOpenless: boolean;
  readonly softEnd: boolean;
}

/** The evidence that B continues A, from the pair's facts and B's opening score. */
export function scorePair(f: PairFeatures, startScore: number): number {
  const w = JOIN_WEIGHTS;
  let score = f.distance === 1 ? w.adjacent : f.distance !== 0 && Math.abs(f.distance) <= WINDOW ? w.near - w.perBlock * Math.abs(f.distance) : 0;
  if (f.overlap > 0) score += (f.lang === 'zh' ? Math.min(w.overlapZhMax, 1 + f.overlap) : w.overlapEn) - w.overlapCommon * Math.log2(1 + f.overlapElsewhere);
  if (f.overlapIsWord) score += w.overlapWordFar;
  if (f.spanGain > 0) score += Math.min(w.spanMax, f.spanGain) * w.spanPerGain;
  if (f.enumeration) score += w.enumeration;
  if (f.hyphen) score += w.hyphen;
  if (f.hyphenWord) score += w.hyphenWord;
  score += startScore;
  if (f.indentedStart) score += w.indentedStart;
  if (f.endHeadLevel === 2) score += f.startOpenless || f.spanGain > 0 ? w.headEndOpenless : w.headEnd;
  if (f.endHeadLevel === 1) score += w.underHeadEnd;
  if (f.danglingHead) score += w.danglingHead;
  if (f.softEnd) score += w.softEnd;
  return score;
}

/** Facts about a block's opening. */
export interface StartFeatures {
  readonly continuationPunct: boolean;
  readonly clauseTail: boolean;
  readonly paragraphOpening: boolean;
  readonly timeOpening: boolean;
  readonly demonstrative: boolean;
  readonly speaker: boolean;
  /** Log ratio of the first character's frequency as a paragraph opening to its frequency in running text. */
  readonly openingLogRatio: number;
  readonly headLike: boolean;
  readonly headlineOverByline: boolean;
}

/** What a block's opening says about it being a continuation (positive) or an opening (negative). */
export function scoreStart(f: StartFeatures): number {
  const w = START_WEIGHTS;
  let score = 0;
  if (f.continuationPunct) score += w.continuationPunct;
  else if (f.clauseTail) score += w.clauseTail;
  // The openings exclude each other, strongest first.
  if (f.paragraphOpening) score += w.paragraphOpening;
  else if (f.timeOpening) score += w.timeOpening;
  else if (f.demonstrative) score += w.demonstrative;
  else if (f.speaker) score += w.speaker;
  score += Math.max(w.openingModelMin, Math.min(w.openingModelMax, -w.openingModel * f.openingLogRatio));
  if (f.headLike) score += w.headLike;
  if (f.headlineOverByline) score += w.headlineOverByline;
  return score;
}
