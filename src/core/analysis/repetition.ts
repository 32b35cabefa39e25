import type { Language } from './text-features';

/** A range [start, end) of a block's text found to be junk, with what kind of junk it is. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A repetition loop found in one text: the repeated copies to remove, and the repeated unit. */
export interface LoopFinding extends TextRange {
  readonly unit: string;
  readonly copies: number;
  /** A verbatim repeat ("X。X。X。") or an enumeration repeating its predicate ("五是X。六是X。"). */
  readonly kind: 'verbatim' | 'enumeration';
}

const ZH_ORDINAL = /^(第?[一二三四五六七八九十百]+[是则、，,]|其[一二三四五六七八九十]+[，,、]?|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|首先|其次|再次|最后)/;
const EN_ORDINAL = /^(first(ly)?|second(ly)?|third(ly)?|fourth(ly)?|fifth(ly)?|sixth(ly)?|seventh(ly)?|eighth(ly)?|ninth(ly)?|tenth(ly)?|finally|next|\(\w\)|\d+\.)[,:]?\s*/i;

/** A closing quote or bracket that may follow a sentence end (made once, not per sentence end). */
const CLOSER = /[”’」』）)"']/;

/** Sentence units of a text: [start, end) ranges ending after sentence-final punctuation. */
export function sentenceUnits(text: string, lang: Language): Array<readonly [number, number]> {
  const units: Array<readonly [number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const final = lang === 'zh' ? c === '。' || c === '！' || c === '？' || c === '；' : (c === '.' || c === '!' || c === '?') && (i + 1 === text.length || text[i + 1] === ' ' || text[i + 1] === '"');
    if (!final) continue;
    let end = i + 1;
    while (end < text.length && CLOSER.test(text[end])) end++;
    if (lang === 'en') while (end < text.length && text[end] === ' ') end++;
    units.push([start, end]);
    start = end;
    i = end - 1;
  }
  if (start < text.length) units.push([start, text.length]);
  return units;
}

/** The content of a sentence without its enumeration marker ("六是…" → "…"). */
function withoutOrdinal(s: string, lang: Language): string {
  const t = s.trim();
  const re = lang === 'zh' ? ZH_ORDINAL : EN_ORDINAL;
  const m = re.exec(t);
  return m ? t.slice(m[0].length) : t;
}

/**
 * A cheap screen: every loop makes two consecutive sentence ends share the three characters before
 * them ("…创新高。…创新高。"), so text where that never happens needs no closer look.
 */
function mayRepeat(text: string, lang: Language): boolean {
  let last = -1;
  const zh = lang === 'zh';
  for (let i = 3; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every Chinese sentence end but "。" lies at U+FF01 or above: one comparison rules out an ideograph.
    if (zh ? c < 0xff01 && c !== 0x3002 : c > 63) continue;
    const final = zh
      ? c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b
      : (c === 46 || c === 33 || c === 63) && (i + 1 === text.length || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 34);
    if (!final) continue;
    if (last >= 0 && text.charCodeAt(i - 1) === text.charCodeAt(last - 1) && text.charCodeAt(i - 2) === text.charCodeAt(last - 2) && text.charCodeAt(i - 3) === text.charCodeAt(last - 3)) return true;
    last = i;
  }
  return false;
}

/**
 * Find repetition loops: a unit repeated back to back (the first copy is genuine, the rest junk), either
 * verbatim or as an enumeration that repeats the same predicate under a new ordinal ("五是X。六是X。").
 * A unit can be a sentence's tail ("…同时达成一致的。时达成一致的。"), so verbatim repeats are found as
 * tandem repeats ending at sentence ends, not by comparing whole sentences.
 */
export function findRepetitionLoops(text: string, lang: Language): LoopFinding[] {
  if (!mayRepeat(text, lang)) return [];
  const found: LoopFinding[] = [];
  const units = sentenceUnits(text, lang);
  const ends = units.map((u) => u[1]);
  let k = 0;
  while (k < ends.length) {
    const boundary = ends[k];
    let best: LoopFinding | null = null;
    // The repeated unit ends at this boundary; the next copy ends one or two sentence ends later.
    for (let step = 1; step <= 2 && k + step < ends.length; step++) {
      const len = ends[k + step] - boundary;
      if (len < 2 || len > boundary) continue;
      const unit = text.slice(boundary - len, boundary);
      if (text.slice(boundary, boundary + len) !== unit) continue;
      if (lang === 'en' ? unit.trim().split(/\s+/).length < 2 : unit.length < 3) continue;
      let copies = 1;
      while (text.slice(boundary + copies * len, boundary + (copies + 1) * len) === unit) copies++;
      // A trailing copy may lack the space that followed the others.
      if (lang === 'en' && text.slice(boundary + copies * len) === unit.trimEnd()) copies++;
      const end = Math.min(text.length, boundary + copies * len);
      if (!best || end - boundary > best.end - best.start) best = { start: boundary, end, unit, copies, kind: 'verbatim' };
    }
    if (best) {
      found.push(best);
      while (k < ends.length && ends[k] < best.end) k++;
      continue;
    }
    k++;
  }
  // Enumerations repeating the same predicate: "五是国际化程度创新高。六是国际化程度创新高。…".
  for (let i = 0; i + 1 < units.length; i++) {
    const first = text.slice(units[i][0], units[i][1]);
    const content = withoutOrdinal(first, lang);
    if (content === first.trim() || content.length < 3) continue;
    let j = i + 1;
    while (j < units.length) {
      const next = text.slice(units[j][0], units[j][1]);
      const nextContent = withoutOrdinal(next, lang);
      if (nextContent === next.trim() || nextContent !== content) break;
      j++;
    }
    if (j - i >= 2) {
      const start = units[i + 1][0];
      const end = units[j - 1][1];
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, unit: content, copies: j - i - 1, kind: 'enumeration' });
      i = j - 1;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
