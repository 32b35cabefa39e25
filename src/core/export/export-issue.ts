/** The export registry: a document, a format and options in; the files to write out. */
import type { IssueDocument, Suggestion } from '../model';
import { assertNever } from '../assert-never';
import { formatExtension, formatMediaType, type ExportFile, type ExportFormat, type ExportOptions } from './export-format';
import { articleTitle, issueTitle, viewIssue, viewOneArticle, type ArticleView, type IssueView } from './issue-view';
import { renderPlainText } from './plain-text';
import { renderMarkdown } from './markdown';
import { renderHtml } from './html';
import { renderDocx } from './docx';
import { exportGalleyJson } from './galley-json';
import { ninjsArticle, ninjsIssue } from './ninjs';
import { renderNewsItem, renderNewsMessage } from './newsml';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One article of the document as a document of its own (issue metadata kept, removed pile left behind). */
function articleDocument(doc: IssueDocument, article: ArticleView): IssueDocument {
  return { ...doc, articles: doc.articles.filter((a) => a.id === article.id), removed: [] };
}

function renderIssue(doc: IssueDocument, view: IssueView, format: ExportFormat, now: Date, pending: readonly Suggestion[] = []): string | Uint8Array {
  switch (format) {
    case 'txt':
      return renderPlainText(view);
    case 'md':
      return renderMarkdown(view);
    case 'html':
      return renderHtml(view);
    case 'docx':
      return renderDocx(view, now);
    case 'json':
      return exportGalleyJson(doc, { now, pending });
    case 'ninjs':
      return json(ninjsIssue(view, now));
    case 'newsml':
      return renderNewsMessage(view, now);
    default:
      return assertNever(format);
  }
}

function renderArticle(doc: IssueDocument, view: IssueView, article: ArticleView, format: ExportFormat, now: Date): string | Uint8Array {
  switch (format) {
    case 'txt':
    case 'md':
    case 'html':
    case 'docx':
      return renderIssue(doc, viewOneArticle(view, article), format, now);
    case 'json':
      return exportGalleyJson(articleDocument(doc, article), { now });
    case 'ninjs':
      return json(ninjsArticle(view, article, now));
    case 'newsml':
      return renderNewsItem(view, article, now);
    default:
      return assertNever(format);
  }
}

function file(format: ExportFormat, date: string | null, title: string, data: string | Uint8Array): ExportFile {
  const extension = formatExtension(format);
  const name = `${[date, title].filter((x) => x !== null && x !== '').join(' ')}.${extension}`;
  return { name, stem: { date, title, extension }, data, mediaType: formatMediaType(format) };
}

/** Titles made unique within one export by numbering repeats: `标题`, `标题 (2)`, … */
function uniqueTitles(titles: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    return n === 1 ? title : `${title} (${n})`;
  });
}

/**
 * Export a document: one file for the issue, or with `perArticle` one file per article (none when the
 * document has no text). Names are suggestions (date + headline), sanitised by node when written.
 */
export function exportIssue(doc: IssueDocument, format: ExportFormat, options: ExportOptions): ExportFile[] {
  const view = viewIssue(doc);
  const date = view.meta.date ?? null;
  if (!options.perArticle) return [file(format, date, issueTitle(view), renderIssue(doc, view, format, options.now, options.pending))];
  const titles = uniqueTitles(view.articles.map(articleTitle));
  return view.articles.map((article, index) =>
    file(format, date, titles[index], renderArticle(doc, view, article, format, options.now)),
  );
}
