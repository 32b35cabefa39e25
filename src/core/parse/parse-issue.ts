import type { Block, LayoutKind } from '../model';
import { unwrapText } from './unwrap';
import { isPdfPageText, parsePdfPages } from './pdf-pages';
import { isOcrColumnText, parseOcrColumns } from './ocr-columns';

/** The blocks of an issue and the layout they were read with. */
export interface ParsedIssue {
  readonly layout: LayoutKind;
  readonly blocks: readonly Block[];
}

/** A non-blank source line: content range without surrounding whitespace, and whether it is indented. */
interface Line {
  readonly start: number;
  readonly end: number;
  readonly indented: boolean;
  /** A blank line came right before it (or it is the first line). */
  readonly afterBlank: boolean;
}

const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** A reporter's line ("本报记者 某某", "By Jane Smith"): set on a line of its own, never wrapped text. */
const BYLINE_LINE = /^((本报|新华社|特约)?(记者|通讯员)|本报驻.{1,8}记者)[\s\u3000]*[\u3400-\u9fff·]{2,4}([\s\u3000、]+[\u3400-\u9fff·]{2,4}){0,3}$|^(By|Reporting by) [A-Z][a-z]+( [A-Z][a-z'-]+){1,2}$/;

/** Read the non-blank lines with their offsets. */
function readLines(text: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let afterBlank = true;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed === '') {
      afterBlank = true;
    } else {
      const lead = line.length - line.trimStart().length;
      const trail = line.length - line.trimEnd().length;
      // Ideographic spaces (U+3000), a tab or two or more spaces start an indented paragraph.
      const indented = /^(\u3000|\t| {2,})/.test(line);
      lines.push({ start: lineStart + lead, end: lineEnd - trail, indented, afterBlank });
      afterBlank = false;
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return lines;
}

/** The p-th quantile of a sorted numeric array. */
function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/**
 * Decide whether lines are hard-wrapped columns, and at what width. Wrapped text has most lines
 * near one width (12–22 for Chinese, 35–70 for Latin script) and many lines that continue a block.
 */
function detectWrapWidth(text: string, lines: readonly Line[]): number {
  if (lines.length < 4) return 0;
  const sample = lines.length > 4000 ? lines.slice(0, 4000) : lines;
  const lengths = sample.map((l) => l.end - l.start).sort((a, b) => a - b);
  const width = quantile(lengths, 0.9);
  let cjk = 0;
  let total = 0;
  for (const l of sample.slice(0, 400)) {
    const s = text.slice(l.start, l.end);
    cjk += (s.match(IDEOGRAPH) ?? []).length;
    total += s.length;
  }
  const chinese = cjk > total * 0.3;
  const [lo, hi] = chinese ? [8, 26] : [28, 80];
  if (width < lo || width > hi) return 0;
  const near = lengths.filter((n) => n >= width * (chinese ? 0.8 : 0.65) && n <= width + 3).length;
  if (near < lengths.length * 0.5) return 0;
  const continued = sample.filter((l) => !l.afterBlank && !l.indented).length;
  if (continued < sample.length * 0.35) return 0;
  return width;
}

/**
 * Whether a wrapped line stopped before the column was full although the next line's first word would
 * have fitted: then the line ended a block (a head line, a byline) rather than wrapping.
 */
function endedEarly(text: string, line: Line, next: Line, width: number): boolean {
  const len = line.end - line.start;
  const first = text.slice(next.start, next.end);
  // An ideograph or a full-width mark ("（", "“") would have fitted in the room left.
  if (/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“‘]/.test(first[0] ?? '')) return len < width - 3;
  const word = /^\S+/.exec(first)?.[0] ?? '';
  return len + 1 + word.length <= width - 2;
}

/** Marks that may not open a Chinese line (closing quotes and clause punctuation): they hang at its end. */
const NO_LINE_START = /[，。、；：！？”’）》」』]+$/;

/**
 * A line's length as the column counts it: a Chinese line may overrun its column by the marks that
 * cannot open the next line ("…立下“规章”：" hangs "”：").
 */
export function columnLength(text: string, line: { readonly start: number; readonly end: number }, chinese: boolean): number {
  const len = line.end - line.start;
  if (!chinese) return len;
  const hanging = NO_LINE_START.exec(text.slice(line.start, line.end))?.[0].length ?? 0;
  return len - Math.max(0, hanging - 1);
}

/** Whether the first lines are mostly ideographs. */
function isChineseSample(text: string, lines: readonly Line[]): boolean {
  let cjk = 0;
  let total = 0;
  for (const l of lines.slice(0, 400)) {
    const s = text.slice(l.start, l.end);
    cjk += (s.match(IDEOGRAPH) ?? []).length;
    total += s.length;
  }
  return cjk > total * 0.3;
}

/**
 * E-paper text copied out of a viewer puts a page's paragraphs on one long line, separated by runs of
 * spaces after a sentence end ("…落到实处。", two ideographic spaces, "会议要求…"): each run is a paragraph break.
 */
function splitAtSpaceRuns(text: string, line: Line): Array<readonly [number, number]> {
  if (line.end - line.start < 40) return [[line.start, line.end]];
  const parts: Array<readonly [number, number]> = [];
  const run = /[。！？!?.”’"」』）)](\u3000{2,}| {4,}|\t+)(?=\S)/g;
  const slice = text.slice(line.start, line.end);
  let start = 0;
  for (let m = run.exec(slice); m; m = run.exec(slice)) {
    const cut = m.index + 1;
    parts.push([line.start + start, line.start + cut]);
    start = cut + m[1].length;
  }
  parts.push([line.start + start, line.end]);
  return parts;
}

/** Make a block over [start, end); its text has the layout line breaks removed. */
function makeBlock(text: string, index: number, start: number, end: number): Block {
  return { index, start, end, text: unwrapText(text.slice(start, end)) };
}

/**
 * Split issue text into blocks and recognise its layout: blank-line separated blocks, hard-wrapped
 * columns (paragraphs marked by blank lines or an indent), one paragraph per line, PDF page text
 * (see pdf-pages.ts) or OCR columns (see ocr-columns.ts). Every block keeps
 * its exact source range; the source is never altered.
 */
export function parseIssue(text: string): ParsedIssue {
  if (isPdfPageText(text)) return { layout: 'pdf-pages', blocks: parsePdfPages(text) };
  if (isOcrColumnText(text)) return { layout: 'ocr-columns', blocks: parseOcrColumns(text) };
  const lines = readLines(text);
  const width = detectWrapWidth(text, lines);
  const chinese = width > 0 && width <= 26 && isChineseSample(text, lines);
  const blocks: Block[] = [];
  if (width === 0) {
    const blankSeparated = lines.filter((l) => l.afterBlank).length > lines.length * 0.5;
    for (const l of lines) for (const [start, end] of splitAtSpaceRuns(text, l)) blocks.push(makeBlock(text, blocks.length, start, end));
    return { layout: blankSeparated ? 'blank-line-blocks' : 'line-per-paragraph', blocks };
  }
  let start = -1;
  let end = -1;
  const flush = (): void => {
    if (start >= 0) blocks.push(makeBlock(text, blocks.length, start, end));
    start = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const prev = i > 0 ? lines[i - 1] : null;
    // Lines longer than the column are not wrapped text (headlines, furniture): they stand alone.
    // Chinese columns overrun their width by at most a hanging punctuation mark (beyond the marks that
    // cannot open a line, see columnLength); Latin ones not at all.
    const slack = chinese ? 1 : 3;
    const long = columnLength(text, l, chinese) > width + slack;
    const prevLong = prev !== null && columnLength(text, prev, chinese) > width + slack;
    const bylineLine = BYLINE_LINE.test(text.slice(l.start, l.end));
    const prevByline = prev !== null && BYLINE_LINE.test(text.slice(prev.start, prev.end));
    if (l.afterBlank || l.indented || long || prevLong || bylineLine || prevByline || (prev !== null && endedEarly(text, prev, l, width))) flush();
    if (start < 0) start = l.start;
    end = l.end;
  }
  flush();
  return { layout: 'wrapped-columns', blocks };
}
