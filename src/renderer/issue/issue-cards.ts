/**
 * The cards of the issue pane, top to bottom: one per article, then the removed pile, which a virtual
 * pane cuts into parts so a pile of thousands of removals is drawn only where it is in view.
 */
import type { Article, IssueDocument, Removal } from '../../core';
import { estimateArticleHeight, estimateRemovedHeight } from './card-heights';
import { indexParagraphs } from './paragraph-index';

/** Removals per part of the removed pile in a virtual pane. */
const removalsPerPart = 40;

/** One card: an article (numbered from 1), or a part of the removed pile (the first part carries the pile's header). */
export type IssueCard =
  | { readonly kind: 'article'; readonly key: string; readonly article: Article; readonly number: number }
  | { readonly kind: 'removed'; readonly key: string; readonly removals: readonly Removal[]; readonly first: boolean };

/** The object a card shows: what its measured height is kept by (unchanged while the card is). */
export function shownBy(card: IssueCard): object {
  return card.kind === 'article' ? card.article : card.removals;
}

/** A card's height before it is measured. */
export function estimateCard(card: IssueCard): number {
  return card.kind === 'article' ? estimateArticleHeight(card.article) : estimateRemovedHeight(card.removals);
}

// Parts of a removed pile, kept while the pile is unchanged so their measurements stay valid.
const partsOf = new WeakMap<readonly Removal[], readonly (readonly Removal[])[]>();

function removedParts(removed: readonly Removal[], split: boolean): readonly (readonly Removal[])[] {
  if (!split) return [removed];
  let parts = partsOf.get(removed);
  if (!parts) {
    const made: (readonly Removal[])[] = [];
    for (let i = 0; i < removed.length; i += removalsPerPart) made.push(removed.slice(i, i + removalsPerPart));
    if (made.length === 0) made.push(removed);
    partsOf.set(removed, (parts = made));
  }
  return parts;
}

/** The cards of a document; `split` cuts the removed pile into parts. */
export function issueCards(doc: IssueDocument, split: boolean): readonly IssueCard[] {
  const cards: IssueCard[] = doc.articles.map((article, i) => ({ kind: 'article', key: article.id, article, number: i + 1 }));
  removedParts(doc.removed, split).forEach((removals, i) => cards.push({ kind: 'removed', key: `removed-${i}`, removals, first: i === 0 }));
  return cards;
}

/** The index of the card holding a paragraph, or -1. */
export function cardHolding(doc: IssueDocument, cards: readonly IssueCard[], paragraphId: string | null): number {
  if (paragraphId === null) return -1;
  const entry = indexParagraphs(doc).find((e) => e.paragraph.id === paragraphId);
  if (!entry) return -1;
  if (entry.articleIndex >= 0) return entry.articleIndex;
  return cards.findIndex((card) => card.kind === 'removed' && card.removals.some((r) => r.id === entry.removalId));
}
