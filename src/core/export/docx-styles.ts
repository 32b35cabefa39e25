/** The DOCX style sheet: one paragraph style per role, CJK fonts through w:eastAsia. */

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Style ids used by the document part. */
export const docxStyleIds = {
  body: 'Normal',
  publication: 'Title',
  reference: 'IssueReference',
  kicker: 'Kicker',
  headline: 'Heading1',
  subheadline: 'Subheadline',
  byline: 'Byline',
  caption: 'Caption',
} as const;

// Latin text in Cambria/Calibri, Chinese in SimSun (宋体) for body and SimHei (黑体) for heads: the
// fonts every Chinese Windows and Office install has; w:eastAsia is what Word uses for CJK runs.
// Traditional text gets the Taiwanese equivalents, PMingLiU (新細明體) and Microsoft JhengHei (微軟正黑體).
const fonts = (traditional: boolean) => ({
  serif: `<w:rFonts w:ascii="Cambria" w:hAnsi="Cambria" w:eastAsia="${traditional ? 'PMingLiU' : 'SimSun'}" w:cs="Times New Roman"/>`,
  sans: `<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="${traditional ? 'Microsoft JhengHei' : 'SimHei'}" w:cs="Arial"/>`,
});

function paragraphStyle(id: string, name: string, pPr: string, rPr: string, extra = ''): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>` +
    (id === 'Normal' ? '<w:qFormat/>' : `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:qFormat/>`) +
    `<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`
  );
}

/** word/styles.xml for the language and Chinese script (proofing language, CJK fonts, body indent). */
export function docxStylesXml(language: 'zh' | 'en', traditional = false): string {
  const { serif, sans } = fonts(traditional);
  const eastAsia = traditional ? 'zh-TW' : 'zh-CN';
  // Latin runs are English and CJK runs Chinese in either issue language; only the default differs.
  const lang = `<w:lang w:val="${language === 'zh' ? eastAsia : 'en-US'}" w:eastAsia="${eastAsia}"/>`;
  // Chinese body text is indented two characters (w:firstLineChars is in hundredths of a character).
  const bodyIndent = language === 'zh' ? '<w:ind w:firstLineChars="200" w:firstLine="420"/>' : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:styles xmlns:w="${w}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${serif}<w:sz w:val="22"/><w:szCs w:val="22"/>${lang}</w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    paragraphStyle('Normal', 'Normal', `<w:jc w:val="both"/>${bodyIndent}`, '') +
    paragraphStyle(docxStyleIds.publication, 'Title', '<w:spacing w:after="60"/><w:jc w:val="center"/>', `${sans}<w:b/><w:sz w:val="40"/><w:szCs w:val="40"/>`) +
    paragraphStyle(docxStyleIds.reference, 'Issue Reference', '<w:spacing w:after="360"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/>', '<w:color w:val="555555"/>') +
    paragraphStyle(docxStyleIds.kicker, 'Kicker', '<w:keepNext/><w:spacing w:before="360" w:after="0"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/>', `${sans}<w:sz w:val="24"/><w:szCs w:val="24"/>`) +
    paragraphStyle(docxStyleIds.headline, 'heading 1', '<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>', `${sans}<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>`) +
    paragraphStyle(docxStyleIds.subheadline, 'Subheadline', '<w:keepNext/><w:spacing w:after="60"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/>', `${sans}<w:sz w:val="26"/><w:szCs w:val="26"/>`) +
    paragraphStyle(docxStyleIds.byline, 'Byline', '<w:keepNext/><w:spacing w:after="240"/><w:ind w:firstLine="0" w:firstLineChars="0"/><w:jc w:val="center"/>', '<w:i/><w:color w:val="444444"/>') +
    paragraphStyle(docxStyleIds.caption, 'caption', '<w:spacing w:before="120" w:after="240"/><w:ind w:left="360" w:firstLine="0" w:firstLineChars="0"/><w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="999999"/></w:pBdr><w:jc w:val="left"/>', `${sans}<w:sz w:val="19"/><w:szCs w:val="19"/><w:color w:val="333333"/>`) +
    '</w:styles>'
  );
}
