import type { Paragraph, Piece } from '../model';

/** Origin of a character that stands for an unwrapped layout line break. */
export const LAYOUT_BREAK = -2;

const lineBreakRun = /[ \t\u3000]*(?:\r\n|\r|\n)[ \t\u3000]*/g;
const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** What a layout line break inside a paragraph becomes: nothing between CJK text or after a hyphen, else a space. */
function lineBreakReplacement(before: string, after: string): string {
  if (before === '' || after === '') return '';
  if (before === '-' || cjk.test(before) || cjk.test(after)) return '';
  return ' ';
}

/** The text of one piece: source text with layout line breaks unwrapped, or typed text as is. */
export function pieceText(source: string, piece: Piece): string {
  if (piece.kind === 'typed') return piece.text;
  const raw = source.slice(piece.start, piece.end);
  if (!raw.includes('\n') && !raw.includes('\r')) return raw;
  return raw.replace(lineBreakRun, (match: string, offset: number) =>
    lineBreakReplacement(raw.charAt(offset - 1), raw.charAt(offset + match.length)),
  );
}

/** The text of a paragraph as shown and exported. */
export function paragraphText(source: string, paragraph: Paragraph): string {
  let text = '';
  for (const piece of paragraph.pieces) text += pieceText(source, piece);
  return text;
}

/** A paragraph's text with, for every character, its source offset (-1 for typed or inserted characters). */
export interface TracedText {
  readonly text: string;
  readonly origins: readonly number[];
}

/** The text of a paragraph with the source offset of every character (-1 typed, LAYOUT_BREAK unwrapped). */
export function traceParagraph(source: string, paragraph: Paragraph): TracedText {
  let text = '';
  const origins: number[] = [];
  for (const piece of paragraph.pieces) {
    if (piece.kind === 'typed') {
      text += piece.text;
      for (let i = 0; i < piece.text.length; i++) origins.push(-1);
      continue;
    }
    const raw = source.slice(piece.start, piece.end);
    let last = 0;
    const emitSource = (from: number, to: number): void => {
      text += raw.slice(from, to);
      for (let i = from; i < to; i++) origins.push(piece.start + i);
    };
    for (const match of raw.matchAll(lineBreakRun)) {
      const at = match.index ?? 0;
      emitSource(last, at);
      const replacement = lineBreakReplacement(raw.charAt(at - 1), raw.charAt(at + match[0].length));
      text += replacement;
      for (let i = 0; i < replacement.length; i++) origins.push(LAYOUT_BREAK);
      last = at + match[0].length;
    }
    emitSource(last, raw.length);
  }
  return { text, origins };
}


/** Rebuild pieces from traced characters: runs of rising source offsets become source pieces. */
export function piecesFromTrace(text: string, origins: readonly number[]): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    const origin = origins[i];
    if (origin === LAYOUT_BREAK) {
      i++; // a line break the source range will reproduce, or one at a cut edge: not typed text
      continue;
    }
    if (origin < 0) {
      let j = i + 1;
      while (j < text.length && origins[j] === -1) j++;
      pieces.push({ kind: 'typed', text: text.slice(i, j) });
      i = j;
      continue;
    }
    let j = i + 1;
    let end = origin + 1;
    while (j < text.length && (origins[j] === LAYOUT_BREAK || origins[j] >= end)) {
      if (origins[j] >= 0) end = origins[j] + 1;
      j++;
    }
    pieces.push({ kind: 'source', start: origin, end });
    i = j;
  }
  return pieces;
}
