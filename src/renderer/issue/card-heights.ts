/**
 * Heights of the article cards of the virtual issue pane: measured once a card has been drawn, estimated
 * from its text before, so the spacers standing in for undrawn cards keep the scrollbar about right.
 * Kept per article object: the document is immutable, so a changed article is a new object and is measured anew.
 */
import type { Article, Paragraph } from '../../core';

// Rough figures from styles.css at the default font and pane width; a drawn card's measurement replaces them.
const cardChrome = 56;
const rowChrome = 12;
const lineHeight = 22.4;
const charsPerLine = 32;

/** Issues whose cards add up to this weight (paragraphs, plus 4 per card) are virtualised; smaller ones render every card. */
export const virtualWeightFrom = 400;

const estimated = new WeakMap<Article, number>();

/** Measured heights of drawn cards (margin included), by article object. */
export type CardMeasurements = WeakMap<Article, number>;

function textLength(paragraph: Paragraph): number {
  let n = 0;
  for (const piece of paragraph.pieces) n += piece.kind === 'source' ? piece.end - piece.start : piece.text.length;
  return n;
}

function rowHeight(paragraph: Paragraph | null): number {
  return paragraph ? rowChrome + lineHeight * Math.max(1, Math.ceil(textLength(paragraph) / charsPerLine)) : 0;
}

/** The height a card is expected to take before it is drawn. */
export function estimateCardHeight(article: Article): number {
  let h = cardChrome + rowHeight(article.kicker) + rowHeight(article.headline) + rowHeight(article.subheadline) + rowHeight(article.byline);
  for (const p of article.paragraphs) h += rowHeight(p);
  for (const p of article.captions) h += rowHeight(p);
  return h;
}

/** The card's height as measured, or as estimated. */
export function cardHeight(article: Article, measured: CardMeasurements): number {
  const height = measured.get(article) ?? estimated.get(article);
  if (height !== undefined) return height;
  const estimate = estimateCardHeight(article);
  estimated.set(article, estimate);
  return estimate;
}

/** Record a drawn card's height (margin included); true when it differs from what was assumed. */
export function recordCardHeight(measured: CardMeasurements, article: Article, height: number): boolean {
  const changed = Math.abs(cardHeight(article, measured) - height) >= 0.5;
  measured.set(article, height);
  return changed;
}

/** Whether an issue's cards are many enough to virtualise. */
export function isVirtualIssue(articles: readonly Article[]): boolean {
  let weight = 0;
  for (const a of articles) {
    weight += a.paragraphs.length + a.captions.length + 4;
    if (weight >= virtualWeightFrom) return true;
  }
  return false;
}
