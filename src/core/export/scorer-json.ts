import type { IssueDocument, Paragraph } from '../model';
import { paragraphText } from '../document/paragraph-text';

/** One article in the scorer's JSON format. */
export interface ScorerArticle {
  readonly kicker: string | null;
  readonly headline: string | null;
  readonly subheadline: string | null;
  readonly byline: string | null;
  readonly paragraphs: readonly string[];
  readonly captions: readonly string[];
}

/** The JSON read by ../shared/eval/score.mjs: articles in reading order plus the removed pile. */
export interface ScorerJson {
  readonly articles: readonly ScorerArticle[];
  readonly removed: readonly string[];
}

/** The fields that decide whether an article is exported at all. */
export interface ArticleFields {
  readonly kicker: unknown;
  readonly headline: unknown;
  readonly paragraphs: readonly unknown[];
  readonly captions: readonly unknown[];
}

/** Whether an article has any text to export: one with no head, body or caption is left out. */
export function hasExportedText(article: ArticleFields): boolean {
  return article.headline !== null || article.kicker !== null || article.paragraphs.length > 0 || article.captions.length > 0;
}

/**
 * Export a document as scorer JSON; articles with no text at all are left out. Provenance (source
 * ranges, removal reasons) is in Galley JSON (galley-json.ts), which extends this.
 */
export function toScorerJson(doc: IssueDocument): ScorerJson {
  const text = (p: Paragraph | null): string | null => {
    if (!p) return null;
    const t = paragraphText(doc.source, p).trim();
    return t === '' ? null : t;
  };
  const texts = (list: readonly Paragraph[]): string[] => list.map((p) => paragraphText(doc.source, p).trim()).filter((t) => t !== '');
  const articles: ScorerArticle[] = doc.articles
    .map((a) => ({
      kicker: text(a.kicker),
      headline: text(a.headline),
      subheadline: text(a.subheadline),
      byline: text(a.byline),
      paragraphs: texts(a.paragraphs),
      captions: texts(a.captions),
    }))
    .filter(hasExportedText);
  return { articles, removed: doc.removed.map((r) => paragraphText(doc.source, r.paragraph)) };
}
