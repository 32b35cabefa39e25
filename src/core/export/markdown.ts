/** Markdown export (CommonMark): the issue as `#`, each article as `##`, text escaped so it stays text. */
import type { IssueDocument } from '../model';
import { bylineApart, exportLabels, issueReference, issueTitle, viewIssue, type ArticleView, type IssueView } from './issue-view';

/**
 * Text that CommonMark (and GFM) renders literally, escaped no more than it must be so it stays readable:
 * emphasis, code, link brackets, HTML, entities, tables and strikethrough are escaped everywhere; parentheses,
 * `!` and `#` are harmless once brackets are escaped, except a block marker at the start of a paragraph.
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>|&~]/g, '\\$&');
  // A paragraph starting with these would become a heading, list, quote or rule.
  return inline.replace(/^([+\-=>#])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

function renderArticle(article: ArticleView, view: IssueView, level: '#' | '##'): string {
  const blocks: string[] = [];
  if (article.kicker !== null) blocks.push(`*${escapeMarkdown(article.kicker)}*`);
  // A heading needs text; an article without a headline gets none rather than an empty heading.
  if (article.headline !== null) blocks.push(`${level} ${escapeMarkdown(article.headline)}`);
  if (article.subheadline !== null) blocks.push(`**${escapeMarkdown(article.subheadline)}**`);
  const byline = bylineApart(article);
  if (byline !== null) blocks.push(`*${escapeMarkdown(byline)}*`);
  blocks.push(...article.paragraphs.map(escapeMarkdown));
  const label = exportLabels(view.language).caption;
  blocks.push(...article.captions.map((c) => `> ${escapeMarkdown(label + c)}`));
  return blocks.join('\n\n');
}

/** Render an export view as Markdown; a single-article view puts its headline at level 1. */
export function renderMarkdown(view: IssueView): string {
  const parts: string[] = [];
  const single = view.articles.length === 1 && view.articles[0].headline !== null;
  // Without a publication the heading would be a bare "报纸": the date (if known) goes into it instead.
  const dateInTitle = !single && view.meta.publication === undefined && view.meta.date !== undefined;
  if (!single) {
    parts.push(`# ${escapeMarkdown(dateInTitle ? `${issueTitle(view)} ${view.meta.date}` : issueTitle(view))}`);
  }
  const reference = issueReference(view, single, !dateInTitle);
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
