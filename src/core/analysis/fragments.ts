import type { Lexicon } from '../lexicon/lexicon';
import type { Language } from './text-features';
import { endsParagraph, lastMeaningful, startsMidSentenceEn, startsWithContinuationPunct } from './text-features';
import { zhSpanGain } from './word-span';
import { coreText, type Unit } from './units';
import { decideJoins, joinConfidence } from './join-decoder';
import { CANDIDATE_FLOOR, CANDIDATES_PER_END, JOIN_WEIGHTS, scorePair, scoreStart, WINDOW } from './join-scores';

// Patterns of the per-block and per-candidate tests, made once: a regex literal is a new RegExp object
// each time it is evaluated. None is global or sticky, so sharing them keeps no state between calls.
const HEAD_BRACKETED = /^[（(【].*[）)】]$/;
const ENDS_WITH_ELLIPSIS = /[.…]$/;
const ENDS_WITH_CLOSING_QUOTE = /[”’」』]$/;
const DATELINE_REPORTER = /[电讯][（(]/;
const REPORTER_IN_BRACKETS = /[（(](本报)?记者/;
const ENDS_WITH_COLON = /[：:]$/;
const ZH_SENTENCE_STOP = /[。；]/;
const ENDS_WITH_PAUSE = /[、，]$/;
const ZH_COMMA = /[，]/;
const ENDS_WITH_EXCLAMATION = /[！？]$/;
const EN_ENDS_WITH_PUNCTUATION = /[.!?;:,]$/;
const EN_SENTENCE_INSIDE = /[a-z0-9%]{2}[.!?]["')’”]?\s+\S/;
const EN_COMMA_SPACE = /,\s/;
const ZH_LOCAL_DATELINE = /^本报.{0,12}[电讯]/;
const REPORTED_BY = /(记者|通讯员).{1,8}报道[：:]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const QUOTED_EXCLAMATION = /^[“"「].*[！？。!?][”"」]$/;
const PHOTO_LEAD_IN = /^(图片|照片|附图|图)[：:]$/;
const ENDS_WITH_PAUSE_OR_COLON = /[、，：]$/;
const EN_ENDS_WITH_CLAUSE_MARK = /[.;:,]$/;
const EN_SENTENCE_BREAK = /[.!?]\s/;
const CLAUSE_TAIL_OPENING = /^[\u3400-\u9fff][，、；。]/;
const LIST_ITEM_OPENING = /^([一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|第[一二三四五六七八九十]{1,2}[，、])/;
const TIME_OPENING = /^(近年来|近日|日前|目前|前不久|去年|今年|明年|前年|上月|本月|元月|[0-9０-９]{1,2}月|[0-9０-９]{4}年)[^，。]{0,8}，/;
const DEMONSTRATIVE_OPENING = /^[这那](些|首|次|种|位|个|项|里|样|是)/;
const SPEAKER_OPENING = /^[^，。“”]{1,8}(说|表示|指出|认为|强调|介绍)[，：]/;
const AGENCY_OPENING = /^(本报|据新华社|新华社|据|（记者|【|中新社|据悉)/;
const AGENCY_MARK_NEAR_START = /^.{0,30}(讯|电|报道|据)/;
const EN_DATELINE_OPENING = /^[A-Z][A-Z .,'-]{2,30}\s*(\([A-Za-z ]+\))?\s*[-—–]\s/;
const QUOTE_OPENING = /^[“『「]/;
const REPEATED_SENTENCE_OPENING = /^[^。！？，]{1,5}[。！？]/;
const EN_HYPHEN_END = /[A-Za-z]-$/;
const SOFT_END = /^[：；]$/;
const ZH_DANGLING_END = /[的和与及以在对把被将从向给跟并而或让使]$/;
const EN_HYPHENATED_STEM = /([A-Za-z]+)-$/;
const EN_LEADING_WORD = /^[A-Za-z]+/;

/** A planned join of two blocks of one broken paragraph. */
export interface JoinPlan {
  readonly first: number;
  readonly second: number;
  readonly separator: string;
  /** Drop the line-end hyphen of `first` ("infor-" + "mation"). */
  readonly dropHyphen: boolean;
  /** Characters at the start of `second` that repeat the end of `first`. */
  readonly overlap: number;
  readonly confidence: number;
  readonly adjacent: boolean;
  readonly midWord: boolean;
  /** The evidence that carried the join, for its basis tag: 'mid-word', 'overlap', 'jump-pair'… */
  readonly evidence: JoinEvidence;
  /** Other continuations of the same end and other ends for the same continuation, best first (up to 3). */
  readonly alternatives?: readonly JoinAlternative[];
}

/** The kinds of evidence a join can rest on (the strongest present names it). */
export type JoinEvidence =
  | 'jump-pair'
  | 'colon-quote'
  | 'repeated-sentence'
  | 'hyphen'
  | 'overlap'
  | 'mid-word'
  | 'enumeration'
  | 'clause-tail'
  | 'unfinished-end'
  | 'soft-end'
  | 'head-line';

/** A rival join the planner weighed against a chosen one: the same end or the same continuation. */
export interface JoinAlternative {
  readonly first: number;
  readonly second: number;
  readonly separator: string;
  readonly adjacent: boolean;
  readonly confidence: number;
}


/** Whether a unit looks like a head line (headline, kicker, name), not running text. */
export function isHeadLike(text: string, lang: Language): boolean {
  const t = text.trim();
  // Length first: the pattern checks below are only worth running on short lines.
  if (t === '' || t.length > (lang === 'zh' ? 50 : 100) || cannotBeHead(t)) return false;
  // A whole line in brackets is a signature or note closing an article, not a head line.
  if (HEAD_BRACKETED.test(t)) return false;
  if (lang === 'zh') {
    // An ellipsis ends running text, except a short exclamatory headline ("我们期盼......").
    if (ENDS_WITH_ELLIPSIS.test(lastMeaningful(t)) && (t.length > 12 || ENDS_WITH_CLOSING_QUOTE.test(t))) return false;
    // A dateline with its reporter ("…电（记者…）") opens running text.
    if (DATELINE_REPORTER.test(t) || REPORTER_IN_BRACKETS.test(t)) return false;
    if (ENDS_WITH_COLON.test(t)) return t.length <= 10;
    return t.length <= 45 && !ZH_SENTENCE_STOP.test(t) && !ENDS_WITH_PAUSE.test(t) && (!ZH_COMMA.test(t) || (ENDS_WITH_EXCLAMATION.test(t) && t.length <= 24));
  }
  // A sentence end inside ("…trading. (Reporting by …)") means running text; "U.S. firms" is not one.
  return t.length <= 100 && !EN_ENDS_WITH_PUNCTUATION.test(t) && !EN_SENTENCE_INSIDE.test(t) && !EN_COMMA_SPACE.test(t);
}

/**
 * Paragraphs cut by a jump: the block that ends with (or stands before) "（下转第X版）" and the block that
 * opens with (or follows, past a repeated headline) the next "（上接第Y版）". Returned as body positions.
 */
function jumpPairs(units: readonly Unit[], body: readonly number[], levels: readonly number[]): Array<readonly [number, number]> {
  const position = new Map<number, number>();
  body.forEach((u, k) => position.set(u, k));
  const ends: number[] = [];
  const starts: number[] = [];
  const events: Array<{ readonly at: number; readonly to: boolean; readonly k: number }> = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'jump-to') {
      let k = i - 1;
      while (k >= 0 && (units[k].junk || !position.has(k))) k--;
      if (k >= 0) events.push({ at: i, to: true, k: position.get(k) ?? -1 });
    } else if (u.kind === 'jump-from') {
      let k = i + 1;
      while (k < units.length && (units[k].junk || !position.has(k) || levels[k] === 2)) k++;
      if (k < units.length) events.push({ at: i, to: false, k: position.get(k) ?? -1 });
    } else if (position.has(i)) {
      if (u.cuts.some((c) => c.removal === 'jump-line' && c.end >= u.text.length - 1 && c.start > 0)) events.push({ at: i, to: true, k: position.get(i) ?? -1 });
      if (u.cuts.some((c) => c.removal === 'jump-line' && c.start === 0)) events.push({ at: i, to: false, k: position.get(i) ?? -1 });
    }
  }
  const pairs: Array<readonly [number, number]> = [];
  for (const e of events) {
    if (e.to) ends.push(e.k);
    else if (ends.length > 0) pairs.push([ends.shift() ?? -1, e.k]);
    else starts.push(e.k);
  }
  return pairs.filter(([a, b]) => a >= 0 && b >= 0);
}

/** Whether a Chinese line stops mid-phrase: on a preposition, a conjunction or "的" ("…春节和", "…的口号以"). */
function endsMidPhrase(text: string, lang: Language): boolean {
  return lang === 'zh' && text.length >= 8 && ZH_DANGLING_END.test(text);
}

/** Whether a text ends inside brackets ("($250m;"): then it cannot end a paragraph. */
function leavesBracketOpen(t: string): boolean {
  // Only an opening bracket among the last 39 characters can make this true: look there first, not through
  // the whole paragraph four times.
  let near = false;
  for (let i = Math.max(0, t.length - 39); i < t.length && !near; i++) near = t.charCodeAt(i) === 0x28 || t.charCodeAt(i) === 0xff08;
  if (!near) return false;
  const open = t.lastIndexOf('(') > t.lastIndexOf(')') || t.lastIndexOf('（') > t.lastIndexOf('）');
  return open && t.length - Math.max(t.lastIndexOf('('), t.lastIndexOf('（')) < 40;
}

/** Running-text marks no head line has: a dateline with its reporter, or a bracket left open. */
function cannotBeHead(t: string): boolean {
  if (DATELINE_REPORTER.test(t) || REPORTER_IN_BRACKETS.test(t) || ZH_LOCAL_DATELINE.test(t) || REPORTED_BY.test(t)) return true;
  // No letters at all ("***"), a whole quoted exclamation, or a photo lead-in ("图片：") is not a head line.
  if (!LETTER_OR_DIGIT.test(t) || QUOTED_EXCLAMATION.test(t) || PHOTO_LEAD_IN.test(t)) return true;
  let open = 0;
  let close = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // （ ( “ 《 open; ） ) ” 》 close.
    if (c === 0xff08 || c === 0x28 || c === 0x201c || c === 0x300a) open++;
    else if (c === 0xff09 || c === 0x29 || c === 0x201d || c === 0x300b) close++;
  }
  return open > close;
}

/**
 * Which units read as head lines: short lines without sentence punctuation, and a longer line without a
 * sentence end right under one (a subheadline "…，…" stands under its headline).
 */
export function headLines(units: readonly Unit[], lang: Language): boolean[] {
  return headLineLevels(units, lang).map((level) => level > 0);
}

/** Head-line levels: 2 a head line by its own text, 1 one only by standing under a head line, 0 none. */
export function headLineLevels(units: readonly Unit[], lang: Language): number[] {
  const strict = units.map((u) => u.kind === 'body' && !u.junk && isHeadLike(coreText(u), lang));
  // Text cut by a jump ("…市级政（下转第5版）", or the line before "（下转第5版）") is running text.
  for (let i = 0; i < units.length; i++) {
    if (units[i].cuts.some((c) => c.removal === 'jump-line')) strict[i] = false;
    if (units[i].kind === 'jump-to') {
      let k = i - 1;
      while (k >= 0 && units[k].junk) k--;
      if (k >= 0) strict[k] = false;
    }
  }
  const out = strict.slice();
  // A line ending with a colon is a kicker only with a head line below it ("平鲁区：" / headline);
  // otherwise it introduces what follows ("图片：").
  for (let i = 0; i < units.length; i++) {
    if (!out[i] || !ENDS_WITH_COLON.test(coreText(units[i]))) continue;
    let j = i + 1;
    while (j < units.length && units[j].junk) j++;
    if (j >= units.length || !out[j]) {
      out[i] = false;
      strict[i] = false;
    }
  }
  for (let i = 1; i < units.length; i++) {
    const u = units[i];
    if (out[i] || u.kind !== 'body' || u.junk || !out[i - 1]) continue;
    const t = coreText(u);
    if (cannotBeHead(t)) continue;
    const limit = lang === 'zh' ? 50 : 140;
    if (t.length <= limit && (lang === 'zh' ? !ZH_SENTENCE_STOP.test(t) && !ENDS_WITH_PAUSE_OR_COLON.test(t) : !EN_ENDS_WITH_CLAUSE_MARK.test(t) && !EN_SENTENCE_BREAK.test(t))) out[i] = true;
  }
  return out.map((head, i) => (strict[i] ? 2 : head ? 1 : 0));
}

/**
 * A model of how paragraphs open, learned from the issue itself: for a first character, the log ratio of
 * its frequency as a paragraph opening (after a block that ends a sentence) to its frequency in running text.
 */
function trainStartModel(texts: readonly string[]): (text: string, countedAsOpening: boolean) => number {
  // Counts indexed by UTF-16 unit: no string keys, no per-character objects.
  const opening = new Uint32Array(65536);
  const running = new Uint32Array(65536);
  let nOpen = 0;
  let nRun = 0;
  let budget = 300_000;
  for (let k = 0; k < texts.length; k++) {
    const t = texts[k];
    if (t === '') continue;
    if (k === 0 || endsParagraph(texts[k - 1])) {
      opening[t.charCodeAt(0)]++;
      nOpen++;
    }
    if (budget > 0) {
      for (let i = 0; i < t.length; i++) running[t.charCodeAt(i)]++;
      nRun += t.length;
      budget -= t.length;
    }
  }
  return (text: string, countedAsOpening: boolean): number => {
    if (text === '' || nOpen < 20) return 0;
    const c = text.charCodeAt(0);
    // Leave the candidate itself out of the counts, or a fragment teaches the model its own opening.
    const own = countedAsOpening ? 1 : 0;
    const pOpen = (opening[c] - own + 0.5) / (nOpen - own + 50);
    const pRun = (running[c] + 0.5) / (nRun + 50);
    return Math.log(pOpen / pRun);
  };
}

const ZH_NUMERALS = '一二三四五六七八九十';

/** An enumeration's last ordinal in a text: its number (1-based, 0 for none) and its mark ("是" or "、"). */
interface Ordinal {
  readonly n: number;
  readonly mark: string;
}

const NO_ORDINAL: Ordinal = { n: 0, mark: '' };

/** The last "N是" or "N、" ordinal of a text. */
function lastOrdinal(text: string): Ordinal {
  let last = NO_ORDINAL;
  for (const m of text.matchAll(/([一二三四五六七八九十])([是、])/g)) last = { n: ZH_NUMERALS.indexOf(m[1]) + 1, mark: m[2] };
  return last;
}

/**
 * Whether `b` goes on with an enumeration that reached ordinal `n` ("一是品牌化——…" / "…；二是专业化——",
 * "启迪是：一、" / "投入——播种希望；二、途径…").
 */
function continuesEnumeration({ n, mark }: Ordinal, b: string): boolean {
  if (n === 0 || n >= 10) return false;
  const head = b.slice(0, 60);
  const at = head.indexOf(ZH_NUMERALS[n] + mark);
  return at > 0 && !head.slice(0, at).includes(ZH_NUMERALS[n - 1] + mark);
}

/**
 * Whether a Chinese text opens in a way no paragraph or head line can: with clause punctuation, or with
 * one character and then a comma (the tail of a clause cut at a column end).
 */
export function cannotOpen(text: string, lang: Language): boolean {
  return lang === 'zh' && (startsWithContinuationPunct(text) || (CLAUSE_TAIL_OPENING.test(text) && !opensListItem(text, lang)));
}

/** An enumerated item's opening ("一、…", "（三）…", "第二，…"): list items open paragraphs. */
export function opensListItem(text: string, lang: Language): boolean {
  return lang === 'zh' && LIST_ITEM_OPENING.test(text);
}

/** An opening time phrase set off by a comma ("去年９月，", "近年来，"): how news paragraphs often open. */
export function opensWithTime(text: string, lang: Language): boolean {
  return lang === 'zh' && TIME_OPENING.test(text);
}

/** A demonstrative with its measure word or copula opening the text ("这些人…", "这次会议…", "这是…"). */
export function opensWithDemonstrative(text: string, lang: Language): boolean {
  return lang === 'zh' && DEMONSTRATIVE_OPENING.test(text);
}

/** A short speaker's attribution opening the text ("他表示，", "社论还说："). */
export function opensWithSpeaker(text: string, lang: Language): boolean {
  return lang === 'zh' && SPEAKER_OPENING.test(text);
}

/** A strong paragraph opening: datelines and agency openings. */
function opensParagraph(text: string, lang: Language): boolean {
  if (lang === 'zh') return AGENCY_OPENING.test(text) && AGENCY_MARK_NEAR_START.test(text);
  return EN_DATELINE_OPENING.test(text);
}

/** Whether a word spans the break clearly better once the first character of `b` is dropped. */
function spansBetterWithout(a: string, b: string, lexicon: Lexicon): boolean {
  const without = zhSpanGain(a, b.slice(1), lexicon);
  return without > 2 && without > zhSpanGain(a, b, lexicon) + 2;
}

/** Whether `a` ends with the first n units of `b` (a.endsWith(b.slice(0, n)) without the substring). */
function endsWithStartOf(a: string, b: string, n: number): boolean {
  if (n > a.length || n > b.length) return a.endsWith(b.slice(0, n));
  for (let k = 0; k < n; k++) if (a.charCodeAt(a.length - n + k) !== b.charCodeAt(k)) return false;
  return true;
}

/** Length of the overlap duplicated at a break: the end of `a` repeated at the start of `b`. */
export function overlapLength(a: string, b: string, lang: Language, lexicon: Lexicon): number {
  if (lang === 'zh') {
    for (let n = Math.min(8, a.length - 1, b.length - 1); n >= 1; n--) {
      if (endsWithStartOf(a, b, n)) {
        // One repeated character may be genuine reduplication ("天天"): keep it when that is a word,
        // unless dropping it lets a word span the break instead ("女运动" / "动员人数" → "运动员").
        if (n === 1 && lexicon.zhLogFreq(b[0] + b[0]) > 0 && !spansBetterWithout(a, b, lexicon)) return 0;
        if (n === 1 && !/[\u3400-\u9fff]/.test(b[0])) return 0;
        return n;
      }
    }
    return 0;
  }
  const aw = a.trimEnd().split(/\s+/);
  const bw = b.trimStart().split(/\s+/);
  for (let n = Math.min(3, aw.length - 1, bw.length - 1); n >= 1; n--) {
    const tail = aw.slice(-n).join(' ');
    const head = bw.slice(0, n).join(' ');
    if (tail === head && /[A-Za-z]/.test(tail)) {
      // Skip the spaces after the repeated words too.
      let len = head.length;
      const lead = b.length - b.trimStart().length;
      len += lead;
      while (len < b.length && b[len] === ' ') len++;
      return len;
    }
  }
  return 0;
}

/** A scored candidate join: end `a` continued by `b` (positions among the body blocks). */
export interface Candidate {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly plan: JoinPlan;
  /** Whether the confidence follows from the score and its margin (false: a fixed-rule confidence). */
  readonly scored?: boolean;
}

/**
 * Find broken paragraphs and misplaced fragments: every dangling end (a block that does not end a
 * paragraph) is scored against possible continuations nearby and anywhere with an overlap, then pairs
 * are assigned best-first, one continuation per end and one end per continuation, without cycles.
 */
export function planJoins(
  units: readonly Unit[],
  lang: Language,
  lexicon: Lexicon,
  indentLayout: boolean,
  levels: readonly number[] = headLineLevels(units, lang),
): JoinPlan[] {
  return decideJoins(scoreJoinCandidates(units, lang, lexicon, indentLayout, levels));
}

/** Every candidate join of an issue with its evidence score (the decoder's input). */
export function scoreJoinCandidates(
  units: readonly Unit[],
  lang: Language,
  lexicon: Lexicon,
  indentLayout: boolean,
  levels: readonly number[] = headLineLevels(units, lang),
): Candidate[] {
  const body: number[] = [];
  for (let i = 0; i < units.length; i++) if (units[i].kind === 'body' && !units[i].junk) body.push(i);
  const texts = body.map((i) => coreText(units[i]));
  const headish = levels.map((level) => level > 0);
  const startModel = lang === 'zh' ? trainStartModel(texts) : null;
  const candidates: Candidate[] = [];
  /** What the opening of a block says about it being a continuation (the same for every end). */
  const startEvidence = (kb: number, bRest: string): number => {
    const b = texts[kb];
    // The model left the block's own opening out of its counts; that is the character scored unless an
    // overlap was skipped (subtracting it from another character's count made the estimate negative).
    const countedAsOpening = (kb === 0 || endsParagraph(texts[kb - 1])) && bRest.charCodeAt(0) === texts[kb].charCodeAt(0);
    const after = units[body[kb] + 1];
    const headLike = isHeadLike(b, lang);
    return scoreStart({
      continuationPunct: lang === 'zh' ? startsWithContinuationPunct(bRest) : startsMidSentenceEn(bRest),
      // "一、" is a list item's number, not a clause tail.
      clauseTail: lang === 'zh' && CLAUSE_TAIL_OPENING.test(bRest) && !opensListItem(bRest, lang),
      paragraphOpening: opensParagraph(bRest, lang) || opensListItem(bRest, lang),
      timeOpening: opensWithTime(bRest, lang),
      demonstrative: opensWithDemonstrative(bRest, lang),
      speaker: opensWithSpeaker(bRest, lang),
      openingLogRatio: startModel ? startModel(bRest, countedAsOpening) : 0,
      headLike: headLike && b.length < (lang === 'zh' ? 25 : 60) && !startsWithContinuationPunct(b) && !(lang === 'en' && startsMidSentenceEn(b)),
      headlineOverByline: after !== undefined && after.kind === 'byline' && headLike,
    });
  };
  // NaN: not computed yet (a typed array holds the scores unboxed).
  const startMemo = new Float64Array(texts.length).fill(Number.NaN);
  // Index of continuation starts by their first two characters, for overlaps far away: the two code
  // units as one number (only two-character keys are ever looked up, so shorter texts are left out).
  const byStart = new Map<number, number[]>();
  texts.forEach((t, k) => {
    if (t.length < 2) return;
    const key = t.charCodeAt(0) * 65536 + t.charCodeAt(1);
    const list = byStart.get(key);
    if (list) list.push(k);
    else byStart.set(key, [k]);
  });
  /** How many blocks other than `kb` open with the first n characters of `b`. */
  const countOpenings = (b: string, n: number, kb: number): number => {
    let count = 0;
    for (const k of byStart.get(b.charCodeAt(0) * 65536 + b.charCodeAt(1)) ?? []) if (k !== kb && texts[k].startsWith(b.slice(0, n))) count++;
    return count;
  };
  // For each block, the last end that considered it as a continuation (-1: none yet).
  const seenBy = new Int32Array(body.length).fill(-1);
  for (let ka = 0; ka < body.length; ka++) {
    const a = texts[ka];
    if (a === '') continue;
    if (lang === 'zh' && ENDS_WITH_COLON.test(a) && ka + 1 < texts.length && QUOTE_OPENING.test(texts[ka + 1])) {
      // "他在贺卡上写道：" / "“轻轻贺年卡…”": a colon before a quotation runs on into it.
      const kb = ka + 1;
      candidates.push({ a: ka, b: kb, score: JOIN_WEIGHTS.colonQuote, plan: { first: body[ka], second: body[kb], separator: '', dropHyphen: false, overlap: 0, confidence: 0.6, adjacent: true, midWord: false, evidence: 'colon-quote' } });
      continue;
    }
    // A separator line ("***") ends whatever stood before it.
    if (!LETTER_OR_DIGIT.test(a)) continue;
    // "：" and "；" end paragraphs often (a list or a quotation follows) but not always: a join after one
    // needs more evidence than after a comma, not none.
    const softEnd = lang === 'zh' && SOFT_END.test(lastMeaningful(a));
    if (!softEnd && endsParagraph(a) && !leavesBracketOpen(a)) {
      // A complete sentence repeated at the start of the next block ("…方案。" / "方案。对于…"):
      // the break fell right after a sentence end and the overlap was duplicated.
      let kb = ka + 1;
      while (kb < texts.length && headish[body[kb]] && kb - ka <= 4) kb++;
      const b = kb < texts.length ? texts[kb] : '';
      const m = lang === 'zh' ? REPEATED_SENTENCE_OPENING.exec(b) : null;
      if (m && a.endsWith(m[0]) && b.length > m[0].length && !headish[body[kb]]) {
        candidates.push({ a: ka, b: kb, score: JOIN_WEIGHTS.repeatedSentence, plan: { first: body[ka], second: body[kb], separator: '', dropHyphen: false, overlap: m[0].length, confidence: 0.8, adjacent: true, midWord: false, evidence: 'repeated-sentence' } });
      }
      continue;
    }
    const headLine = levels[body[ka]] === 2 && !(indentLayout && units[body[ka]].indented);
    // A head-like line ending in a preposition, a conjunction or "的" stops mid-phrase: more likely the
    // first part of a paragraph than a head line, so it looks for its continuation as running text does.
    const danglingHead = headLine && endsMidPhrase(a, lang);
    const aHead = headLine && !danglingHead;
    // A line read as a subheadline only because it stands under a head line may still be a fragment.
    const aUnderHead = levels[body[ka]] === 1;
    const aOrdinal = lang === 'zh' ? lastOrdinal(a.slice(-120)) : NO_ORDINAL;
    const local: Candidate[] = [];
    const consider = (kb: number, far = false): void => {
      if (kb === ka || kb < 0 || kb >= body.length || seenBy[kb] === ka) return;
      seenBy[kb] = ka;
      const b = texts[kb];
      if (b === '') return;
      const distance = far ? 0 : kb - ka;
      const adjacent = kb - ka === 1;
      let spanGain = 0;
      let hyphen = false;
      let dropHyphen = false;
      let enumeration = false;
      let separator = '';
      // After a head line, coincidences (the paragraph repeating the headline's words) are not evidence.
      // (An English head-like line continued by a lower-case word is a fragment after all.)
      const repeated = aHead && !(lang === 'en' && startsMidSentenceEn(b)) ? 0 : overlapLength(a, b, lang, lexicon);
      // Away from the end, one or two repeated characters are a coincidence more often than an overlap.
      const overlap = !adjacent && lang === 'zh' && repeated < 3 ? 0 : repeated;
      const bRest = b.slice(overlap).trimStart();
      // An overlap other blocks of the issue open with too ("他说，") is how paragraphs open here, not a
      // duplicated break.
      const overlapElsewhere = lang === 'zh' && overlap >= 2 ? countOpenings(b, overlap, kb) : 0;
      // Away from the end, an overlap that is one whole word ("集成电路") is as likely a paragraph that
      // opens with the word A ended on.
      const overlapIsWord = !adjacent && lang === 'zh' && overlap >= 2 && lexicon.zhLogFreqAt(b, 0, overlap) > 0;
      if (lang === 'zh') {
        const gain = zhSpanGain(a, bRest, lexicon);
        // After a head line only an unmistakable word across the break counts (a long fragment "…归根" / "结底").
        if (gain > 2 && (!aHead || (a.length >= 9 && gain > 6))) spanGain = gain;
        // Away from a head line only such a word counts: the head line's fragment may have moved.
        if ((aHead || danglingHead) && !adjacent && spanGain === 0) return;
        enumeration = continuesEnumeration(aOrdinal, bRest);
      } else {
        separator = ' ';
        if (EN_HYPHEN_END.test(a)) {
          const stem = EN_HYPHENATED_STEM.exec(a)?.[1] ?? '';
          const next = EN_LEADING_WORD.exec(bRest)?.[0] ?? '';
          separator = '';
          hyphen = true;
          // "infor-" + "mation": the joined form is a word, so the hyphen only marked the line end.
          // "well-" + "known": "wellknown" is not, so the hyphen is part of the compound and stays.
          dropHyphen = next !== '' && lexicon.hasEnWord((stem + next).toLowerCase());
        }
      }
      let start: number;
      if (overlap > 0) start = startEvidence(kb, bRest);
      else {
        if (Number.isNaN(startMemo[kb])) startMemo[kb] = startEvidence(kb, bRest);
        start = startMemo[kb];
      }
      const score = scorePair(
        {
          distance,
          overlap,
          overlapElsewhere,
          overlapIsWord,
          lang,
          spanGain,
          enumeration,
          hyphen,
          hyphenWord: dropHyphen,
          indentedStart: indentLayout && units[body[kb]].indented,
          endHeadLevel: aHead ? 2 : aUnderHead ? 1 : 0,
          danglingHead,
          startOpenless: aHead && cannotOpen(bRest, lang),
          softEnd,
        },
        start,
      );
      const midWord = spanGain > 0;
      const evidence: JoinEvidence = hyphen
        ? 'hyphen'
        : overlap > 0
          ? 'overlap'
          : midWord
            ? 'mid-word'
            : enumeration
              ? 'enumeration'
              : aHead || aUnderHead || danglingHead
                ? 'head-line'
                : softEnd
                  ? 'soft-end'
                  : cannotOpen(bRest, lang) || (lang === 'en' && startsMidSentenceEn(bRest))
                    ? 'clause-tail'
                    : 'unfinished-end';
      if (score <= CANDIDATE_FLOOR) return;
      // Only the best candidate of each end is kept, so even modest scores are more likely right than not.
      // (Recomputed with the margin over its rivals once the joins are assigned.)
      const confidence = joinConfidence(score, Number.POSITIVE_INFINITY);
      local.push({
        a: ka,
        b: kb,
        score,
        scored: true,
        plan: { first: body[ka], second: body[kb], separator, dropHyphen, overlap, confidence, adjacent, midWord, evidence },
      });
    };
    // Keep each end's few best continuations: the global sort then stays small on big issues.
    const keep = (): void => {
      local.sort((x, y) => y.score - x.score);
      for (const c of local.slice(0, CANDIDATES_PER_END)) candidates.push(c);
    };
    // A head line continues, if at all, right below it (on punctuation or word evidence).
    if (aHead) {
      consider(ka + 1);
      // A long one may be the start of a paragraph whose rest moved: look for a word spanning its end.
      if (lang === 'zh' && a.length >= 9) {
        for (let d = 2; d <= WINDOW; d++) {
          consider(ka + d);
          consider(ka - d);
        }
      }
      keep();
      continue;
    }
    for (let d = 1; d <= WINDOW; d++) {
      consider(ka + d);
      consider(ka - d);
    }
    // Far away: only continuations that repeat this end's last n ≥ 3 characters (an overlap) are looked
    // up, by the two characters they start with.
    if (lang === 'zh') {
      for (let n = 3; n <= Math.min(8, a.length); n++) {
        const list = byStart.get(a.charCodeAt(a.length - n) * 65536 + a.charCodeAt(a.length - n + 1));
        if (list) for (let q = 0; q < list.length && q < 12; q++) consider(list[q], Math.abs(list[q] - ka) > WINDOW);
      }
    }
    keep();
  }
  for (const [ka, kb] of jumpPairs(units, body, levels)) {
    if (ka === kb || texts[ka] === '' || texts[kb] === '' || (endsParagraph(texts[ka]) && !leavesBracketOpen(texts[ka]))) continue;
    const separator = lang === 'en' ? ' ' : '';
    // The jump says where the article goes on, not that the paragraph does: the opening decides that.
    const score = JOIN_WEIGHTS.jumpPair + startEvidence(kb, texts[kb]);
    if (score <= CANDIDATE_FLOOR) continue;
    candidates.push({ a: ka, b: kb, score, scored: true, plan: { first: body[ka], second: body[kb], separator, dropHyphen: false, overlap: 0, confidence: joinConfidence(score, Number.POSITIVE_INFINITY), adjacent: false, midWord: false, evidence: 'jump-pair' } });
  }
  return candidates;
}
