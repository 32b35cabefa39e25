import type { Block, BlockHint } from '../model';
import { furnitureKind, isEnJumpLine, isSplitEnJumpLine } from '../analysis/furniture';
import { unwrapText } from './unwrap';

/**
 * OCR columns of an English front page (as archives such as Chronicling America publish them): one
 * column line a line, no blank lines and no indents, line-end hyphens, stacked head decks in capitals
 * and title case, wire credits, mastheads, ears and folios, margin noise. Paragraph breaks are not
 * marked: a sentence-final line clearly short of the column ends a paragraph.
 */

/** A non-blank OCR line and what it looks like. */
interface OcrLine {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  style: LineStyle;
}

type LineStyle = 'body' | 'caps' | 'title' | 'byline' | 'furniture';

// Made once (a regex literal is a new object each time it is evaluated); none is global or sticky.
const SENTENCE_END_MARK = /[.!?:]["'”’)\]]*$/;
/** An initial or a title before a name ("Miss Jane T.", "Gen."): a full stop that ends no sentence. */
const ABBREVIATION_END = /(^|[\s("'])([A-Z]|Mr|Mrs|Messrs|Dr|St|Gen|Col|Lieut|Lt|Capt|Gov|Sen|Rep|Hon|Rev|Prof|Jr|Sr|Co|No|Vol|Mt|Ft)\.$/;
/** Whether an OCR line ends a sentence. */
const SENTENCE_END = { test: (t: string): boolean => SENTENCE_END_MARK.test(t) && !ABBREVIATION_END.test(t) };
const HYPHEN_END = /[A-Za-z](-|\u00ad)$/;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'with', 'be', 'are', 'was', 'but', 'not', 'that', 'its', 'it', 'into', 'than']);
/** A wire credit or reporter line standing alone: "Republican A. P. Leased Wire", "(By Review Leased Wire.)". */
const WIRE_CREDIT = /^[([]?\s*(by\s+)?[A-Z][A-Za-z.' ]{0,40}\b(leased\s+wire|special\s+wire|associated\s+press|united\s+press|a\.\s*p\.)\s*(service)?\.?\s*[)\]]?\.?$/i;
const BY_LINE = /^[([]?\s*By\s+[A-Z][a-z.']+(\s+[A-Z][A-Za-z.']*){0,3}[)\]]?\.?$/;
/** A dateline at a line start ("WASHINGTON, Dec. 30.—", "BRADFORD, R. I., April 18."): body text, never a head. */
const DATELINE = /^['"‘“]?[A-Z][A-Za-z0-9 .,'-]{1,40}[.,]\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*\d{1,2}\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*\d{1,2}\.?\s*[-—–]/;
/** The dated masthead line of a front page ("PHOENIX, ARIZONA, TUESDAY MORNING, APRIL, 18, 1916"). */
const MASTHEAD_DATE = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(morning|evening|afternoon)\b.*\b1[6-9]\d\d\.?$|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+[a-z]+\.?,?\s+\d{1,2},?\s+(1[6-9]|20)\d\d\.?$/i;
/** Lines above the masthead date line that far down the page are the masthead. */
const MASTHEAD_ZONE = 30;

/** Whether a line is noise of the scan: a few characters without a word in them ("V", "4 :y", "oe mm"). */
export function isNoise(t: string): boolean {
  return t.length <= 6 && !/[A-Za-z]{3,}/.test(t) && !/^\d+[.,]?\d*$/.test(t);
}

/** The style of a line by its letters: capitals, title case, a wire credit, furniture, or running text. */
function styleOf(t: string): LineStyle {
  if (furnitureKind(t) !== null || isEnJumpLine(t) || isNoise(t) || MASTHEAD_DATE.test(t)) return 'furniture';
  if (WIRE_CREDIT.test(t) || BY_LINE.test(t)) return 'byline';
  if (DATELINE.test(t)) return 'body';
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters.replace(/[^A-Z]/g, '').length >= letters.length * 0.8) return 'caps';
  const words = t.split(/\s+/).map((w) => w.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '')).filter((w) => w.length > 0);
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length >= 1 && words.length >= 1 && content.filter((w) => /^[A-Z]/.test(w)).length >= content.length * 0.8 && !(/^[a-z]/.test(words[0] ?? '') && !SMALL_WORDS.has(words[0] ?? ''))) return 'title';
  return 'body';
}

/** Whether a line opens a sentence (a capital or an opening quote first). */
function opensSentence(t: string): boolean {
  return /^["'“‘]?[A-Z]/.test(t);
}

/** A title-case line whose first word is the end of a word split without a hyphen ("tinuing Their Hunt on Foreign Soil"). */
function titleAfterSplitWord(t: string): boolean {
  const words = t.split(/\s+/).slice(1).filter((w) => /^[A-Za-z]/.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  return /^[a-z]/.test(t) && words.length >= 2 && words.every((w) => /^[A-Z]/.test(w));
}

/** Read the non-blank lines. */
function readOcrLines(text: string): OcrLine[] {
  const lines: OcrLine[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const raw = text.slice(lineStart, lineEnd);
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      lines.push({ start: lineStart + lead, end: lineEnd - trail, text: trimmed, style: 'body' });
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return lines;
}

/**
 * Whether the text is OCR columns: English, one short column line a line, no blank lines and no
 * indents, and line-end hyphens (ASCII or soft) at a rate only hard-wrapped scans have.
 */
export function isOcrColumnText(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const raw = sample.split(/\r\n|\r|\n/);
  if (raw.length < 40) return false;
  const blank = raw.filter((l) => l.trim() === '').length;
  const indented = raw.filter((l) => /^(\t| {2,}|\u3000)/.test(l)).length;
  if (blank > raw.length * 0.03 || indented > raw.length * 0.05) return false;
  const letters = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (letters < sample.length * 0.5) return false;
  const lengths = raw.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1] ?? 0;
  if (median < 20 || median > 55) return false;
  const hyphenEnds = raw.filter((l) => /[A-Za-z](-|\u00ad)\s*$/.test(l)).length;
  return hyphenEnds >= raw.length * 0.01;
}

/** The column width: the length that 80 % of running-text lines reach at most. */
function columnWidth(lines: readonly OcrLine[]): number {
  const lengths = lines.filter((l) => l.style === 'body').map((l) => l.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

/** Parse OCR column text into blocks: furniture apart, head decks as head blocks, paragraphs by line geometry. */
export function parseOcrColumns(text: string): Block[] {
  const lines = readOcrLines(text);
  lines.forEach((l, i) => {
    l.style = styleOf(l.text);
    // The end of a word hyphenated on the line before is text, however short ("clini-" / "cs.").
    if (l.style === 'furniture' && isNoise(l.text) && i > 0 && HYPHEN_END.test(lines[i - 1].text) && /^[a-z]/.test(l.text)) l.style = 'body';
  });
  // A dated masthead line near the top: everything above it is the masthead and its ears.
  const mastheadAt = lines.findIndex((l, i) => i < MASTHEAD_ZONE && MASTHEAD_DATE.test(l.text));
  for (let i = 0; i < mastheadAt; i++) lines[i].style = 'furniture';
  // Short capital lines under an ear ("The Weather" / "PARTLY CLOUDY") are the ear's text.
  let underEar = false;
  for (const l of lines) {
    if (furnitureKind(l.text) === 'ear') underEar = true;
    else if (underEar && l.style === 'caps' && l.text.length <= 24) l.style = 'furniture';
    else underEar = false;
  }
  const width = columnWidth(lines);
  const blocks: Block[] = [];
  const emit = (first: number, last: number, given: BlockHint | undefined): void => {
    // Furniture the line's own text does not show (a masthead's ear text, scan noise) is marked as such.
    const hint = given ?? (first === last && furnitureKind(lines[first].text) === null && !isEnJumpLine(lines[first].text) ? 'furniture' : undefined);
    const start = lines[first].start;
    const end = lines[last].end;
    blocks.push({ index: blocks.length, start, end, text: unwrapText(text.slice(start, end)), ...(hint ? { hint } : {}), ...(hint === 'body' ? { opensParagraph: true } : {}) });
  };
  const isHead = (i: number): boolean => i < lines.length && (lines[i].style === 'caps' || lines[i].style === 'title');
  let i = 0;
  let prevEndsThought = true;
  while (i < lines.length) {
    const l = lines[i];
    if (l.style === 'furniture') {
      // A jump line split over two or three lines is one block.
      let last = i;
      for (let n = 3; n >= 2; n--) {
        if (i + n <= lines.length && isSplitEnJumpLine(lines.slice(i, i + n).map((x) => x.text))) {
          last = i + n - 1;
          break;
        }
      }
      emit(i, last, undefined);
      i = last + 1;
      prevEndsThought = true;
      continue;
    }
    if (i + 2 <= lines.length && isSplitEnJumpLine(lines.slice(i, i + 2).map((x) => x.text))) {
      emit(i, i + 1, undefined);
      i += 2;
      prevEndsThought = true;
      continue;
    }
    if (l.style === 'byline') {
      emit(i, i, 'byline');
      i++;
      prevEndsThought = true;
      continue;
    }
    // A head stack: capital or title-case lines where a thought has ended, with running text below.
    // (Two capital lines or more start one anyway: OCR columns interleave, so the text above may be cut.)
    if (isHead(i)) {
      let j = i;
      for (;;) {
        if (isHead(j)) j++;
        // A deck line read as running text (an OCR error, a word wrapped with its hyphen) between head
        // lines is still the deck: "Claim Mc Arthur's Importation of" / "^'owed Treacliery to" / "Wilson.".
        else if (j > i && j < lines.length && lines[j].style === 'body' && (HYPHEN_END.test(lines[j - 1].text) || titleAfterSplitWord(lines[j].text) || (lines[j].text.length <= 24 && j + 1 < lines.length && (lines[j + 1].style === 'byline' || DATELINE.test(lines[j + 1].text))) || (lines[j].text.length <= 24 && (isHead(j + 1) || (j + 2 < lines.length && lines[j + 1].style === 'body' && lines[j + 1].text.length <= 24 && isHead(j + 2)))))) {
          lines[j].style = 'title';
          j++;
        } else break;
      }
      const next = j < lines.length ? lines[j].style : 'furniture';
      const stack = j - i;
      const capsInStack = lines.slice(i, j).some((x) => x.style === 'caps');
      // Where the text above did not end a thought, OCR columns may still have cut to a new article:
      // two capital lines, or a wire credit or a dateline right under the stack, say one starts.
      const opens = prevEndsThought || (lines[i].style === 'caps' && i + 1 < j && lines[i + 1].style === 'caps') || next === 'byline' || (j < lines.length && DATELINE.test(lines[j].text));
      // (Scan noise or a jump line may stand between a capital stack and its story.)
      const capsLines = lines.slice(i, j).filter((x) => x.style === 'caps').length;
      if (opens && (stack >= 2 || capsInStack) && (next !== 'furniture' || capsLines >= 2)) {
        emitHeadStack(lines, i, j, emit);
        i = j;
        prevEndsThought = true;
        continue;
      }
    }
    // Running text: a paragraph ends after a sentence-final line clearly short of the column, and a
    // one-line crosshead ("The German Vote.") between sentences stands alone.
    let j = i;
    const crosshead = l.style === 'title' && prevEndsThought && l.text.length < width * 0.7 && (SENTENCE_END.test(l.text) || opensSentence(lines[i + 1]?.text ?? ''));
    if (!crosshead) {
      while (j + 1 < lines.length) {
        const cur = lines[j];
        const nxt = lines[j + 1];
        if (nxt.style === 'furniture' || nxt.style === 'byline') break;
        if (isSplitEnJumpLine(lines.slice(j + 1, j + 3).map((x) => x.text))) break;
        // A dateline on a line of its own runs on into the story ("ATLANTIC CITY. Nov. 20." / "Luis…").
        if (SENTENCE_END.test(cur.text) && cur.text.length <= width - 3 && !(j === i && DATELINE.test(cur.text) && cur.text.length <= 28)) break;
        // Capital or title-case lines after a sentence end may open the next article's head.
        if (SENTENCE_END.test(cur.text) && isHead(j + 1) && (isHead(j + 2) || nxt.style === 'caps')) break;
        if (SENTENCE_END.test(cur.text) && nxt.style === 'title' && (SENTENCE_END.test(nxt.text) || opensSentence(lines[j + 2]?.text ?? '')) && nxt.text.length < width * 0.7) break;
        j++;
      }
    }
    emit(i, j, 'body');
    prevEndsThought = SENTENCE_END.test(lines[j].text);
    i = j + 1;
  }
  return blocks;
}

/**
 * Split a head stack into its decks and emit them: a deck ends where the type changes (capitals ↔ title
 * case), after a line closing with a full stop, or where lines turn much wider. Title-case decks above
 * the first capital deck are the kicker; the first capital deck (or the first deck) the headline; all
 * further decks one subheadline.
 */
function emitHeadStack(lines: readonly OcrLine[], from: number, to: number, emit: (first: number, last: number, hint: BlockHint) => void): void {
  const decks: Array<[number, number]> = [];
  let start = from;
  for (let k = from + 1; k <= to; k++) {
    const prev = lines[k - 1];
    // (A full stop ends a title-case deck; in capitals it is more often an initial: "LAST WORD OF U. S.")
    const boundary = k === to || lines[k].style !== prev.style || (prev.style === 'title' && /\.["'”’)]*$/.test(prev.text)) || (prev.style === 'title' && lines[k].text.length > prev.text.length * 1.8 && k - start >= 2);
    if (boundary) {
      decks.push([start, k - 1]);
      start = k;
    }
  }
  let head = 0;
  if (lines[decks[0][0]].style === 'title' && decks.length >= 2 && lines[decks[1][0]].style === 'caps') {
    emit(decks[0][0], decks[0][1], 'kicker');
    head = 1;
  }
  emit(decks[head][0], decks[head][1], 'headline');
  if (head + 1 < decks.length) emit(decks[head + 1][0], decks[decks.length - 1][1], 'subheadline');
}
