/**
 * The document as exporters see it: plain, cleaned strings in reading order, with enough identity
 * (ids, a stable issue key) for the news standards. Every format is rendered from this one view.
 */
import type { Article, IssueDocument, IssueMeta, Paragraph } from '../model';
import { paragraphText } from '../document/paragraph-text';
import { cleanExportText } from './export-text';

/** One article as plain text fields. */
export interface ArticleView {
  readonly id: string;
  /** 1-based position among the exported articles. */
  readonly number: number;
  readonly kicker: string | null;
  readonly headline: string | null;
  readonly subheadline: string | null;
  readonly byline: string | null;
  readonly paragraphs: readonly string[];
  readonly captions: readonly string[];
}

/** The issue as plain text fields, with its metadata and language settled. */
export interface IssueView {
  readonly meta: IssueMeta;
  readonly language: 'zh' | 'en';
  /** BCP 47 tag: Chinese with its script when the text shows it (Big5 papers are Traditional). */
  readonly languageTag: 'en' | 'zh' | 'zh-Hans' | 'zh-Hant';
  /** A short stable key of the source text (FNV-1a, hex), for identifiers that survive re-export. */
  readonly key: string;
  readonly articles: readonly ArticleView[];
}

/** FNV-1a 32-bit over UTF-16 code units: stable, tiny, enough to tell issues apart in an id. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** zh when CJK characters make up a good share of the letters, else en. */
export function guessLanguage(text: string): 'zh' | 'en' {
  const sample = text.slice(0, 20_000);
  const cjk = sample.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  // One ideograph carries about as much as a short word, hence the weight.
  return cjk * 4 >= latin && cjk > 0 ? 'zh' : 'en';
}

// Very common characters whose Simplified and Traditional forms differ, pair by pair.
const simplifiedOnly = new Set('这们国会来时个说为对学发经后过还进开关问题实现电动长见门车书东从业产区报记员济');
const traditionalOnly = new Set('這們國會來時個說為對學發經後過還進開關問題實現電動長見門車書東從業產區報記員濟');

/** zh-Hans or zh-Hant by which forms of common characters the text uses; plain zh when it shows neither. */
export function chineseTag(text: string): 'zh' | 'zh-Hans' | 'zh-Hant' {
  let simplified = 0;
  let traditional = 0;
  for (const char of text.slice(0, 20_000)) {
    if (simplifiedOnly.has(char)) simplified++;
    else if (traditionalOnly.has(char)) traditional++;
  }
  if (simplified === traditional) return 'zh';
  return simplified > traditional ? 'zh-Hans' : 'zh-Hant';
}

function fieldText(source: string, paragraph: Paragraph | null): string | null {
  if (!paragraph) return null;
  const text = cleanExportText(paragraphText(source, paragraph));
  return text === '' ? null : text;
}

function listText(source: string, paragraphs: readonly Paragraph[]): string[] {
  return paragraphs.map((p) => cleanExportText(paragraphText(source, p))).filter((t) => t !== '');
}

/** Whether an article has anything to export (the same rule as the scorer JSON: no headline, kicker, body or caption → left out). */
export function hasExportableText(view: Omit<ArticleView, 'number'>): boolean {
  return view.headline !== null || view.kicker !== null || view.paragraphs.length > 0 || view.captions.length > 0;
}

function viewArticle(source: string, article: Article): Omit<ArticleView, 'number'> {
  return {
    id: article.id,
    kicker: fieldText(source, article.kicker),
    headline: fieldText(source, article.headline),
    subheadline: fieldText(source, article.subheadline),
    byline: fieldText(source, article.byline),
    paragraphs: listText(source, article.paragraphs),
    captions: listText(source, article.captions),
  };
}

/** The export view of a document: empty articles dropped, metadata cleaned, language settled. */
export function viewIssue(doc: IssueDocument): IssueView {
  const meta: IssueMeta = cleanMeta(doc.meta);
  const articles = doc.articles
    .map((article) => viewArticle(doc.source, article))
    .filter(hasExportableText)
    .map((article, index) => ({ ...article, number: index + 1 }));
  const language = meta.language ?? guessLanguage(doc.source);
  const languageTag = language === 'en' ? 'en' : chineseTag(doc.source);
  return { meta, language, languageTag, key: fnv1a(doc.source), articles };
}

function cleanMeta(meta: IssueMeta): IssueMeta {
  const clean = (value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const text = cleanExportText(value);
    return text === '' ? undefined : text;
  };
  const result: { -readonly [K in keyof IssueMeta]: IssueMeta[K] } = {};
  const publication = clean(meta.publication);
  const date = clean(meta.date);
  const edition = clean(meta.edition);
  const page = clean(meta.page);
  if (publication !== undefined) result.publication = publication;
  if (date !== undefined) result.date = date;
  if (edition !== undefined) result.edition = edition;
  if (page !== undefined) result.page = page;
  if (meta.language !== undefined) result.language = meta.language;
  return result;
}

/** The view restricted to one article (for one file per article). */
export function viewOneArticle(view: IssueView, article: ArticleView): IssueView {
  return { ...view, articles: [article] };
}

/**
 * The byline to print on a line of its own in the formats people read (text, Markdown, HTML, DOCX): none
 * when the body already shows it, as a byline written inside a paragraph does ("本报讯（记者 …）…",
 * "…（唐叶华 戎虎仁）"), so the reader does not meet it twice. The data formats keep it in both places,
 * as the scorer's convention asks.
 */
export function bylineApart(article: ArticleView): string | null {
  const byline = article.byline;
  if (byline === null) return null;
  return article.paragraphs.some((p) => p.includes(byline)) ? null : byline;
}

/** What an article is called in a file name or a title: headline, else kicker/subheadline, else its opening words. */
export function articleTitle(article: ArticleView): string {
  const title = article.headline ?? article.subheadline ?? article.kicker;
  if (title !== null) return title;
  const opening = article.paragraphs[0] ?? article.captions[0] ?? '';
  // Code points, not code units, so an emoji or extension-B ideograph is never cut in half.
  const chars = Array.from(opening);
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : opening;
}

/** What the issue is called: publication, else a neutral word in the issue's language. */
export function issueTitle(view: IssueView): string {
  return view.meta.publication ?? (view.language === 'zh' ? '报纸' : 'Issue');
}

/**
 * The issue's print reference in words, e.g. `朔州日报 2023-05-27 第3版` or `The Daily News, 2023-05-27, page 3`;
 * without the publication where a page already shows it as its title.
 */
export function issueReference(view: IssueView, withPublication = true, withDate = true): string {
  const { edition, page } = view.meta;
  const date = withDate ? view.meta.date : undefined;
  const publication = withPublication ? view.meta.publication : undefined;
  if (view.language === 'zh') {
    const pageText = page === undefined ? undefined : /^\d+$/.test(page) ? `第${page}版` : page;
    return [publication, date, edition, pageText].filter((x) => x !== undefined).join(' ');
  }
  const pageText = page === undefined ? undefined : /^\d+$/.test(page) ? `page ${page}` : page;
  return [publication, date, edition, pageText].filter((x) => x !== undefined).join(', ');
}

/** Labels that some formats print, in the issue's language. */
export function exportLabels(language: 'zh' | 'en'): { readonly caption: string } {
  return language === 'zh' ? { caption: '图片说明：' } : { caption: 'Caption: ' };
}
