/** Renders the document as plain text: each article's head fields and paragraphs, blank lines between. */
import { paragraphText, type IssueDocument, type Paragraph } from '../../core';

// Kept in the renderer until core grows its exporters; it is pure and moves there unchanged.

/** The document as plain text (removed pile excluded), ending with a newline. */
export function renderPlainText(doc: IssueDocument): string {
  const text = (p: Paragraph | null): string | null => (p ? paragraphText(doc.source, p) : null);
  const articles = doc.articles.map((article) =>
    [text(article.kicker), text(article.headline), text(article.subheadline), text(article.byline), ...article.paragraphs.map(text), ...article.captions.map(text)]
      .filter((t): t is string => t !== null && t !== '')
      .join('\n\n'),
  );
  return articles.filter((a) => a !== '').join('\n\n\n') + '\n';
}

/** The document as the JSON the evaluation reads (articles with role fields, paragraphs, captions; removed). */
export function renderJson(doc: IssueDocument): string {
  const text = (p: Paragraph | null): string | null => (p ? paragraphText(doc.source, p) : null);
  const json = {
    meta: doc.meta,
    articles: doc.articles.map((a) => ({
      id: a.id,
      kicker: text(a.kicker),
      headline: text(a.headline),
      subheadline: text(a.subheadline),
      byline: text(a.byline),
      paragraphs: a.paragraphs.map((p) => paragraphText(doc.source, p)),
      captions: a.captions.map((p) => paragraphText(doc.source, p)),
    })),
    removed: doc.removed.map((r) => ({ text: paragraphText(doc.source, r.paragraph), kind: r.kind, reason: r.reason })),
  };
  return JSON.stringify(json, null, 2) + '\n';
}
