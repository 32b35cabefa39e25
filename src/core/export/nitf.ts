/**
 * An NITF 3.6 document for one article, as carried inside a NewsML-G2 inlineXML. NITF has hl1 and hl2
 * but no kicker: the kicker is an hl2 with class "kicker" placed before the subheadline's hl2 (class
 * "subheadline"); print data (publication, date, edition, page) goes to head/pubdata.
 */
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';
import { articleTitle, type ArticleView, type IssueView } from './issue-view';

/** The NITF namespace. */
export const nitfNamespace = 'http://iptc.org/std/NITF/2006-10-18/';

function tag(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeXmlText(text)}</${name}>`;
}

function pubdata(view: IssueView): string {
  const { publication, date, edition, page } = view.meta;
  const attributes: string[] = ['type="print"'];
  if (publication !== undefined) attributes.push(`name="${escapeXmlAttribute(publication)}"`);
  // NITF dates are ISO 8601 basic format.
  if (date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date)) attributes.push(`date.publication="${date.replace(/-/g, '')}"`);
  if (edition !== undefined) attributes.push(`edition.name="${escapeXmlAttribute(edition)}"`);
  if (page !== undefined) attributes.push(`position.sequence="${escapeXmlAttribute(page)}"`);
  return attributes.length > 1 ? `<pubdata ${attributes.join(' ')}/>` : '';
}

/** The NITF element of one article (no XML declaration), indented for reading. */
export function renderNitf(view: IssueView, article: ArticleView, indent = ''): string {
  const i = (depth: number): string => `\n${indent}${'  '.repeat(depth)}`;
  const lines: string[] = [`<nitf xmlns="${nitfNamespace}" version="-//IPTC//DTD NITF 3.6//EN">`];
  lines.push(`${i(1)}<head>${i(2)}${tag('title', articleTitle(article))}`);
  const print = pubdata(view);
  if (print !== '') lines.push(`${i(2)}${print}`);
  lines.push(`${i(1)}</head>${i(1)}<body>${i(2)}<body.head>`);
  if (article.headline !== null || article.kicker !== null || article.subheadline !== null) {
    lines.push(`${i(3)}<hedline>`);
    // hl1 is required inside hedline; an article with only a kicker or subheadline gets an empty one.
    lines.push(`${i(4)}${tag('hl1', article.headline ?? '')}`);
    if (article.kicker !== null) lines.push(`${i(4)}${tag('hl2', article.kicker, ' class="kicker"')}`);
    if (article.subheadline !== null) lines.push(`${i(4)}${tag('hl2', article.subheadline, ' class="subheadline"')}`);
    lines.push(`${i(3)}</hedline>`);
  }
  if (article.byline !== null) lines.push(`${i(3)}${tag('byline', article.byline)}`);
  lines.push(`${i(2)}</body.head>${i(2)}<body.content>`);
  for (const paragraph of article.paragraphs) lines.push(`${i(3)}${tag('p', paragraph)}`);
  // Captions without their pictures: NITF media needs a media-reference, which Galley does not have.
  for (const caption of article.captions) lines.push(`${i(3)}${tag('p', caption, ' class="caption"')}`);
  lines.push(`${i(2)}</body.content>${i(1)}</body>\n${indent}</nitf>`);
  return lines.join('');
}
