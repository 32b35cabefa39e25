import type { Language } from './text-features';
import { furnitureKind, isEnJumpLine } from './furniture';

/** Roles read from a single line's text, before context is considered. */
export type LineKind =
  | 'furniture'
  | 'jump-to'
  | 'jump-from'
  | 'caption'
  | 'byline'
  | 'body';

const CN_DIGITS = '0-9０-９一二三四五六七八九十百零〇';

const ZH_FOLIO = new RegExp(`^(第\\s*[${CN_DIGITS}]+\\s*版|[—\\-－]\\s*[${CN_DIGITS}]+\\s*[—\\-－])$`);
const ZH_HEADER = new RegExp(`^.{0,12}(日报|晚报|时报|周报|报)?[\\s\u3000]*[${CN_DIGITS}]{2,4}\\s*年\\s*[${CN_DIGITS}]{1,2}\\s*月\\s*[${CN_DIGITS}]{1,3}\\s*日([\\s\u3000]*星期.)?([\\s\u3000]*第\\s*[${CN_DIGITS}]+\\s*版)?$`);
const ZH_EDITOR = /^(责任编辑|本版编辑|编辑|校对|美编|版式|组版|本版责编|责编)[：:].{1,20}$/;
const EN_FOLIO = /^(page\s+\d+|-\s*\d+\s*-|\d+\s*\|\s*[A-Za-z .]+|[A-Za-z .]+\s*\|\s*\d+)$/i;
const EN_HEADER = /^[A-Z][A-Z .&']{2,40}\s{1,}(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}(\s+page\s+\d+)?$/i;
const EN_EDITOR = /^(editor|edited by|sub-?editor|page editor)\s*[:：]\s*.{1,40}$/i;

const ZH_JUMP_TO = new RegExp(`^[（(]\\s*(下转|转)第?\\s*[${CN_DIGITS}]+\\s*版\\s*[)）]$`);
const ZH_JUMP_FROM = new RegExp(`^[（(]\\s*(上接|接)第?\\s*[${CN_DIGITS}]+\\s*版\\s*[)）]$`);
const EN_JUMP_TO = /^\(?\s*(continued|cont'd|see)\s+(on\s+)?page\s+\d+\s*\)?\.?$/i;
const EN_JUMP_FROM = /^\(?\s*(continued|cont'd)\s+from\s+page\s+\d+\s*\)?\.?$/i;

const ZH_LEADING_JUMP = new RegExp(`^[（(]\\s*(上接|接)第?\\s*[${CN_DIGITS}]+\\s*版\\s*[)）]`);
const ZH_TRAILING_JUMP = new RegExp(`[（(]\\s*(下转|转)第?\\s*[${CN_DIGITS}]+\\s*版\\s*[)）]$`);

// Made once rather than per call (a regex literal is a new object each time it is evaluated); none is
// global or sticky, so sharing them keeps no state between calls.
const EN_LEADING_JUMP = /^\(\s*continued\s+from\s+page\s+\d+\s*\)\s*/i;
const EN_TRAILING_JUMP = /\s*\(\s*continued\s+on\s+page\s+\d+\s*\)$/i;
const ENDS_WITH_BRACKET = /[)）]$/;
const ZH_CREDIT_LINE = /(摄影报道|摄影|摄)$/;
// "本报讯（记者 某某）", and a reporter in brackets after a dateline ("本报北京10月19日电 （记者 某某）").
const ZH_LEADING_BYLINE = /^(本报讯|(?:本报|新华社|中新社|人民网)[\u3400-\u9fff]{0,12}[0-9０-９]{1,2}月[0-9０-９]{1,2}日电)[\s\u3000]*[（(]((?:本报|特约|新华社)?(?:记者|通讯员)[^（）()]{1,30})[）)]/;
const ZH_TRAILING_BYLINE = /[。！？”][（(]([\u3400-\u9fff·\s\u3000]{2,20})[）)]$/;
const EN_TRAILING_BYLINE = /\((reporting by [^()]{3,60}|by [A-Z][^()]{3,60})\)$/i;

/** A jump marker glued to the start of a paragraph ("(上接第6版)…"): its length, or 0. */
export function leadingJumpMarker(text: string): number {
  const m = ZH_LEADING_JUMP.exec(text) ?? EN_LEADING_JUMP.exec(text);
  return m ? m[0].length : 0;
}

/** A jump marker glued to the end of a paragraph ("…（下转第10版）"): its length, or 0. */
export function trailingJumpMarker(text: string): number {
  if (!ENDS_WITH_BRACKET.test(text)) return 0;
  const m = ZH_TRAILING_JUMP.exec(text.slice(-20)) ?? EN_TRAILING_JUMP.exec(text.slice(-40));
  return m ? m[0].length : 0;
}

const ZH_CREDIT = /[（(][^（）()]{0,30}摄[影]?[^（）()]{0,6}[）)]。?$|摄影报道|[（(]\s*([^（）()]{0,20}供图|[^（）()]{2,20}(图片|照片))\s*[）)]。?$/;
const EN_CREDIT = /\((photo|picture|image)s?\s*:[^)]*\)\.?$|\((photo|picture)\s+by[^)]*\)\.?$|\(pictured[^)]*\)\.?$/i;

const ZH_BYLINE = /^(本报记者|本报通讯员|记者|通讯员|新华社记者|特约记者|本报特约记者|实习生|本报驻.{1,8}记者|文[／/]|文：|撰文)[\s\u3000]*[\u3400-\u9fff·]{2,4}([\s\u3000、，,]*(本报记者|记者|通讯员|实习生)?[\s\u3000]*[\u3400-\u9fff·]{2,4}){0,4}$/;
// Column names that open with "记者" ("记者观察", "记者手记") stand above a headline as its kicker: no name follows.
const ZH_REPORTER_COLUMN = /^(本报)?记者(观察|手记|调查|来信|札记|述评|随笔|视点|点评|见闻|追踪|走访|感言|日记|笔记|专访|连线)$/;
const EN_BYLINE = /^(by|reporting by|written by|words by)\s+[A-Z][A-Za-z.'-]+(\s+[A-Z][A-Za-z.'-]+){0,3}(\s+and\s+[A-Z][A-Za-z.'-]+(\s+[A-Z][A-Za-z.'-]+){0,3})?$|^[A-Z][a-z]+(\s+[A-Z][A-Za-z'-]+){1,2},\s+[A-Za-z ]{0,30}(reporter|correspondent|editor|writer|staff)$/i;

/** Classify a line by its own text. */
export function classifyLine(text: string, lang: Language): LineKind {
  const t = text.trim();
  if (t === '') return 'furniture';
  // Furniture of real pages (page numbers, source lines, mastheads, editor blocks, ears, folios).
  if (t.length <= 160 && furnitureKind(t) !== null) return 'furniture';
  if (lang === 'zh') {
    if (ZH_JUMP_TO.test(t)) return 'jump-to';
    if (ZH_JUMP_FROM.test(t)) return 'jump-from';
    if (t.length <= 40 && (ZH_FOLIO.test(t) || ZH_HEADER.test(t) || ZH_EDITOR.test(t))) return 'furniture';
    // A photo credit line ("新华社记者 某某 摄影报道") belongs with the captions, not the byline.
    // Credits close the line: only its end is searched (long paragraphs would make the search slow).
    if (ZH_CREDIT.test(t.slice(-60)) || (t.length <= 40 && ZH_CREDIT_LINE.test(t))) return 'caption';
    if (t.length <= 40 && ZH_BYLINE.test(t) && !ZH_REPORTER_COLUMN.test(t)) return 'byline';
    return 'body';
  }
  if (EN_JUMP_TO.test(t) || (isEnJumpLine(t) && !/\bfrom\b/i.test(t))) return 'jump-to';
  if (EN_JUMP_FROM.test(t)) return 'jump-from';
  if (t.length <= 80 && (EN_FOLIO.test(t) || EN_HEADER.test(t) || EN_EDITOR.test(t))) return 'furniture';
  if (t.length <= 70 && EN_BYLINE.test(t)) return 'byline';
  if (EN_CREDIT.test(t.slice(-120))) return 'caption';
  return 'body';
}

/** Text of a Chinese byline at the start of a paragraph: "本报讯（记者 某某）" → range of "记者 某某". */
export function leadingBylineRange(text: string, lang: Language): readonly [number, number] | null {
  if (lang !== 'zh') return null;
  const m = ZH_LEADING_BYLINE.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length - 1 - m[2].length;
  return [start, start + m[2].length];
}

/** Text of a byline closing the last paragraph: "…。（某某 某某）" or "(Reporting by …)". */
export function trailingBylineRange(text: string, lang: Language): readonly [number, number] | null {
  // A match ends at the text's end and is at most 23 (Chinese) or 75 (English) characters long, so only
  // the tail is searched: the search would otherwise start again at every sentence end of the paragraph.
  if (lang === 'zh') {
    const m = ZH_TRAILING_BYLINE.exec(text.slice(-23));
    if (!m || m[1].includes('摄')) return null;
    const end = text.length - 1;
    return [end - m[1].length, end];
  }
  const m = EN_TRAILING_BYLINE.exec(text.slice(-75));
  if (!m) return null;
  const end = text.length - 1;
  return [end - m[1].length, end];
}
