/** Markdown export (CommonMark): the issue as `#`, each article as `##`, text escaped so it stays text. */
import type { IssueDocument } from '../model';
import { exportLabels, issueReference, issueTitle, viewIssue, type ArticleView, type IssueView } from './issue-view';

/** Text that CommonMark renders literally: inline punctuation backslash-escaped, block markers at line start neutralised. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]{}<>()#!|&~"]/g, '\\$&');
  // A paragraph starting with these would become a heading, list, quote or rule.
  return inline.replace(/^([+\-=>])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

function renderArticle(article: ArticleView, view: IssueView, level: '#' | '##'): string {
  const blocks: string[] = [];
  if (article.kicker !== null) blocks.push(`*${escapeMarkdown(article.kicker)}*`);
  // A heading needs text; an article without a headline gets none rather than an empty heading.
  if (article.headline !== null) blocks.push(`${level} ${escapeMarkdown(article.headline)}`);
  if (article.subheadline !== null) blocks.push(`**${escapeMarkdown(article.subheadline)}**`);
  if (article.byline !== null) blocks.push(`*${escapeMarkdown(article.byline)}*`);
  blocks.push(...article.paragraphs.map(escapeMarkdown));
  const label = exportLabels(view.language).caption;
  blocks.push(...article.captions.map((c) => `> ${escapeMarkdown(label + c)}`));
  return blocks.join('\n\n');
}

/** Render an export view as Markdown; a single-article view puts its headline at level 1. */
export function renderMarkdown(view: IssueView): string {
  const parts: string[] = [];
  const single = view.articles.length === 1 && view.articles[0].headline !== null;
  if (!single) {
    parts.push(`# ${escapeMarkdown(issueTitle(view))}`);
  }
  const reference = issueReference(view, single);
  if (reference !== '') parts.push(`*${escapeMarkdown(reference)}*`);
  view.articles.forEach((article, index) => {
    if (index > 0) parts.push('---');
    parts.push(renderArticle(article, view, single ? '#' : '##'));
  });
  return `${parts.join('\n\n')}\n`;
}

/** The issue as Markdown. */
export function exportMarkdown(doc: IssueDocument): string {
  return renderMarkdown(viewIssue(doc));
}
