import type { Language } from './text-features';

/**
 * Whether a block's text is long enough that seeing it twice cannot be chance, so a second copy may be
 * removed as a duplicate. A short line ("Met at noon.", "征集") and a dateline ("新华社北京10月19日电",
 * "WASHINGTON, Dec. 30.—") repeat in real issues as content.
 */
export function isDuplicateCandidate(text: string, lang: Language): boolean {
  const t = text.trim();
  if (DATELINE.test(t)) return false;
  if (lang === 'zh') return t.length >= MIN_ZH && SENTENCE_MARK.test(t);
  return t.length >= MIN_EN && t.split(/\s+/).length >= MIN_EN_WORDS;
}

/** Characters a Chinese text needs before a repeat of it is taken as a duplicate (about a full sentence). */
const MIN_ZH = 20;
/** Characters and words an English text needs (a short sentence repeats by chance: "Met at noon."). */
const MIN_EN = 48;
const MIN_EN_WORDS = 8;
// Made once (a regex literal is a new object each time it is evaluated); neither is global or sticky.
const SENTENCE_MARK = /[，。！？；、,.!?;]/;
/** A dateline standing as the whole text: a news agency or paper, a place, a date, 电 or a dash. */
const DATELINE = /^((新华社|中新社|本报|人民网|央视网?)[\u3400-\u9fff]{0,12}[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日电|本报讯)$|^[A-Z][A-Za-z .'-]{1,40},\s*[A-Z][a-z]{2,4}\.?\s*\d{1,2}\.?\s*[-—–]*$/;
