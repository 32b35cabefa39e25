/** Where every paragraph of a document stands, and which paragraph covers a source offset. */
import type { IssueDocument, Paragraph, SourceRange } from '../../core';

/** The place of a paragraph in the document. */
export type Slot = 'kicker' | 'headline' | 'subheadline' | 'byline' | 'body' | 'caption' | 'removed';

/** One paragraph with its place, in reading order. */
export interface IndexedParagraph {
  readonly paragraph: Paragraph;
  readonly slot: Slot;
  /** Article id, or null for the removed pile. */
  readonly articleId: string | null;
  readonly articleIndex: number;
  readonly ranges: readonly SourceRange[];
  /** For the removed pile: the removal's id (what restore needs). */
  readonly removalId?: string;
}

/** All paragraphs in display order (articles top to bottom, then the removed pile). */
export function indexParagraphs(doc: IssueDocument): readonly IndexedParagraph[] {
  const out: IndexedParagraph[] = [];
  const push = (paragraph: Paragraph, slot: Slot, articleId: string | null, articleIndex: number, removalId?: string): void => {
    const ranges: SourceRange[] = [];
    for (const piece of paragraph.pieces) if (piece.kind === 'source') ranges.push({ start: piece.start, end: piece.end });
    out.push({ paragraph, slot, articleId, articleIndex, ranges, removalId });
  };
  doc.articles.forEach((article, i) => {
    for (const slot of ['kicker', 'headline', 'subheadline', 'byline'] as const) {
      const p = article[slot];
      if (p) push(p, slot, article.id, i);
    }
    for (const p of article.paragraphs) push(p, 'body', article.id, i);
    for (const p of article.captions) push(p, 'caption', article.id, i);
  });
  for (const removal of doc.removed) push(removal.paragraph, 'removed', null, -1, removal.id);
  return out;
}

/** The paragraph whose source pieces contain `offset` (the nearest one before it if none does). */
export function paragraphAtOffset(index: readonly IndexedParagraph[], offset: number): IndexedParagraph | null {
  let best: IndexedParagraph | null = null;
  let bestDistance = Infinity;
  for (const entry of index) {
    for (const range of entry.ranges) {
      if (offset >= range.start && offset <= range.end) return entry;
      const distance = offset > range.end ? offset - range.end : Infinity;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = entry;
      }
    }
  }
  return best;
}
