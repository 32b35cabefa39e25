import { describe, expect, it } from 'vitest';
import { exportPlainText } from '../../../../src/core/export/plain-text';
import { escapeMarkdown, exportMarkdown } from '../../../../src/core/export/markdown';
import { exportHtml } from '../../../../src/core/export/html';
import { exportDocx } from '../../../../src/core/export/docx';
import { exportGalleyJson, type GalleyJson } from '../../../../src/core/export/galley-json';
import { toScorerJson } from '../../../../src/core/export/scorer-json';
import { dateFromFileName } from '../../../../src/core/meta/file-name-date';
import { buildDocument, fixedNow } from './fixtures';
import { entryText, unzipStored } from './unzip-stored';

// A headline, then a paragraph whose opening carries the byline, and one whose end carries another.
const source = ['城市书房开门迎客', '', '本报讯(记者 符烽邦)城东新建的城市书房昨日开放。', '', '市民在书房里读书。(唐叶华 戎虎仁)', ''].join('\n');
const bylineStart = source.indexOf('记者 符烽邦');

function withInlineByline() {
  return buildDocument(source, [
    { kind: 'set-role', paragraph: 'p0', role: 'headline' },
    { kind: 'set-field-from-text', paragraph: 'p1', role: 'byline', start: bylineStart, end: bylineStart + '记者 符烽邦'.length, newParagraph: 'b1' },
  ]);
}

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('a byline written inside a paragraph', () => {
  it('is read once in the formats people read: the paragraph shows it, no byline line repeats it', () => {
    const doc = withInlineByline();
    expect(count(exportPlainText(doc), '符烽邦')).toBe(1);
    expect(count(exportMarkdown(doc), '符烽邦')).toBe(1);
    expect(count(exportHtml(doc), '符烽邦')).toBe(1);
    expect(exportHtml(doc)).not.toContain('class="byline"');
    const xml = entryText(unzipStored(exportDocx(doc, { now: fixedNow })), 'word/document.xml');
    expect(count(xml, '符烽邦')).toBe(1);
  });

  it('stays in the paragraph and is the byline field in the data formats (the scorer\'s convention)', () => {
    const doc = withInlineByline();
    const scorer = toScorerJson(doc);
    expect(scorer.articles[0].byline).toBe('记者 符烽邦');
    expect(scorer.articles[0].paragraphs[0]).toContain('本报讯(记者 符烽邦)');
    const json = JSON.parse(exportGalleyJson(doc, { now: fixedNow })) as GalleyJson;
    expect(json.articles[0].byline).toBe('记者 符烽邦');
  });

  it('a byline on a line of its own is still printed', () => {
    const doc = buildDocument('标题\n\n本报记者 许立群\n\n正文一段。\n', [
      { kind: 'set-role', paragraph: 'p0', role: 'headline' },
      { kind: 'set-role', paragraph: 'p1', role: 'byline' },
    ]);
    expect(exportPlainText(doc)).toContain('本报记者 许立群');
    expect(exportMarkdown(doc)).toContain('*本报记者 许立群*');
  });
});

describe('markdown', () => {
  it('leaves parentheses, "!" and a "#" inside a line alone; escapes only what would become markup', () => {
    expect(escapeMarkdown('本报讯(记者 符烽邦) 第#3号!')).toBe('本报讯(记者 符烽邦) 第#3号!');
    expect(escapeMarkdown('[link](url) *x*')).toBe('\\[link\\](url) \\*x\\*');
    expect(escapeMarkdown('# title')).toBe('\\# title');
  });

  it('puts the date in the issue heading when there is no publication', () => {
    const doc = buildDocument('标题一\n\n正文。\n\n标题二\n\n正文二。\n', [
      { kind: 'set-meta', meta: { date: '2023-05-27' } },
      { kind: 'set-role', paragraph: 'p0', role: 'headline' },
      { kind: 'split-article', at: 'p2', newArticle: 'a1' },
      { kind: 'set-role', paragraph: 'p2', role: 'headline' },
    ]);
    const md = exportMarkdown(doc);
    expect(md.startsWith('# 报纸 2023-05-27\n')).toBe(true);
    expect(count(md, '2023-05-27')).toBe(1);
  });
});

describe('dateFromFileName', () => {
  it('reads the common ways a date is written in a file name, and only real dates', () => {
    expect(dateFromFileName('/srv/papers/shuozhou-daily-2023-05-27.txt')).toBe('2023-05-27');
    expect(dateFromFileName('C:\\papers\\rmrb_20230527.txt')).toBe('2023-05-27');
    expect(dateFromFileName('news.2023.05.27.txt')).toBe('2023-05-27');
    expect(dateFromFileName('issue-2023-02-31.txt')).toBeNull();
    expect(dateFromFileName('issue-12345678901.txt')).toBeNull();
    expect(dateFromFileName('notes.txt')).toBeNull();
  });
});
