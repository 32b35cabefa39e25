/**
 * Page furniture of real pages, by the line's own text: what a PDF export, an e-paper page or an OCR'd
 * front page prints around the articles (page numbers, source lines, mastheads, edition navigation,
 * editor blocks, advertisement placeholders, weather and market ears, folios, jump lines). Each kind has
 * its own basis tag, so its precision is measured on its own.
 */

/** What kind of furniture a line is; null when it is not furniture by its own text. */
export type FurnitureKind =
  | 'page-number'
  | 'source-line'
  | 'masthead'
  | 'edition-nav'
  | 'editor-block'
  | 'advert'
  | 'ear'
  | 'folio';

// Made once (a regex literal is a new object each time it is evaluated); none is global or sticky.
const DIGITS = '0-9０-９';
/** "第 5 页", "- 5 -", "— 12 —", "5 / 24", "Page 3 of 12". */
const PAGE_NUMBER = new RegExp(`^(第\\s*[${DIGITS}]{1,4}\\s*页|[-—–－]\\s*[${DIGITS}]{1,4}\\s*[-—–－]|[${DIGITS}]{1,4}\\s*/\\s*[${DIGITS}]{1,4}|page\\s+\\d{1,4}\\s+of\\s+\\d{1,4})$`, 'i');
/** 《人民日报》（2025年10月20日 第 03 版）: the source line under each headline. */
const SOURCE_LINE = new RegExp(`^《[^《》]{1,16}》\\s*[（(]\\s*[${DIGITS}]{4}\\s*年\\s*[${DIGITS}]{1,2}\\s*月\\s*[${DIGITS}]{1,2}\\s*日\\s*(第\\s*[${DIGITS}]{1,3}\\s*版)?\\s*[）)]$`);
/** "人民日报2025.12.22星期一", "人民日报 2025年12月22日 星期一": an edition masthead. */
const ZH_MASTHEAD = new RegExp(`^[\\u3400-\\u9fff]{2,10}报[\\s\\u3000]*[${DIGITS}]{4}\\s*[.\\-/年]\\s*[${DIGITS}]{1,2}\\s*[.\\-/月]\\s*[${DIGITS}]{1,2}\\s*日?([\\s\\u3000]*星期[一二三四五六日天])?$`);
/** One entry of an edition's page list: "01版:要闻", "第02版：评论". */
const NAV_ENTRY = new RegExp(`第?[${DIGITS}]{1,3}\\s*版\\s*[:：]\\s*[\\u3400-\\u9fff·]{2,8}`, 'g');
/** 本版责编 / 版式设计 / 本版邮箱 / 本版数据来源 … followed by names or an address. */
const EDITOR_BLOCK = /^(本版责编|本版编辑|责任编辑|责编|版式设计|版式|美术编辑|图片编辑|本版邮箱|本版数据来源|本版图片|制图|本版制图)[：:]/;
/** An advertisement placeholder: "广告", "（广告）", "广 告", "ADVERTISEMENT". */
const ADVERT = /^([（(【[]?\s*广\s*告\s*[）)】\]]?|advertisement)$/i;
/** English ears and masthead lines of an OCR'd front page. */
const EN_EAR = /^(the\s+)?weather(\s+forecast)?\.?$|^(the\s+)?markets?\.?$/i;
/** A folio or dateline line of a masthead: "VOL. XXVI., NO. 331", "12 PAGES", "PRICE FIVE CENTS". */
const EN_FOLIO = /^(price\s+)?(one|two|three|five|\d+)\s+cents?\.?$|^price\s+\w+\s+cents?\.?$|^\d{1,2}\s+pages\.?$|^(vol\.?\s*[\dxivlc]+\.?,?\s*no\.?\s*\d+\.?|[a-z-]+\s+year(,?\s*no\.?\s*\d+)?\.?)$|^[A-Z][A-Z .,'-]{2,40},\s+[A-Z][A-Z .'-]{2,30},\s+(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\s+(MORNING|EVENING|AFTERNOON)?,?\s*[A-Z]+,?\s+\d{1,2},?\s+\d{4}\.?$/i;

/** Classify a line (already trimmed) as page furniture by its own text, or null. */
export function furnitureKind(line: string): FurnitureKind | null {
  const t = line.trim();
  if (t === '' || t.length > 160) return null;
  if (PAGE_NUMBER.test(t)) return 'page-number';
  if (SOURCE_LINE.test(t)) return 'source-line';
  if (ZH_MASTHEAD.test(t)) return 'masthead';
  if (isEditionNav(t)) return 'edition-nav';
  if (EDITOR_BLOCK.test(t) && t.length <= 60) return 'editor-block';
  if (ADVERT.test(t)) return 'advert';
  if (EN_EAR.test(t)) return 'ear';
  if (EN_FOLIO.test(t)) return 'folio';
  return null;
}

/** Whether a line is an edition's page list ("01版:要闻 02版:评论 03版:要闻 …"): three entries or more, little else. */
function isEditionNav(t: string): boolean {
  const entries = t.match(NAV_ENTRY);
  if (!entries || entries.length < 3) return false;
  const covered = entries.reduce((n, e) => n + e.length, 0);
  return covered >= t.replace(/[\s\u3000]+/g, '').length * 0.7;
}

/** Whether a trimmed line is a page number ("第 5 页", "- 5 -", "5 / 24"). */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line.trim());
}

/** Whether a trimmed line is a source line 《…报》（date 第 N 版）. */
export function isSourceLine(line: string): boolean {
  return SOURCE_LINE.test(line.trim());
}

/** Whether a line opens an editor block (本版责编：… / 版式设计：…): the name lines after it belong to it. */
export function isEditorBlock(line: string): boolean {
  return EDITOR_BLOCK.test(line.trim());
}

const EN_JUMP_WORDS = /^[([{|]?\s*(continued|contlnued|contimied|contiuued|continned|coutinued|continucd|cont'd|concluded)\s+(on|from|ou|oh)\s+(page|pagc|paqe|face|pago)\s+([a-z]+|\d+)\s*\.?\s*[)\]}|]?\s*\.?$/i;
/** The first line of a jump line split over lines ("(Continued on" / "Page Two)"). */
const EN_JUMP_HEAD = /^[([{|]?\s*(continued|contlnued|contimied|contiuued|continned|coutinued|continucd)\s+(on|from|ou)\s*$/i;
const EN_JUMP_TAIL = /^(page|pagc|paqe|face|pago)\s+([a-z]+|\d+)\s*\.?\s*[)\]}|]?\s*\.?$/i;

/**
 * Whether a line is an English jump line in its real and OCR-damaged forms: "Continued on Page Two",
 * "(Continued on Second Page.}", "Continued on Page Three)", "Continued on Face 1".
 */
export function isEnJumpLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 48 && (EN_JUMP_WORDS.test(t) || /^[([{|]?\s*continued\s+on\s+(second|third|fourth|fifth|last|next|\w+)\s+page\s*\.?\s*[)\]}|]?\s*\.?$/i.test(t));
}

/** Whether two or three consecutive lines together make a jump line ("(Continued on" / "Page Two)"). */
export function isSplitEnJumpLine(lines: readonly string[]): boolean {
  if (lines.length < 2 || lines.length > 3) return false;
  const first = lines[0].trim();
  const rest = lines.slice(1).map((l) => l.trim()).join(' ');
  return EN_JUMP_HEAD.test(first) && EN_JUMP_TAIL.test(rest);
}
