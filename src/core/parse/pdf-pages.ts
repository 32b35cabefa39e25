import type { Block, BlockHint, SourceRange } from '../model';
import { furnitureKind, isPageNumber, isSourceLine } from '../analysis/furniture';
import { unwrapText } from './unwrap';

/**
 * PDF page text (`pdftotext`, with or without `-layout`, or text copied out of a PDF viewer): hard
 * wraps at a column width that changes from page to page, page numbers and form feeds in the middle of
 * paragraphs, titles in a larger type wrapped over two lines, and (in e-paper exports) a source line
 * 《…报》（date 第 N 版） under each article's head. Paragraphs are read from the geometry: one ends at a
 * line clearly short of its page's column, and one starts at a line set in from the column (the indent
 * that plain `pdftotext` turns into a line two characters short) or indented (`-layout`).
 */

/** A non-blank source line of PDF page text. */
interface PdfLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Leading spaces before the content (`-layout` indents and centring). */
  readonly lead: number;
  /** Display width: ideographs and full-width marks count 1, ASCII characters 1/2. */
  readonly width: number;
  /** Blank lines right before it. */
  readonly blankBefore: boolean;
  /** A page number line or a form feed came between it and the line before. */
  readonly pageBreakBefore: boolean;
  /** Page index (a page number line or a form feed starts the next page). */
  readonly page: number;
  readonly pageNumber: boolean;
}

// Made once (a regex literal is a new object each time it is evaluated); none is global or sticky.
const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** A line holding only wrapped punctuation ("”", "。"): it belongs to the line before. (A line of "…………" is an elision of its own.) */
const PUNCTUATION_ONLY = /^[”’」』》）)\]】。，、；：！？.,;:!?]{1,3}$/;
/** Ends with a sentence end, optionally closed by a quote or bracket. */
const SENTENCE_END = /[。！？!?…][”’」』》）)]*$/;
/** Ends with any punctuation at all (a line ending in an ideograph or a letter stops mid-sentence). */
const ENDS_WITH_PUNCTUATION = /[\p{P}\p{S}]$/u;
/** A dateline on a line of its own ("新华社北京10月19日电", "本报讯"): the paragraph goes on below it. */
const DATELINE_ONLY = /^((新华社|中新社|本报|人民网|央视网?|光明日报|经济日报)[\u3400-\u9fff]{0,12}[0-9０-９]{1,2}月[0-9０-９]{1,2}日电|本报讯)$/;
/** A reporter label standing alone or with names: "本报记者", "人民网记者 罗娜", "新华社记者". */
const REPORTER_LABEL = /^(本报|新华社|中新社|人民网|人民日报|光明日报|经济日报|特约|本报特约|央视)?(记者|通讯员|评论员|特约评论员|特派记者|驻[\u3400-\u9fff]{1,6}记者)([\s\u3000]*[\u3400-\u9fff·]{2,4}([\s\u3000、，,]+[\u3400-\u9fff·]{2,4}){0,4})?$/;
/** A person's name on a line of its own: 2–4 ideographs, or a transcribed foreign name with "·". */
const NAME = /^([\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,8}·[\u3400-\u9fff·]{1,12})$/;
const ONE_IDEOGRAPH = /^[\u3400-\u9fff]$/;
const OPEN_BRACKET = /^[（(]/;
const NAMES_IN_BRACKETS = /^[（(][\u3400-\u9fff·\s\u3000、]{2,16}[）)]。?$/;
const CLOSED = /[）)」』》]$/;
const HANGING = /[，。、；：！？”’）》]$/;
/** A title line in large type is about this wide; a line after one that wide continues the title. */
const FULL_TITLE_WIDTH = 17;
/** A page with fewer full-size lines than this takes the column width (too few to measure). */
const MIN_LINES_TO_MEASURE = 12;

/** Display width of a line: ASCII half, everything else full. */
function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) < 128 ? 0.5 : 1;
  return w;
}

/** Opening minus closing round brackets in a line. */
function bracketBalance(s: string): number {
  let n = 0;
  for (const c of s) {
    if (c === '（' || c === '(') n++;
    else if (c === '）' || c === ')') n--;
  }
  return n;
}

/** Read the non-blank lines of PDF page text with their pages. */
function readPdfLines(text: string): PdfLine[] {
  const lines: PdfLine[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let blank = false;
  let page = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const raw = text.slice(lineStart, lineEnd);
    if (raw.includes('\f') && lines.length > 0 && !lines[lines.length - 1].pageNumber) page++;
    const content = raw.replace(/\f/g, ' ');
    const trimmed = content.trim();
    if (trimmed === '') blank = true;
    else {
      const lead = content.length - content.trimStart().length;
      const trail = content.length - content.trimEnd().length;
      // A form feed is not an indent.
      const indent = raw.replace(/\f/g, '').length - raw.replace(/\f/g, '').trimStart().length;
      const pageNumber = isPageNumber(trimmed) || (/^\d{1,4}$/.test(trimmed) && indent >= 8);
      const pageBreakBefore = raw.includes('\f') || (lines.length > 0 && lines[lines.length - 1].pageNumber);
      lines.push({ start: lineStart + lead, end: lineEnd - trail, text: trimmed, lead: indent, width: displayWidth(trimmed), blankBefore: blank, pageBreakBefore, page, pageNumber });
      if (pageNumber) page++;
      blank = false;
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return lines;
}

/** Whether the text is PDF page text: page numbers or form feeds, Chinese hard-wrapped lines. */
export function isPdfPageText(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const lines = readPdfLines(sample);
  if (lines.length < 8) return false;
  const pageNumbers = lines.filter((l) => l.pageNumber).length;
  const formFeeds = sample.split('\f').length - 1;
  if (pageNumbers < 2 && formFeeds < 1) return false;
  const body = lines.slice(0, 600).map((l) => l.text).join('');
  if ((body.match(IDEOGRAPH) ?? []).length < body.length * 0.3) return false;
  const width = modeWidth(lines);
  const near = lines.filter((l) => l.width >= width - 3 && l.width <= width + 1.5).length;
  return width >= 12 && near >= lines.length * 0.35;
}

/**
 * The column width: the most common whole width among lines at least 8 wide, or two more when a fifth as
 * many lines are that wide (the most common width is then the first lines of paragraphs, set in by two).
 * Lines a character wider hang punctuation over the column and never set it.
 */
function modeWidth(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    if (l.pageNumber || l.width < 8) continue;
    const w = Math.floor(l.width);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let mode = 0;
  let most = 0;
  for (const [w, n] of counts) if (n > most || (n === most && w > mode)) [mode, most] = [w, n];
  return (counts.get(mode + 2) ?? 0) >= Math.max(2, most * 0.2) ? mode + 2 : mode;
}

/** The column width of each page, measured on the page (a page with few lines takes the issue's). */
function pageWidths(lines: readonly PdfLine[]): number[] {
  const overall = modeWidth(lines);
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const widths: number[] = [];
  for (const [page, pageLines] of byPage) {
    const measured = pageLines.filter((l) => !l.pageNumber && l.width >= 8).length >= MIN_LINES_TO_MEASURE ? modeWidth(pageLines) : overall;
    widths[page] = measured > 0 ? measured : overall;
  }
  return widths;
}

/** Role of a line in the head above a source line. */
type HeadLineRole = 'title' | 'byline';

/**
 * The heads of e-paper articles: the lines between the previous page break (or sentence end) and each
 * source line 《…报》（…）: the title (one or more lines), then the reporter lines (本报记者 / 程 / 龙).
 */
function findHeads(lines: readonly PdfLine[]): Map<number, HeadLineRole> {
  const roles = new Map<number, HeadLineRole>();
  lines.forEach((line, s) => {
    if (!isSourceLine(line.text)) return;
    const region: number[] = [];
    for (let k = s - 1; k >= 0 && region.length < 8; k--) {
      const l = lines[k];
      if (l.pageNumber || isSourceLine(l.text) || furnitureKind(l.text) !== null || roles.has(k)) break;
      // Body text above the head ends here: a full stop, or any sentence end on a line wider than a
      // title line (a title may close on "！", "？" or "……").
      if (/。[”’」』）)]*$/.test(l.text) || (SENTENCE_END.test(l.text) && !/[）)]$/.test(l.text) && l.width > FULL_TITLE_WIDTH + 4)) break;
      region.unshift(k);
    }
    if (region.length === 0) return;
    // Reporter lines from the end: labels, names, single characters of a name spaced over lines.
    let cut = region.length;
    while (cut > 1) {
      const k = region[cut - 1];
      const l = lines[k];
      const prev = lines[region[cut - 2]];
      const singleName = ONE_IDEOGRAPH.test(l.text) && (l.blankBefore || (k + 1 < lines.length && lines[k + 1].blankBefore));
      // A short line right under a full title line is the title's wrapped end ("…国产化" / "路径").
      // (A title closed by its column tag "（编辑手记）" is complete.)
      const wrappedTitle = !l.blankBefore && prev.width >= FULL_TITLE_WIDTH && !CLOSED.test(prev.text) && !REPORTER_LABEL.test(prev.text) && !REPORTER_LABEL.test(l.text);
      if (wrappedTitle || !(REPORTER_LABEL.test(l.text) || NAME.test(l.text) || singleName)) break;
      cut--;
    }
    // A one-character title is a spaced-out title ("征" / "集"): its one-character lines are the title.
    while (cut < region.length && lines[region[0]].text.length === 1 && region.slice(0, cut + 1).every((k) => ONE_IDEOGRAPH.test(lines[k].text))) cut++;
    region.forEach((k, idx) => roles.set(k, idx < cut ? 'title' : 'byline'));
  });
  return roles;
}

/** Parse PDF page text into blocks: paragraphs by geometry, heads above source lines, furniture apart. */
export function parsePdfPages(text: string): Block[] {
  const lines = readPdfLines(text);
  const widths = pageWidths(lines);
  const layoutIndents = lines.filter((l) => l.lead >= 2 && l.lead <= 6).length > lines.length * 0.1;
  const heads = findHeads(lines);
  const hinted = heads.size > 0;
  const setIn = (l: PdfLine): boolean => {
    const w = widths[l.page];
    if (layoutIndents) return l.lead >= 1 && l.lead <= 6;
    const inRange = (width: number): boolean => width >= w - 2.5 && width < w - 1;
    // A mark that may not open a line hangs past the column ("…告诉记者，").
    return inRange(l.width) || (HANGING.test(l.text) && inRange(l.width - 1));
  };
  // A paragraph's first line is full when it reaches the column from its indent.
  const full = (l: PdfLine): boolean => l.width >= widths[l.page] - 1 || (setIn(l) && l.width >= widths[l.page] - 3);
  const centred = (l: PdfLine): boolean => layoutIndents && l.lead >= 8;
  const isFurniture = (l: PdfLine): boolean => l.pageNumber || furnitureKind(l.text) !== null;

  /** Whether line `l` carries on the paragraph whose last line is `p` (`openBrackets`: left open so far). */
  const continues = (p: PdfLine, l: PdfLine, pi: number, li: number, openBrackets: number): boolean => {
    const pr = heads.get(pi);
    const lr = heads.get(li);
    if (pr !== undefined || lr !== undefined) return pr === lr;
    if (isFurniture(l) || isFurniture(p)) return false;
    if (PUNCTUATION_ONLY.test(l.text)) return true;
    if (centred(l) || centred(p)) return false;
    // A line set in opens a paragraph, unless the line before could not have ended one ("…厨房里，").
    if (setIn(l) && (SENTENCE_END.test(p.text) || /[：:；;]$/.test(p.text) || !full(p) || layoutIndents)) return false;
    // A bracket left open runs on ("（新华社北京10月19日电" / "记者某某、" / "某某）").
    if (openBrackets > 0) return true;
    if (DATELINE_ONLY.test(p.text)) return true;
    // `-layout` text separates paragraphs by blank lines; only a page break runs across them.
    if (layoutIndents && l.blankBefore && !l.pageBreakBefore) return false;
    // An attribution in brackets after a sentence end is a paragraph of its own ("（某某参与采写）"); a
    // signature of names only ("（某某 某某）") wraps with its paragraph.
    if (OPEN_BRACKET.test(l.text) && SENTENCE_END.test(p.text) && !NAMES_IN_BRACKETS.test(l.text)) return false;
    // A two-line crosshead: a short phrase, then its longer line, neither punctuated ("领航定向" / "驾驭…").
    // Set in display type, the two are text blocks of their own, spaced apart by a blank line.
    if (l.blankBefore && p.text.length <= 8 && !/[\p{P}]/u.test(p.text) && !full(l) && !ENDS_WITH_PUNCTUATION.test(l.text)) return true;
    if (full(p)) return true;
    // `-layout` text marks every paragraph start by its indent: only a short line closing a sentence ends one.
    if (layoutIndents) return !SENTENCE_END.test(p.text);
    // A line cut short by a picture or a box mid-sentence goes on in a full line below it.
    return !ENDS_WITH_PUNCTUATION.test(p.text) && full(l) && p.width >= 6;
  };

  const blocks: Block[] = [];
  const emit = (first: number, last: number, inner: readonly SourceRange[]): void => {
    const start = lines[first].start;
    const end = lines[last].end;
    const role = heads.get(first);
    const furniture = first === last && isFurniture(lines[first]);
    const hint: BlockHint | undefined = !hinted || furniture ? undefined : role === 'title' ? 'head' : role === 'byline' ? 'byline' : 'body';
    const block: Block = {
      index: blocks.length,
      start,
      end,
      text: unwrapText(text.slice(start, end)),
      ...(hint ? { hint } : {}),
      ...(hint === 'body' || (!hinted && !furniture) ? { opensParagraph: true } : {}),
      ...(inner.length > 0 ? { innerFurniture: inner } : {}),
    };
    blocks.push(block);
  };
  let first = -1;
  let last = -1;
  let pending: number[] = [];
  let inner: SourceRange[] = [];
  let openBrackets = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.pageNumber) {
      pending.push(i);
      continue;
    }
    if (first >= 0 && continues(lines[last], l, last, i, openBrackets)) {
      openBrackets = Math.max(0, openBrackets + bracketBalance(l.text));
      for (const k of pending) inner.push({ start: lines[k].start, end: lines[k].end });
      pending = [];
      last = i;
      continue;
    }
    if (first >= 0) emit(first, last, inner);
    for (const k of pending) emit(k, k, []);
    pending = [];
    inner = [];
    first = i;
    last = i;
    openBrackets = Math.max(0, bracketBalance(l.text));
  }
  if (first >= 0) emit(first, last, inner);
  for (const k of pending) emit(k, k, []);
  return blocks;
}
