import type { IssueDocument, Paragraph, Piece } from '../model';
import { paragraphText } from '../document/paragraph-text';

/** One article in the scorer's JSON format, with source ranges as an extra. */
export interface ScorerArticle {
  readonly kicker: string | null;
  readonly headline: string | null;
  readonly subheadline: string | null;
  readonly byline: string | null;
  readonly paragraphs: readonly string[];
  readonly captions: readonly string[];
  /** Extra: the source pieces of every body paragraph, in order. */
  readonly paragraphSources: ReadonlyArray<readonly Piece[]>;
}

/** The JSON read by ../shared/eval/score.mjs: articles in reading order plus the removed pile. */
export interface ScorerJson {
  readonly articles: readonly ScorerArticle[];
  readonly removed: readonly string[];
  /** Extra: why each removed piece was removed. */
  readonly removedReasons: ReadonlyArray<{ readonly kind: string; readonly text: string; readonly pieces: readonly Piece[] }>;
}

/** Export a document as scorer JSON; articles with no text at all are left out. */
export function toScorerJson(doc: IssueDocument): ScorerJson {
  const text = (p: Paragraph | null): string | null => {
    if (!p) return null;
    const t = paragraphText(doc.source, p).trim();
    return t === '' ? null : t;
  };
  const articles: ScorerArticle[] = [];
  for (const a of doc.articles) {
    const paragraphs = a.paragraphs.map((p) => paragraphText(doc.source, p).trim()).filter((t) => t !== '');
    const captions = a.captions.map((p) => paragraphText(doc.source, p).trim()).filter((t) => t !== '');
    const article: ScorerArticle = {
      kicker: text(a.kicker),
      headline: text(a.headline),
      subheadline: text(a.subheadline),
      byline: text(a.byline),
      paragraphs,
      captions,
      paragraphSources: a.paragraphs.map((p) => p.pieces),
    };
    if (article.headline === null && article.kicker === null && paragraphs.length === 0 && captions.length === 0) continue;
    articles.push(article);
  }
  const removedReasons = doc.removed.map((r) => ({ kind: r.kind, text: paragraphText(doc.source, r.paragraph), pieces: r.paragraph.pieces }));
  return { articles, removed: removedReasons.map((r) => r.text), removedReasons };
}
