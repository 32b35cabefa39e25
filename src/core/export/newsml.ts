/**
 * IPTC NewsML-G2 2.35: a newsItem per article (NITF body in contentSet/inlineXML), and for the issue a
 * newsMessage whose itemSet holds a packageItem for the issue (referencing the articles) and every
 * article's newsItem. Kicker and subheadline are extra
 * contentMeta headlines with a role from Galley's own headline-role scheme (see docs/exports.md).
 */
import type { IssueDocument } from '../model';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';
import { articleUri, isoSeconds, issueUri, languageTag } from './identifiers';
import { articleTitle, issueReference, issueTitle, viewIssue, type ArticleView, type IssueView } from './issue-view';
import { renderNitf } from './nitf';

/** The NewsML-G2 (NAR) namespace. */
export const newsmlNamespace = 'http://iptc.org/std/nar/2006-10-01/';

/** The alias and URI of Galley's headline-role scheme (roles `kicker` and `subheadline`). */
export const headlineRoleScheme = { alias: 'galleyhlrole', uri: 'urn:galley:cv:headline-role:' } as const;

const iptcCatalog = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml';

function item(view: IssueView, article: ArticleView, now: Date, indent: string, namespace: boolean): string {
  const i = (depth: number): string => `\n${indent}${'  '.repeat(depth)}`;
  const stamp = isoSeconds(now);
  const out: string[] = [];
  out.push(
    `${indent}<newsItem${namespace ? ` xmlns="${newsmlNamespace}"` : ''} guid="${escapeXmlAttribute(articleUri(view, article))}" version="1"` +
      ` standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="${languageTag(view)}">`,
    `${i(1)}<catalogRef href="${iptcCatalog}"/>`,
    `${i(1)}<catalog>${i(2)}<scheme alias="${headlineRoleScheme.alias}" uri="${headlineRoleScheme.uri}"/>${i(1)}</catalog>`,
    `${i(1)}<itemMeta>`,
    `${i(2)}<itemClass qcode="ninat:text"/>`,
    `${i(2)}<provider literal="Galley"/>`,
    `${i(2)}<versionCreated>${stamp}</versionCreated>`,
    `${i(2)}<pubStatus qcode="stat:usable"/>`,
    `${i(2)}<generator versioninfo="1">Galley</generator>`,
    `${i(1)}</itemMeta>`,
    `${i(1)}<contentMeta>`,
  );
  if (view.meta.publication !== undefined) {
    out.push(`${i(2)}<infoSource role="isrol:originfo"><name>${escapeXmlText(view.meta.publication)}</name></infoSource>`);
  }
  out.push(`${i(2)}<language tag="${languageTag(view)}"/>`);
  if (article.kicker !== null) out.push(`${i(2)}<headline role="${headlineRoleScheme.alias}:kicker">${escapeXmlText(article.kicker)}</headline>`);
  if (article.headline !== null) out.push(`${i(2)}<headline>${escapeXmlText(article.headline)}</headline>`);
  if (article.subheadline !== null) out.push(`${i(2)}<headline role="${headlineRoleScheme.alias}:subheadline">${escapeXmlText(article.subheadline)}</headline>`);
  const reference = issueReference(view);
  if (reference !== '') out.push(`${i(2)}<description role="drol:summary">${escapeXmlText(reference)}</description>`);
  if (article.byline !== null) out.push(`${i(2)}<by>${escapeXmlText(article.byline)}</by>`);
  out.push(
    `${i(1)}</contentMeta>`,
    `${i(1)}<contentSet>`,
    `${i(2)}<inlineXML contenttype="application/nitf+xml">`,
    `\n${renderNitf(view, article, `${indent}      `)}`,
    `${i(2)}</inlineXML>`,
    `${i(1)}</contentSet>`,
    `\n${indent}</newsItem>`,
  );
  return out.join('');
}

/** One article as a standalone NewsML-G2 newsItem document. */
export function renderNewsItem(view: IssueView, article: ArticleView, now: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${item(view, article, now, '', true)}\n`;
}

/** The issue as a packageItem: one group of itemRefs to the article newsItems, in reading order. */
function packageItem(view: IssueView, now: Date, indent: string): string {
  const i = (depth: number): string => `\n${indent}${'  '.repeat(depth)}`;
  const refs = view.articles.map(
    (article) =>
      `${i(3)}<itemRef residref="${escapeXmlAttribute(articleUri(view, article))}" version="1" contenttype="application/vnd.iptc.g2.newsitem+xml">` +
      `${i(4)}<itemClass qcode="ninat:text"/>${i(4)}<title>${escapeXmlText(articleTitle(article))}</title>${i(3)}</itemRef>`,
  );
  const reference = issueReference(view);
  return (
    `${indent}<packageItem guid="${escapeXmlAttribute(issueUri(view))}" version="1" standard="NewsML-G2" standardversion="2.35"` +
    ` conformance="power" xml:lang="${languageTag(view)}">` +
    `${i(1)}<catalogRef href="${iptcCatalog}"/>` +
    `${i(1)}<itemMeta>${i(2)}<itemClass qcode="ninat:composite"/>${i(2)}<provider literal="Galley"/>` +
    `${i(2)}<versionCreated>${isoSeconds(now)}</versionCreated>${i(2)}<pubStatus qcode="stat:usable"/>` +
    `${i(2)}<title>${escapeXmlText(issueTitle(view))}</title>${i(1)}</itemMeta>` +
    `${i(1)}<contentMeta>${i(2)}<language tag="${languageTag(view)}"/>` +
    `${i(2)}<headline>${escapeXmlText(issueTitle(view))}</headline>` +
    (reference !== '' ? `${i(2)}<description role="drol:summary">${escapeXmlText(reference)}</description>` : '') +
    `${i(1)}</contentMeta>` +
    `${i(1)}<groupSet root="G1">${i(2)}<group id="G1" role="group:main">${refs.join('')}${i(2)}</group>${i(1)}</groupSet>` +
    `\n${indent}</packageItem>`
  );
}

/** The issue as a NewsML-G2 newsMessage: a packageItem for the issue, then one newsItem per article. */
export function renderNewsMessage(view: IssueView, now: Date): string {
  const items = [packageItem(view, now, '    '), ...view.articles.map((article) => item(view, article, now, '    ', false))];
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<newsMessage xmlns="${newsmlNamespace}">\n` +
    `  <header>\n    <sent>${isoSeconds(now)}</sent>\n    <sender>Galley</sender>\n  </header>\n` +
    `  <itemSet>\n${items.join('\n')}\n  </itemSet>\n` +
    '</newsMessage>\n'
  );
}

/** The issue as a NewsML-G2 newsMessage (XML text). */
export function exportNewsMl(doc: IssueDocument, options: { readonly now: Date }): string {
  return renderNewsMessage(viewIssue(doc), options.now);
}
