/**
 * HTML export: one self-contained page (inline CSS, no scripts, no external resources), readable on
 * screen and in print. Written as polyglot XHTML (every element closed, attributes quoted) so it is
 * both valid HTML and well-formed XML, which is how the tests check it.
 */
import type { IssueDocument } from '../model';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';
import { bylineApart, exportLabels, issueReference, issueTitle, viewIssue, type ArticleView, type IssueView } from './issue-view';

const style = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 42em; padding: 2em 1.25em 4em; line-height: 1.75;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, Georgia, "Times New Roman", serif;
  color: #1a1a1a; background: #fff; }
header.issue { border-bottom: 2px solid #1a1a1a; margin-bottom: 2em; }
header.issue h1 { font-size: 1.6em; margin: 0 0 .2em; }
header.issue p { margin: 0 0 .6em; color: #555; }
article { margin: 0 0 3em; }
article + article { border-top: 1px solid #ccc; padding-top: 2em; }
.kicker, .subheadline { margin: .2em 0; font-size: 1.05em; color: #333; }
.kicker { font-weight: bold; }
h2.headline, h1.headline { font-size: 1.45em; line-height: 1.35; margin: .2em 0;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", SimHei, "Helvetica Neue", Arial, sans-serif; }
.byline { margin: .6em 0 1.2em; font-style: italic; color: #444; }
article p.body { margin: 0 0 1em; }
:lang(zh) article p.body { text-indent: 2em; }
:lang(zh-Hant) body { font-family: "Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", PMingLiU, Georgia, serif; }
:lang(zh-Hant) h1.headline, :lang(zh-Hant) h2.headline { font-family: "Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei", Arial, sans-serif; }
figure.caption { margin: 1.2em 0; padding: .5em .8em; border-left: 3px solid #999; background: #f6f6f6; }
figure.caption figcaption { font-size: .92em; color: #333; }
@media print {
  @page { margin: 2cm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  article + article { border-top: none; padding-top: 0; break-before: page; }
  h1, h2, .kicker, .subheadline, .byline { break-after: avoid; }
  p, figure { orphans: 3; widows: 3; break-inside: avoid; }
  figure.caption { background: none; }
}
`.trim();

// dir="auto" lets a right-to-left mark or Arabic/Hebrew name in a field isolate itself instead of
// reordering the rest of the line.
function element(tag: string, className: string, text: string): string {
  return `<${tag} class="${className}" dir="auto">${escapeXmlText(text)}</${tag}>`;
}

function renderArticle(article: ArticleView, view: IssueView, headingTag: 'h1' | 'h2'): string {
  const lines: string[] = [`<article id="${escapeXmlAttribute(`article-${article.number}`)}">`, '<header>'];
  if (article.kicker !== null) lines.push(element('p', 'kicker', article.kicker));
  if (article.headline !== null) lines.push(element(headingTag, 'headline', article.headline));
  if (article.subheadline !== null) lines.push(element('p', 'subheadline', article.subheadline));
  const byline = bylineApart(article);
  if (byline !== null) lines.push(element('p', 'byline', byline));
  lines.push('</header>');
  for (const paragraph of article.paragraphs) lines.push(element('p', 'body', paragraph));
  const label = exportLabels(view.language).caption;
  for (const caption of article.captions) {
    lines.push(`<figure class="caption"><figcaption dir="auto">${escapeXmlText(label + caption)}</figcaption></figure>`);
  }
  lines.push('</article>');
  return lines.join('\n');
}

/** Render an export view as a standalone HTML page; a single article gets its headline as the page heading. */
export function renderHtml(view: IssueView): string {
  const single = view.articles.length === 1 && view.articles[0].headline !== null;
  const reference = issueReference(view, single);
  const title = single ? (view.articles[0].headline ?? '') : [issueTitle(view), view.meta.date].filter(Boolean).join(' ');
  const lines = [
    '<!DOCTYPE html>',
    `<html lang="${view.languageTag}" xmlns="http://www.w3.org/1999/xhtml">`,
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="generator" content="Galley" />',
  ];
  if (view.meta.publication !== undefined) lines.push(`<meta name="publication" content="${escapeXmlAttribute(view.meta.publication)}" />`);
  if (view.meta.date !== undefined) lines.push(`<meta name="date" content="${escapeXmlAttribute(view.meta.date)}" />`);
  if (view.meta.edition !== undefined) lines.push(`<meta name="edition" content="${escapeXmlAttribute(view.meta.edition)}" />`);
  if (view.meta.page !== undefined) lines.push(`<meta name="page" content="${escapeXmlAttribute(view.meta.page)}" />`);
  lines.push(`<title>${escapeXmlText(title)}</title>`, `<style>\n${style}\n</style>`, '</head>', '<body>');
  if (!single) {
    lines.push('<header class="issue">', element('h1', 'publication', issueTitle(view)));
    if (reference !== '') lines.push(element('p', 'reference', reference));
    lines.push('</header>');
  } else if (reference !== '') {
    lines.push(`<header class="issue">${element('p', 'reference', reference)}</header>`);
  }
  for (const article of view.articles) lines.push(renderArticle(article, view, single ? 'h1' : 'h2'));
  lines.push('</body>', '</html>');
  return `${lines.join('\n')}\n`;
}

/** The issue as a self-contained HTML page. */
export function exportHtml(doc: IssueDocument): string {
  return renderHtml(viewIssue(doc));
}
