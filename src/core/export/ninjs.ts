/**
 * IPTC ninjs 2.2: one text item per article; the issue is a composite (package) item whose
 * associations carry the article items. Kicker and subheadline are extra `headlines[]` entries with
 * roles (see docs/exports.md); edition and page go to `altids`.
 */
import type { IssueDocument } from '../model';
import { articleTitle, issueReference, issueTitle, viewIssue, type ArticleView, type IssueView } from './issue-view';
import { articleUri, isoSeconds, issueUri, languageTag } from './identifiers';
import { escapeXmlText } from './xml-escape';

/** The ninjs profile names Galley writes. */
export const ninjsProfiles = { article: 'galley-article', issue: 'galley-issue' } as const;

/** A ninjs object as Galley writes it (a subset of ninjs 2.2). */
export interface NinjsItem {
  readonly uri: string;
  readonly type: 'text' | 'composite';
  readonly profile: string;
  readonly version: string;
  readonly versioncreated: string;
  readonly pubstatus: 'usable';
  readonly language: string;
  readonly title?: string;
  readonly headlines?: ReadonlyArray<{ readonly role: string; readonly value: string }>;
  readonly by?: string;
  readonly bodies?: ReadonlyArray<{ readonly role: string; readonly contenttype: string; readonly value: string; readonly charcount: number }>;
  readonly descriptions?: ReadonlyArray<{ readonly role: string; readonly value: string }>;
  readonly altids?: ReadonlyArray<{ readonly role: string; readonly value: string }>;
  readonly infosources?: ReadonlyArray<{ readonly name: string; readonly role: string }>;
  readonly associations?: ReadonlyArray<NinjsItem & { readonly name: string }>;
}

function common(view: IssueView, now: Date): Pick<NinjsItem, 'version' | 'versioncreated' | 'pubstatus' | 'language' | 'altids' | 'infosources'> {
  const altids: { role: string; value: string }[] = [];
  if (view.meta.date !== undefined) altids.push({ role: 'issue-date', value: view.meta.date });
  if (view.meta.edition !== undefined) altids.push({ role: 'edition', value: view.meta.edition });
  if (view.meta.page !== undefined) altids.push({ role: 'page', value: view.meta.page });
  return {
    version: '1',
    versioncreated: isoSeconds(now),
    pubstatus: 'usable',
    language: languageTag(view),
    ...(altids.length > 0 ? { altids } : {}),
    ...(view.meta.publication !== undefined ? { infosources: [{ name: view.meta.publication, role: 'publisher' }] } : {}),
  };
}

function count(texts: readonly string[]): number {
  // ninjs charcount counts characters, not UTF-16 units.
  return texts.reduce((sum, text) => sum + Array.from(text).length, 0);
}

/** The ninjs item of one article. */
export function ninjsArticle(view: IssueView, article: ArticleView, now: Date): NinjsItem {
  const headlines: { role: string; value: string }[] = [];
  if (article.headline !== null) headlines.push({ role: 'main', value: article.headline });
  if (article.kicker !== null) headlines.push({ role: 'kicker', value: article.kicker });
  if (article.subheadline !== null) headlines.push({ role: 'subheadline', value: article.subheadline });
  const bodies = [];
  if (article.paragraphs.length > 0) {
    const chars = count(article.paragraphs);
    bodies.push(
      { role: 'main', contenttype: 'text/plain', value: article.paragraphs.join('\n\n'), charcount: chars },
      { role: 'main', contenttype: 'text/html', value: article.paragraphs.map((p) => `<p>${escapeXmlText(p)}</p>`).join('\n'), charcount: chars },
    );
  }
  const descriptions = article.captions.map((caption) => ({ role: 'caption', value: caption }));
  const base = common(view, now);
  return {
    uri: articleUri(view, article),
    type: 'text',
    profile: ninjsProfiles.article,
    ...base,
    altids: [...(base.altids ?? []), { role: 'galley-article', value: article.id }],
    title: articleTitle(article),
    ...(headlines.length > 0 ? { headlines } : {}),
    ...(article.byline !== null ? { by: article.byline } : {}),
    ...(bodies.length > 0 ? { bodies } : {}),
    // A caption without its picture is still text the archive wants.
    ...(descriptions.length > 0 ? { descriptions } : {}),
  };
}

/** The ninjs package of the issue: a composite item associating every article item. */
export function ninjsIssue(view: IssueView, now: Date): NinjsItem {
  const reference = issueReference(view);
  return {
    uri: issueUri(view),
    type: 'composite',
    profile: ninjsProfiles.issue,
    ...common(view, now),
    title: [issueTitle(view), view.meta.date].filter(Boolean).join(' '),
    headlines: [{ role: 'main', value: issueTitle(view) }],
    ...(reference !== '' ? { descriptions: [{ role: 'issue', value: reference }] } : {}),
    associations: view.articles.map((article) => ({ name: `article-${article.number}`, ...ninjsArticle(view, article, now) })),
  };
}

/** The issue as a ninjs 2.2 package (JSON text). */
export function exportNinjs(doc: IssueDocument, options: { readonly now: Date }): string {
  return `${JSON.stringify(ninjsIssue(viewIssue(doc), options.now), null, 2)}\n`;
}
