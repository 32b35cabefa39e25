/** Plain text export: the issue header, then each article's head lines and paragraphs, blank-line separated. */
import type { IssueDocument } from '../model';
import { bylineApart, exportLabels, issueReference, viewIssue, type ArticleView, type IssueView } from './issue-view';

const articleSeparator = '* * *';

function renderArticle(article: ArticleView, view: IssueView): string {
  const head = [article.kicker, article.headline, article.subheadline, bylineApart(article)].filter((x): x is string => x !== null);
  const label = exportLabels(view.language).caption;
  const blocks = [head.join('\n'), ...article.paragraphs, ...article.captions.map((c) => label + c)];
  return blocks.filter((b) => b !== '').join('\n\n');
}

/** Render an export view as plain text (LF line ends, one trailing newline). */
export function renderPlainText(view: IssueView): string {
  const parts: string[] = [];
  const reference = issueReference(view);
  if (reference !== '') parts.push(reference);
  view.articles.forEach((article, index) => {
    if (index > 0) parts.push(articleSeparator);
    parts.push(renderArticle(article, view));
  });
  return `${parts.join('\n\n')}\n`;
}

/** The issue as plain text. */
export function exportPlainText(doc: IssueDocument): string {
  return renderPlainText(viewIssue(doc));
}
