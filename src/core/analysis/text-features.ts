/** Cheap text features shared by the detectors. */

/** The script an issue is written in. */
export type Language = 'zh' | 'en';

/** Whether a character is a CJK ideograph. */
export function isIdeograph(ch: string): boolean {
  // Any unit of the string, as /[\u3400-\u9fff\uf900-\ufaff]/.test(ch) would find (callers pass one character).
  for (let i = 0; i < ch.length; i++) if (isIdeographCode(ch.charCodeAt(i))) return true;
  return false;
}

/** Whether a UTF-16 code unit is a CJK ideograph (the ranges isIdeograph tests). */
export function isIdeographCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Decide the issue language from a sample of its text (ideographs versus Latin letters). */
export function detectLanguage(text: string): Language {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return cjk * 3 >= latin ? 'zh' : 'en';
}

/**
 * Whether a code unit is a closing quote or bracket that may follow a sentence end (”’」』》）)"'】〕]),
 * a space or an ideographic space: skipped to find the character that really ends a text.
 */
function isTrailer(c: number): boolean {
  switch (c) {
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x300d: // 」
    case 0x300f: // 』
    case 0x300b: // 》
    case 0xff09: // ）
    case 0x29: // )
    case 0x22: // "
    case 0x27: // '
    case 0x3011: // 】
    case 0x3015: // 〕
    case 0x5d: // ]
    case 0x20:
    case 0x3000:
      return true;
    default:
      return false;
  }
}

/** Index of the character that really ends text[0, end): trailing closers and spaces skipped; -1 if none. */
function lastMeaningfulIndex(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && isTrailer(text.charCodeAt(i))) i--;
  return i;
}

/** Strip trailing closers and spaces: the character that really ends the text. */
export function lastMeaningful(text: string): string {
  const i = lastMeaningfulIndex(text, text.length);
  return i >= 0 ? text[i] : '';
}

/** Whether a code unit is white space as String.prototype.trim sees it (WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text ends the way a paragraph can end (sentence-final or clause-final punctuation). */
export function endsParagraph(text: string): boolean {
  // As text.trimEnd() then its last character, without making the trimmed string (called for every block).
  let end = text.length;
  while (end > 0 && isTrimmed(text.charCodeAt(end - 1))) end--;
  if (end === 0) return true;
  const last = text.charCodeAt(end - 1);
  // A closing bracket after a byline "（某某）" or a credit "…摄）" ends a paragraph.
  if (last === 0xff09 || last === 0x29) return true;
  const i = lastMeaningfulIndex(text, end);
  return i >= 0 && isSentenceEnd(text.charCodeAt(i));
}

/** Sentence-final and clause-final punctuation that can end a paragraph: 。！？；：…!?.;: */
function isSentenceEnd(c: number): boolean {
  switch (c) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0xff1b: // ；
    case 0xff1a: // ：
    case 0x2026: // …
    case 0x21: // !
    case 0x3f: // ?
    case 0x2e: // .
    case 0x3b: // ;
    case 0x3a: // :
      return true;
    default:
      return false;
  }
}

// Patterns used per block or per candidate are made once (a regex literal is a new object each time
// it is evaluated). None is global or sticky, so sharing them keeps no state between calls.
const CLAUSE_PUNCTUATION = /[。，、；！？,;!?]|[.](\s|$)/;
const MID_SENTENCE_EN = /^[a-z]/;
const CONTINUATION_EN = /^[,;:.)]/;
const CONTINUATION_ZH = /^[，、。；：！？）」』》”’,.;:!?)]/;

/** Whether text has any sentence-internal or final punctuation (head lines mostly have none). */
export function hasClausePunctuation(text: string): boolean {
  return CLAUSE_PUNCTUATION.test(text);
}

/** Display length: CJK text counts characters, Latin text counts characters too (widths differ by script). */
export function textLength(text: string): number {
  return text.length;
}

/** Whether an English text starts in the middle of a sentence (lower-case word or punctuation). */
export function startsMidSentenceEn(text: string): boolean {
  return MID_SENTENCE_EN.test(text) || CONTINUATION_EN.test(text);
}

/** Whether a Chinese text starts with punctuation that never begins a paragraph. */
export function startsWithContinuationPunct(text: string): boolean {
  return CONTINUATION_ZH.test(text);
}
