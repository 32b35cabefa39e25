/**
 * Where each part of a paragraph came from, for the marks the issue pane draws: source text, text the
 * editor typed, and joins (two pieces of the source brought together, by analysis or by the editor).
 * A join's separator (the space between English words) is the join's, not typed text; a gap in the source
 * that the editor deleted while editing is not a join.
 */
import { pieceText, type Piece, type Removal } from '../../core';

/** A run of a paragraph as shown. */
export type ShownPart =
  | { readonly kind: 'source'; readonly text: string }
  | { readonly kind: 'typed'; readonly text: string }
  /** Where two pieces of the source meet; `text` is the separator put between them ('' for CJK). */
  | { readonly kind: 'join'; readonly text: string };

/** A paragraph split into shown parts, and whether the editor typed any of it. */
export interface Provenance {
  readonly parts: readonly ShownPart[];
  readonly typed: boolean;
  readonly joins: number;
}

/** The source gaps the editor deleted while editing text, as "start-end" keys (their removal pieces). */
export function editorDeletions(removed: readonly Removal[]): ReadonlySet<string> {
  const gaps = new Set<string>();
  for (const removal of removed) {
    if (removal.kind !== 'editor') continue;
    for (const piece of removal.paragraph.pieces) if (piece.kind === 'source') gaps.add(`${piece.start}-${piece.end}`);
  }
  return gaps;
}

type SourcePiece = Extract<Piece, { kind: 'source' }>;

/** The shown parts of a paragraph's pieces. */
export function provenanceOf(source: string, pieces: readonly Piece[], deletions: ReadonlySet<string>): Provenance {
  const parts: ShownPart[] = [];
  let typed = false;
  let joins = 0;
  // The source piece just shown, while nothing typed has come after it.
  let previous: SourcePiece | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.kind === 'source') {
      // Source pieces side by side that do not continue each other: a join without glue (CJK).
      if (previous && isJoin(previous, piece, deletions)) {
        parts.push({ kind: 'join', text: '' });
        joins++;
      }
      parts.push({ kind: 'source', text: pieceText(source, piece) });
      previous = piece;
      continue;
    }
    // A blank separator between two source pieces that do not continue each other is the join's glue.
    const next = pieces[i + 1];
    if (previous && next?.kind === 'source' && /^\s*$/.test(piece.text) && isJoin(previous, next, deletions)) {
      parts.push({ kind: 'join', text: piece.text }, { kind: 'source', text: pieceText(source, next) });
      joins++;
      previous = next;
      i++;
      continue;
    }
    parts.push({ kind: 'typed', text: piece.text });
    typed = true;
    previous = null;
  }
  return { parts, typed, joins };
}

/** Two source pieces in a row are joined unless the second simply continues the first or the gap is an editor's deletion. */
function isJoin(first: { readonly end: number }, second: { readonly start: number }, deletions: ReadonlySet<string>): boolean {
  return first.end !== second.start && !deletions.has(`${first.end}-${second.start}`);
}
