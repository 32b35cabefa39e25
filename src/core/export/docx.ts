/**
 * DOCX export, written as OOXML by hand and zipped with STORE entries. Done in pure core (no `docx`
 * package): the docx library reaches for Node/DOM types and its own zip, while five small XML parts and
 * a stored zip are all Word, LibreOffice and Pages need.
 */
import type { IssueDocument } from '../model';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';
import { docxStyleIds, docxStylesXml } from './docx-styles';
import { bylineApart, exportLabels, issueReference, issueTitle, viewIssue, type IssueView } from './issue-view';
import { encodeUtf8 } from './utf8';
import { createStoredZip } from './zip-store';

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const wNs = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** One paragraph with a style; xml:space keeps leading/trailing spaces the editor typed. */
function paragraph(styleId: string, text: string, pageBreakBefore = false): string {
  const breakBefore = pageBreakBefore ? '<w:pageBreakBefore/>' : '';
  return `<w:p><w:pPr><w:pStyle w:val="${styleId}"/>${breakBefore}</w:pPr><w:r><w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r></w:p>`;
}

function documentXml(view: IssueView): string {
  const body: string[] = [];
  const single = view.articles.length === 1;
  if (!single) body.push(paragraph(docxStyleIds.publication, issueTitle(view)));
  const reference = issueReference(view, single);
  if (reference !== '') body.push(paragraph(docxStyleIds.reference, reference));
  const label = exportLabels(view.language).caption;
  view.articles.forEach((article, index) => {
    // Each article after the first starts on a new page, as it would be filed.
    let pendingBreak = index > 0;
    const push = (styleId: string, text: string): void => {
      body.push(paragraph(styleId, text, pendingBreak));
      pendingBreak = false;
    };
    if (article.kicker !== null) push(docxStyleIds.kicker, article.kicker);
    if (article.headline !== null) push(docxStyleIds.headline, article.headline);
    if (article.subheadline !== null) push(docxStyleIds.subheadline, article.subheadline);
    const byline = bylineApart(article);
    if (byline !== null) push(docxStyleIds.byline, byline);
    for (const text of article.paragraphs) push(docxStyleIds.body, text);
    for (const text of article.captions) push(docxStyleIds.caption, label + text);
  });
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  return `${xmlHead}<w:document xmlns:w="${wNs}"><w:body>${body.join('')}${section}</w:body></w:document>`;
}

const contentTypesXml =
  `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';

const rootRelsXml =
  `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';

const documentRelsXml =
  `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>';

function corePropertiesXml(view: IssueView, now: Date): string {
  const stamp = `${now.toISOString().slice(0, 19)}Z`;
  const single = view.articles.length === 1 ? view.articles[0] : null;
  const title = single?.headline ?? [issueTitle(view), view.meta.date].filter(Boolean).join(' ');
  return (
    `${xmlHead}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXmlText(title)}</dc:title>` +
    (view.meta.publication !== undefined ? `<dc:publisher>${escapeXmlText(view.meta.publication)}</dc:publisher>` : '') +
    `<dc:description>${escapeXmlText(issueReference(view))}</dc:description>` +
    `<dc:language>${escapeXmlAttribute(view.languageTag)}</dc:language>` +
    '<dc:creator>Galley</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** Render an export view as DOCX bytes. */
export function renderDocx(view: IssueView, now: Date): Uint8Array {
  return createStoredZip(
    [
      { name: '[Content_Types].xml', data: encodeUtf8(contentTypesXml) },
      { name: '_rels/.rels', data: encodeUtf8(rootRelsXml) },
      { name: 'word/document.xml', data: encodeUtf8(documentXml(view)) },
      { name: 'word/_rels/document.xml.rels', data: encodeUtf8(documentRelsXml) },
      { name: 'word/styles.xml', data: encodeUtf8(docxStylesXml(view.language, view.languageTag === 'zh-Hant')) },
      { name: 'docProps/core.xml', data: encodeUtf8(corePropertiesXml(view, now)) },
    ],
    now,
  );
}

/** The issue as a DOCX file (bytes). */
export function exportDocx(doc: IssueDocument, options: { readonly now: Date }): Uint8Array {
  return renderDocx(viewIssue(doc), options.now);
}
