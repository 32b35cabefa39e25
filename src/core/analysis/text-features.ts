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

/** Closing quotes and brackets that may follow a sentence end. */
const CLOSERS = '”’」』》）)"\'】〕]';

/** Strip trailing closers and spaces: the character that really ends the text. */
export function lastMeaningful(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.includes(text[i]) || text[i] === ' ' || text[i] === '\u3000')) i--;
  return i >= 0 ? text[i] : '';
}

/** Whether text ends the way a paragraph can end (sentence-final or clause-final punctuation). */
export function endsParagraph(text: string): boolean {
  const t = text.trimEnd();
  if (t === '') return true;
  const last = t[t.length - 1];
  // A closing bracket after a byline "（某某）" or a credit "…摄）" ends a paragraph.
  if (last === '）' || last === ')') return true;
  return /[。！？；：…!?.;:]/.test(lastMeaningful(t));
}

/** Whether text has any sentence-internal or final punctuation (head lines mostly have none). */
export function hasClausePunctuation(text: string): boolean {
  return /[。，、；！？,;!?]|[.](\s|$)/.test(text);
}

/** Display length: CJK text counts characters, Latin text counts characters too (widths differ by script). */
export function textLength(text: string): number {
  return text.length;
}

/** Whether an English text starts in the middle of a sentence (lower-case word or punctuation). */
export function startsMidSentenceEn(text: string): boolean {
  return /^[a-z]/.test(text) || /^[,;:.)]/.test(text);
}

/** Whether a Chinese text starts with punctuation that never begins a paragraph. */
export function startsWithContinuationPunct(text: string): boolean {
  return /^[，、。；：！？）」』》”’,.;:!?)]/.test(text);
}
