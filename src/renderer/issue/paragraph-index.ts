/** Where every paragraph of a document stands, and which paragraph covers a source offset. */
import type { Article, IssueDocument, Paragraph, Removal, SourceRange } from '../../core';

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

/** The entries of one article at one position, kept while the article object and its position stay. */
const articleEntries = new WeakMap<Article, { readonly articleIndex: number; readonly entries: readonly IndexedParagraph[] }>();
const removalEntries = new WeakMap<Removal, IndexedParagraph>();
const documentIndex = new WeakMap<IssueDocument, readonly IndexedParagraph[]>();

function entry(paragraph: Paragraph, slot: Slot, articleId: string | null, articleIndex: number, removalId?: string): IndexedParagraph {
  const ranges: SourceRange[] = [];
  for (const piece of paragraph.pieces) if (piece.kind === 'source') ranges.push({ start: piece.start, end: piece.end });
  return { paragraph, slot, articleId, articleIndex, ranges, removalId };
}

function entriesOf(article: Article, articleIndex: number): readonly IndexedParagraph[] {
  const kept = articleEntries.get(article);
  if (kept && kept.articleIndex === articleIndex) return kept.entries;
  const entries: IndexedParagraph[] = [];
  for (const slot of ['kicker', 'headline', 'subheadline', 'byline'] as const) {
    const p = article[slot];
    if (p) entries.push(entry(p, slot, article.id, articleIndex));
  }
  for (const p of article.paragraphs) entries.push(entry(p, 'body', article.id, articleIndex));
  for (const p of article.captions) entries.push(entry(p, 'caption', article.id, articleIndex));
  articleEntries.set(article, { articleIndex, entries });
  return entries;
}

/**
 * All paragraphs in display order (articles top to bottom, then the removed pile). Kept per document and
 * per unchanged article, so an edit re-indexes only the articles it changed (a 50 MB issue has ~10⁵ paragraphs).
 */
export function indexParagraphs(doc: IssueDocument): readonly IndexedParagraph[] {
  const kept = documentIndex.get(doc);
  if (kept) return kept;
  const out: IndexedParagraph[] = [];
  doc.articles.forEach((article, i) => {
    for (const e of entriesOf(article, i)) out.push(e);
  });
  for (const removal of doc.removed) {
    let e = removalEntries.get(removal);
    if (!e) removalEntries.set(removal, (e = entry(removal.paragraph, 'removed', null, -1, removal.id)));
    out.push(e);
  }
  documentIndex.set(doc, out);
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
