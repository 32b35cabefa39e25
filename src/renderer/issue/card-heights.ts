/**
 * Heights of the cards of the virtual issue pane (articles, and the removed pile in parts): measured once
 * drawn, estimated from their text before, so the gaps standing in for undrawn cards keep the scrollbar
 * about right. Kept per object (an article, a part's removals): the document is immutable, so a changed
 * article is a new object and is measured anew.
 */
import type { Article, Paragraph, Removal } from '../../core';

// Rough figures from styles.css at the default font and pane width; a drawn card's measurement replaces them.
const cardChrome = 56;
const rowChrome = 12;
const reasonHeight = 24;
const lineHeight = 22.4;
const charsPerLine = 32;

/** Issues whose cards add up to this weight (paragraphs, plus 4 per card) are virtualised; smaller ones render every card. */
export const virtualWeightFrom = 400;

/** Measured heights of drawn cards (margin included), by the object the card shows. */
export type CardMeasurements = WeakMap<object, number>;

const estimated = new WeakMap<object, number>();

function textLength(paragraph: Paragraph): number {
  let n = 0;
  for (const piece of paragraph.pieces) n += piece.kind === 'source' ? piece.end - piece.start : piece.text.length;
  return n;
}

function rowHeight(paragraph: Paragraph | null): number {
  return paragraph ? rowChrome + lineHeight * Math.max(1, Math.ceil(textLength(paragraph) / charsPerLine)) : 0;
}

/** The height an article card is expected to take before it is drawn. */
export function estimateArticleHeight(article: Article): number {
  let h = cardChrome + rowHeight(article.kicker) + rowHeight(article.headline) + rowHeight(article.subheadline) + rowHeight(article.byline);
  for (const p of article.paragraphs) h += rowHeight(p);
  for (const p of article.captions) h += rowHeight(p);
  return h;
}

/** The height a part of the removed pile is expected to take before it is drawn. */
export function estimateRemovedHeight(removals: readonly Removal[]): number {
  let h = cardChrome;
  for (const r of removals) h += rowHeight(r.paragraph) + reasonHeight;
  return h;
}

/** The height of the card showing `shown`: as measured, or as estimated (once). */
export function cardHeight(shown: object, measured: CardMeasurements, estimate: () => number): number {
  const height = measured.get(shown) ?? estimated.get(shown);
  if (height !== undefined) return height;
  const guess = estimate();
  estimated.set(shown, guess);
  return guess;
}

/** Record a drawn card's height (margin included); true when it differs from what was assumed. */
export function recordCardHeight(measured: CardMeasurements, shown: object, height: number): boolean {
  const before = measured.get(shown) ?? estimated.get(shown);
  measured.set(shown, height);
  return before === undefined || Math.abs(before - height) >= 0.5;
}

/** Whether an issue's cards are many enough to virtualise. */
export function isVirtualIssue(articles: readonly Article[], removed: readonly Removal[]): boolean {
  let weight = removed.length;
  for (const a of articles) {
    weight += a.paragraphs.length + a.captions.length + 4;
    if (weight >= virtualWeightFrom) return true;
  }
  return weight >= virtualWeightFrom;
}
