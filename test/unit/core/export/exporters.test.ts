import { describe, expect, it } from 'vitest';
import { exportIssue } from '../../../../src/core/export/export-issue';
import { exportFormats, type ExportFile } from '../../../../src/core/export/export-format';
import { exportPlainText } from '../../../../src/core/export/plain-text';
import { escapeMarkdown, exportMarkdown } from '../../../../src/core/export/markdown';
import { exportHtml } from '../../../../src/core/export/html';
import { exportDocx } from '../../../../src/core/export/docx';
import { exportGalleyJson, type GalleyJson } from '../../../../src/core/export/galley-json';
import { exportNinjs, type NinjsItem } from '../../../../src/core/export/ninjs';
import { exportNewsMl } from '../../../../src/core/export/newsml';
import { toScorerJson } from '../../../../src/core/export/scorer-json';
import { cleanExportText } from '../../../../src/core/export/export-text';
import { chineseTag } from '../../../../src/core/export/issue-view';
import { createInitialDocument } from '../../../../src/core/document/initial-document';
import { parseIssue } from '../../../../src/core/parse/parse-issue';
import { applyCommand } from '../../../../src/core/document/apply';
import type { Command, IssueDocument } from '../../../../src/core/model';
import { enDocument, fixedNow, hostileHeadline, zhDocument } from './fixtures';
import { entryText, unzipStored } from './unzip-stored';

/** The hostile headline as every format should carry it once cleaned. */
const cleanedHostile = cleanExportText(hostileHeadline);

function text(file: ExportFile): string {
  if (typeof file.data !== 'string') throw new Error('expected text');
  return file.data;
}

describe('cleanExportText', () => {
  it('drops controls, replaces lone surrogates, unwraps lines, keeps bidi marks and emoji', () => {
    expect(cleanExportText(' a\u0007b\u0000c\r\nd\te\u0085 ')).toBe('abc d e');
    expect(cleanExportText('x\ud800y\udc00z\ud83d\ude00')).toBe('x\ufffdy\ufffdz😀');
    expect(cleanExportText('\u200fשלום\u202e')).toBe('\u200fשלום\u202e');
    expect([...cleanedHostile].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
  });
});

describe('plain text', () => {
  it('writes the issue reference, head lines in order, paragraphs and labelled captions', () => {
    const out = exportPlainText(zhDocument());
    expect(out).toBe(
      [
        '人民日报 1998-01-05 第3版',
        '',
        '引题：春风又绿江南岸\n城市更新让老街焕发新生\n——来自苏州平江路的报道\n本报记者 许立群',
        '',
        '清晨，平江路上的石板还带着露水，早点铺已经开门迎客。',
        '',
        '“老街要住人，也要留人。”街道负责人说。',
        '',
        '图片说明：平江路一景（本报记者 许立群摄）',
        '',
        '* * *',
        '',
        cleanedHostile,
        '',
        '本报讯　记者在城东看到，新建的图书馆已经对外开放。',
        '',
      ].join('\n'),
    );
  });

  it('leaves out removed text and empty articles', () => {
    const out = exportPlainText(enDocument());
    expect(out).not.toContain('3 | The Daily News');
    expect(out).toContain('The city council voted on Tuesday to build a new library on the site of the old bus depot.');
  });
});

describe('markdown', () => {
  it('escapes markup so a hostile headline stays literal text', () => {
    const out = exportMarkdown(enDocument());
    expect(out).toContain(`## ${escapeMarkdown(cleanedHostile)}`);
    expect(out).not.toContain('<b>');
    expect(out).toContain('*CITY HALL*');
    expect(out).toContain('## Council Approves New Library');
    expect(out).toContain('> Caption: The old depot in 1950. (Archive photo)');
  });

  it('neutralises block markers at the start of a paragraph', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('a & b <c>')).toBe('a \\& b \\<c\\>');
  });
});

describe('html', () => {
  const out = exportHtml(zhDocument());

  it('is a self-contained page with a language, print CSS and no scripts or external resources', () => {
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="zh-Hans"')).toBe(true);
    expect(out).toContain('<meta charset="utf-8" />');
    expect(out).toContain('@media print');
    expect(out).not.toMatch(/<script|<link|src=|url\(/i);
    expect(out).toContain('<meta name="publication" content="人民日报" />');
  });

  it('escapes hostile text and isolates its direction', () => {
    expect(out).toContain('<h2 class="headline" dir="auto">&lt;b&gt;Tom &amp; "Jerry"&lt;/b&gt;');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('lone\ufffd');
  });

  it('marks every role with its own class', () => {
    for (const cls of ['kicker', 'headline', 'subheadline', 'byline', 'body']) expect(out).toContain(`class="${cls}"`);
    expect(out).toContain('<figure class="caption"><figcaption dir="auto">图片说明：平江路一景');
  });
});

describe('docx', () => {
  const entries = unzipStored(exportDocx(zhDocument(), { now: fixedNow }));

  it('holds the parts Word needs', () => {
    expect(entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/_rels/document.xml.rels',
      'word/styles.xml',
      'docProps/core.xml',
    ]);
  });

  it('styles every role, with CJK fonts through w:eastAsia and a distinct caption style', () => {
    const styles = entryText(entries, 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="SimSun"');
    expect(styles).toContain('w:eastAsia="SimHei"');
    for (const id of ['Kicker', 'Heading1', 'Subheadline', 'Byline', 'Caption']) expect(styles).toContain(`w:styleId="${id}"`);
    const document = entryText(entries, 'word/document.xml');
    expect(document).toContain('<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">城市更新让老街焕发新生</w:t>');
    expect(document).toContain('<w:pStyle w:val="Caption"/>');
    expect(document).toContain('&lt;b&gt;Tom &amp; "Jerry"&lt;/b&gt;');
    expect(document).not.toContain('\u0007');
  });

  it('records title and creation time in the core properties', () => {
    const core = entryText(entries, 'docProps/core.xml');
    expect(core).toContain('<dc:title>人民日报 1998-01-05</dc:title>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T03:04:05Z</dcterms:created>');
  });
});

describe('Chinese script', () => {
  it('tags Simplified and Traditional text and picks fonts to match', () => {
    expect(chineseTag('这是我们国家的经济发展')).toBe('zh-Hans');
    expect(chineseTag('這是我們國家的經濟發展')).toBe('zh-Hant');
    expect(chineseTag('中文')).toBe('zh');
    const source = '臺灣日報 1998年1月5日 第3版\n\n這是我們國家的經濟發展報導。\n';
    const doc = createInitialDocument(source, parseIssue(source).blocks, { language: 'zh' });
    expect(exportHtml(doc)).toContain('<html lang="zh-Hant"');
    const styles = entryText(unzipStored(exportDocx(doc, { now: fixedNow })), 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="PMingLiU"');
    expect(styles).toContain('<w:lang w:val="zh-TW" w:eastAsia="zh-TW"/>');
    expect(exportNinjs(doc, { now: fixedNow })).toContain('"language": "zh-Hant"');
  });
});

describe('galley json', () => {
  const doc = zhDocument();
  const json = JSON.parse(exportGalleyJson(doc, { now: fixedNow })) as GalleyJson;

  it('is the scorer format plus provenance', () => {
    const scorer = toScorerJson(doc);
    expect(json.articles).toEqual(JSON.parse(JSON.stringify(scorer.articles)));
    // The edit of the placeholder headline put the old text on the removed pile too.
    expect(json.removed).toEqual(['标题占位', '人民日报　1998年1月5日　星期一　第3版']);
    expect(json.galley.meta).toEqual({ publication: '人民日报', date: '1998-01-05', page: '3', language: 'zh' });
    expect(json.galley.exported).toBe('2026-01-02T03:04:05.678Z');
  });

  it('gives the source pieces of every field, aligned with the articles', () => {
    const provenance = json.galley.provenance;
    expect(provenance.articles).toHaveLength(json.articles.length);
    const first = provenance.articles[0];
    expect(first.headline?.pieces).toEqual([{ kind: 'source', start: doc.source.indexOf('城市更新'), end: doc.source.indexOf('城市更新') + 11 }]);
    expect(provenance.articles[1].headline?.pieces[0]).toEqual({ kind: 'typed', text: hostileHeadline });
    expect(provenance.articles[0].paragraphs).toHaveLength(json.articles[0].paragraphs.length);
    const header = provenance.removed.find((r) => r.id === 'r-header');
    expect(header).toMatchObject({ kind: 'editor', text: '人民日报　1998年1月5日　星期一　第3版' });
    expect(header?.pieces).toEqual([{ kind: 'source', start: 0, end: doc.source.indexOf('\n') }]);
    expect(header?.reason.zh.length).toBeGreaterThan(0);
  });
});

describe('ninjs', () => {
  const pkg = JSON.parse(exportNinjs(enDocument(), { now: fixedNow })) as NinjsItem;

  it('is a composite package associating one text item per article', () => {
    expect(pkg.type).toBe('composite');
    expect(pkg.associations?.map((a) => [a.name, a.type])).toEqual([
      ['article-1', 'text'],
      ['article-2', 'text'],
    ]);
    expect(pkg.infosources).toEqual([{ name: 'The Daily News', role: 'publisher' }]);
    expect(pkg.altids).toEqual([
      { role: 'issue-date', value: '2026-05-27' },
      { role: 'page', value: '3' },
    ]);
  });

  it('maps kicker and subheadline to headline roles', () => {
    const article = pkg.associations?.[0];
    expect(article?.headlines).toEqual([
      { role: 'main', value: 'Council Approves New Library' },
      { role: 'kicker', value: 'CITY HALL' },
      { role: 'subheadline', value: 'A vote of 7 to 2 after a long night' },
    ]);
    expect(article?.by).toBe('By Jane Smith');
    expect(article?.descriptions).toEqual([{ role: 'caption', value: 'The old depot in 1950. (Archive photo)' }]);
  });

  it('keeps hostile text as data and escapes it in the HTML body', () => {
    const second = pkg.associations?.[1];
    expect(second?.headlines?.[0].value).toBe(cleanedHostile);
    expect(second?.bodies?.find((b) => b.contenttype === 'text/html')?.value).toBe('<p>Rain is expected all week.</p>');
  });
});

describe('newsml', () => {
  const out = exportNewsMl(zhDocument(), { now: fixedNow });

  it('is a newsMessage with a newsItem per article and an NITF body each', () => {
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<newsMessage xmlns="http:\/\/iptc.org\/std\/nar\/2006-10-01\/">/);
    expect(out.match(/<newsItem /g)).toHaveLength(2);
    expect(out.match(/<nitf xmlns="http:\/\/iptc.org\/std\/NITF\/2006-10-18\/"/g)).toHaveLength(2);
    expect(out).toContain('<sent>2026-01-02T03:04:05Z</sent>');
  });

  it('packages the issue: a packageItem referencing every article newsItem in reading order', () => {
    const guids = [...out.matchAll(/<newsItem guid="([^"]+)"/g)].map((m) => m[1]);
    const refs = [...out.matchAll(/<itemRef residref="([^"]+)"/g)].map((m) => m[1]);
    expect(out.indexOf('<packageItem ')).toBeLessThan(out.indexOf('<newsItem '));
    expect(refs).toEqual(guids);
    expect(guids[0]).toMatch(/^urn:galley:issue:1998-01-05:[0-9a-f]{8}:a0$/);
  });

  it('maps kicker and subheadline to roled headlines and hl2 classes', () => {
    expect(out).toContain('<headline role="galleyhlrole:kicker">引题：春风又绿江南岸</headline>');
    expect(out).toContain('<headline role="galleyhlrole:subheadline">——来自苏州平江路的报道</headline>');
    expect(out).toContain('<hl2 class="kicker">引题：春风又绿江南岸</hl2>');
    expect(out).toContain('<pubdata type="print" name="人民日报" date.publication="19980105" position.sequence="3"/>');
  });

  it('escapes hostile text', () => {
    expect(out).toContain('<hl1>&lt;b&gt;Tom &amp; "Jerry"&lt;/b&gt;');
    expect(out).toContain(']]&gt; --&gt;');
    expect(out).not.toContain('\u0007');
  });
});

describe('exportIssue', () => {
  it('offers every format, one issue file named by date and publication', () => {
    for (const format of exportFormats) {
      const files = exportIssue(zhDocument(), format, { perArticle: false, now: fixedNow });
      expect(files).toHaveLength(1);
      expect(files[0].name.startsWith('1998-01-05 人民日报.')).toBe(true);
      expect(files[0].stem).toMatchObject({ date: '1998-01-05', title: '人民日报' });
      expect(files[0].mediaType.length).toBeGreaterThan(0);
    }
  });

  it('writes one file per article named by date and headline', () => {
    const files = exportIssue(zhDocument(), 'txt', { perArticle: true, now: fixedNow });
    expect(files.map((f) => f.name)).toEqual(['1998-01-05 城市更新让老街焕发新生.txt', `1998-01-05 ${cleanedHostile}.txt`]);
    expect(text(files[0])).toContain('城市更新让老街焕发新生');
    expect(text(files[0])).not.toContain('新建的图书馆');
  });

  it('per article: ninjs items, newsItems, and JSON without the issue removed pile', () => {
    const doc = enDocument();
    const ninjs = exportIssue(doc, 'ninjs', { perArticle: true, now: fixedNow }).map((f) => JSON.parse(text(f)) as NinjsItem);
    expect(ninjs.map((i) => i.type)).toEqual(['text', 'text']);
    const newsml = exportIssue(doc, 'newsml', { perArticle: true, now: fixedNow }).map(text);
    expect(newsml[0]).toMatch(/^<\?xml[^>]*>\n<newsItem xmlns=/);
    const json = exportIssue(doc, 'json', { perArticle: true, now: fixedNow }).map((f) => JSON.parse(text(f)) as GalleyJson);
    expect(json.map((j) => [j.articles.length, j.removed.length])).toEqual([
      [1, 0],
      [1, 0],
    ]);
    const docx = exportIssue(doc, 'docx', { perArticle: true, now: fixedNow });
    expect(docx.every((f) => f.data instanceof Uint8Array)).toBe(true);
  });

  it('numbers repeated titles and names untitled articles by their opening words', () => {
    const source = '同题\n\n第一篇正文。\n\n同题\n\n第二篇正文。\n\n没有标题的一篇文章，开头的话很长很长很长很长很长很长。\n';
    let doc = createInitialDocument(source, parseIssue(source).blocks, { language: 'zh' });
    const moves = [
      { kind: 'split-article', at: 'p2', newArticle: 'b' },
      { kind: 'split-article', at: 'p4', newArticle: 'c' },
      { kind: 'set-role', paragraph: 'p0', role: 'headline' },
      { kind: 'set-role', paragraph: 'p2', role: 'headline' },
    ] as const;
    for (const command of moves) doc = applyOrThrow(doc, command);
    const names = exportIssue(doc, 'md', { perArticle: true, now: fixedNow }).map((f) => f.name);
    expect(names).toEqual(['同题.md', '同题 (2).md', '没有标题的一篇文章，开头的话很长很长很长很长很长….md']);
  });

  it('exports an empty document as a header-only issue file and no article files', () => {
    const doc = createInitialDocument('', [], {});
    expect(exportIssue(doc, 'txt', { perArticle: true, now: fixedNow })).toEqual([]);
    expect(text(exportIssue(doc, 'txt', { perArticle: false, now: fixedNow })[0])).toBe('\n');
    expect(exportIssue(doc, 'txt', { perArticle: false, now: fixedNow })[0].name).toBe('Issue.txt');
  });
});


function applyOrThrow(doc: IssueDocument, command: Command): IssueDocument {
  const outcome = applyCommand(doc, command);
  if (!outcome.applied) throw new Error(outcome.problem);
  return outcome.doc;
}
