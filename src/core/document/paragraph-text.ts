import type { Paragraph, Piece } from '../model';

/** Origin of a character that stands for an unwrapped layout line break. */
export const LAYOUT_BREAK = -2;

/** Line breaks with the spaces (and PDF form feeds) around them; consecutive breaks (a blank line) count as one. */
const lineBreakRun = /[ \t\f\u3000]*(?:(?:\r\n|\r|\n)[ \t\f\u3000]*)+/g;
const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Supplementary ideographs (U+20000–U+3FFFF, CJK extensions B–H) are written as surrogate pairs. */
const cjkHighSurrogate = /[\ud840-\ud8bf]/;

/** Whether the character ending at `end` (exclusive) is CJK, including characters outside the BMP. */
function isCjkBefore(text: string, end: number): boolean {
  const last = text.charAt(end - 1);
  if (cjk.test(last)) return true;
  return /[\udc00-\udfff]/.test(last) && cjkHighSurrogate.test(text.charAt(end - 2));
}

/** Whether the character starting at `start` is CJK, including characters outside the BMP. */
function isCjkAfter(text: string, start: number): boolean {
  const first = text.charAt(start);
  return cjk.test(first) || cjkHighSurrogate.test(first);
}

/** A letter or digit: a dash right after one joins a word or compound ("infor-", "COVID-19-"). */
const wordChar = /[\p{L}\p{N}]/u;

/**
 * What the layout line break [runStart, runEnd) of `piece` (offsets within the piece) becomes: nothing
 * at a piece edge, next to CJK text, or after a dash that ends a word ("infor-" / "mation" keeps its
 * hyphen for analysis to judge); a space otherwise (English, Cyrillic, a dash standing alone, an emoji).
 * The neighbours are read from the whole source, so a piece cut from another renders its breaks alike.
 */
function lineBreakReplacement(source: string, piece: { readonly start: number; readonly end: number }, runStart: number, runEnd: number): string {
  if (runStart === 0 || piece.start + runEnd >= piece.end) return '';
  const start = piece.start + runStart;
  const end = piece.start + runEnd;
  if (isCjkBefore(source, start) || isCjkAfter(source, end)) return '';
  if (/[-\u00ad\u2010\u2011\u2013\u2014]/.test(source.charAt(start - 1)) && wordChar.test(source.charAt(start - 2))) return '';
  return ' ';
}

/** The text of one piece: source text with layout line breaks unwrapped, or typed text as is. */
export function pieceText(source: string, piece: Piece): string {
  if (piece.kind === 'typed') return piece.text;
  const raw = source.slice(piece.start, piece.end);
  if (!raw.includes('\n') && !raw.includes('\r')) return raw;
  return raw.replace(lineBreakRun, (match: string, offset: number) => lineBreakReplacement(source, piece, offset, offset + match.length));
}

/** The text of a paragraph as shown and exported. */
export function paragraphText(source: string, paragraph: Paragraph): string {
  let text = '';
  for (const piece of paragraph.pieces) text += pieceText(source, piece);
  return text;
}

/** A paragraph's text with, for every character, its source offset and the piece it came from. */
export interface TracedText {
  readonly text: string;
  /** Source offset of each character: -1 for typed text, LAYOUT_BREAK for an unwrapped line break. */
  readonly origins: readonly number[];
  /** Index into the paragraph's pieces of the piece each character came from. */
  readonly pieceIndexes: readonly number[];
}

/** The text of a paragraph with the source offset of every character (-1 typed, LAYOUT_BREAK unwrapped). */
export function traceParagraph(source: string, paragraph: Paragraph): TracedText {
  let text = '';
  const origins: number[] = [];
  const pieceIndexes: number[] = [];
  paragraph.pieces.forEach((piece, pieceIndex) => {
    if (piece.kind === 'typed') {
      text += piece.text;
      for (let i = 0; i < piece.text.length; i++) {
        origins.push(-1);
        pieceIndexes.push(pieceIndex);
      }
      return;
    }
    const raw = source.slice(piece.start, piece.end);
    let last = 0;
    const emitSource = (from: number, to: number): void => {
      text += raw.slice(from, to);
      for (let i = from; i < to; i++) {
        origins.push(piece.start + i);
        pieceIndexes.push(pieceIndex);
      }
    };
    for (const match of raw.matchAll(lineBreakRun)) {
      const at = match.index ?? 0;
      emitSource(last, at);
      const replacement = lineBreakReplacement(source, piece, at, at + match[0].length);
      text += replacement;
      for (let i = 0; i < replacement.length; i++) {
        origins.push(LAYOUT_BREAK);
        pieceIndexes.push(pieceIndex);
      }
      last = at + match[0].length;
    }
    emitSource(last, raw.length);
  });
  return { text, origins, pieceIndexes };
}

/**
 * The pieces that show characters [from, to) of a traced paragraph. Characters of one original piece
 * stay one piece, so text removed between two pieces never comes back. A source piece cannot start or
 * end with a line break's replacement: at a cut edge it is dropped, or kept as typed text when
 * `keepEdgeBreaks` is set (an edit must show exactly the text typed).
 */
export function slicePieces(trace: TracedText, from: number, to: number, keepEdgeBreaks = false): Piece[] {
  const pieces: Piece[] = [];
  let i = Math.max(0, from);
  const limit = Math.min(to, trace.text.length);
  const typed = (start: number, end: number): void => {
    if (end > start) pieces.push({ kind: 'typed', text: trace.text.slice(start, end) });
  };
  while (i < limit) {
    const pieceIndex = trace.pieceIndexes[i];
    let j = i + 1;
    while (j < limit && trace.pieceIndexes[j] === pieceIndex) j++;
    if (trace.origins[i] === -1) {
      typed(i, j);
      i = j;
      continue;
    }
    let first = i;
    while (first < j && trace.origins[first] < 0) first++;
    let last = j - 1;
    while (last >= first && trace.origins[last] < 0) last--;
    if (first > last) {
      if (keepEdgeBreaks) typed(i, j);
    } else {
      if (keepEdgeBreaks) typed(i, first);
      pieces.push({ kind: 'source', start: trace.origins[first], end: trace.origins[last] + 1 });
      if (keepEdgeBreaks) typed(last + 1, j);
    }
    i = j;
  }
  return pieces;
}

/** Pieces with neighbouring typed pieces merged and empty typed pieces dropped. */
export function normalizePieces(pieces: readonly Piece[]): Piece[] {
  const result: Piece[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'typed') {
      if (piece.text === '') continue;
      const previous = result[result.length - 1];
      if (previous && previous.kind === 'typed') {
        result[result.length - 1] = { kind: 'typed', text: previous.text + piece.text };
        continue;
      }
    }
    result.push(piece);
  }
  return result;
}
