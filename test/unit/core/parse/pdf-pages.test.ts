import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../../src/core/parse/parse-issue';
import { analyzeIssue } from '../../../../src/core/analysis/analyze-issue';
import { repairIssue } from '../../../../src/core/analysis/repair-issue';
import { toScorerJson } from '../../../../src/core/export/scorer-json';
import { testLexicon } from '../analysis/test-lexicon';

const WIDTH = 20;

/** Lay a paragraph out as `pdftotext` does: the first line two characters short (the indent it drops), the rest full. */
function wrap(paragraph: string): string[] {
  const lines = [paragraph.slice(0, WIDTH - 2)];
  for (let k = WIDTH - 2; k < paragraph.length; k += WIDTH) lines.push(paragraph.slice(k, k + WIDTH));
  return lines;
}

// Hand-made paragraphs (lengths chosen so no line ends exactly at the column, except where said).
const P1 = '今年春天，城市园林部门在河道两岸修建了一条新的步行绿道，沿途种下了许多本地的树木和花草，方便附近居民散步。';
const P2 = '绿道全长三十公里，连通了十二个社区公园和两处湿地，沿线设置了休息座椅、饮水点和公共厕所，夜间还有照明。';
const P3 = '园林部门负责人说，下一步将根据居民的意见继续完善配套设施，让更多人走出家门亲近自然。';
const P4 = '不少居民表示，每天傍晚都会来这里走一走。';
const P5 = '街道新开的社区食堂每天供应早午晚三餐，老年人就餐可以享受八折优惠，开业第一周就接待了两千多人次。';
const P6 = '食堂负责人介绍，菜品每周更换，价格公开透明。';

/** Two articles of e-paper PDF text: title over two lines, reporter over three, source lines, a page number cutting P2. */
function pdfIssue(): { text: string; p2Lines: string[] } {
  const p2Lines = wrap(P2);
  const lines = [
    '城市公园今年新增绿道三十公里沿河步道全',
    '线贯通',
    '本报记者',
    '',
    '林',
    '',
    '远',
    '',
    '《晨光日报》（2024年3月8日 第 02 版）',
    '',
    ...wrap(P1),
    ...p2Lines.slice(0, 2),
    '',
    '第 3 页',
    '',
    '\f' + p2Lines[2],
    ...p2Lines.slice(3),
    ...wrap(P3),
    ...wrap(P4),
    '',
    '第 4 页',
    '',
    '\f社区食堂开张（民生观察）',
    '吴桐',
    '《晨光日报》（2024年3月8日 第 02 版）',
    '',
    ...wrap(P5),
    ...wrap(P6),
    '',
    '第 5 页',
    '',
  ];
  return { text: lines.join('\n'), p2Lines };
}

describe('PDF page text', () => {
  const { text } = pdfIssue();
  const parsed = parseIssue(text);

  it('is recognised as PDF page text', () => {
    expect(parsed.layout).toBe('pdf-pages');
  });

  it('keeps the paragraph a page number cuts as one block, with the page number inside it marked', () => {
    const block = parsed.blocks.find((b) => b.text.startsWith(P2.slice(0, 10)));
    expect(block).toBeDefined();
    expect(block?.innerFurniture).toHaveLength(1);
    const inner = block?.innerFurniture?.[0];
    expect(text.slice(inner?.start, inner?.end)).toBe('第 3 页');
  });

  it('reads the title wrapped over two lines as one head and the reporter over three lines as one byline', () => {
    expect(parsed.blocks[0]).toMatchObject({ text: '城市公园今年新增绿道三十公里沿河步道全线贯通', hint: 'head' });
    expect(parsed.blocks[1]).toMatchObject({ text: '本报记者林远', hint: 'byline' });
  });

  it('ends a paragraph at a short line and starts one at a line set in from the column', () => {
    const bodies = parsed.blocks.filter((b) => b.hint === 'body').map((b) => b.text);
    expect(bodies.slice(0, 4)).toEqual([P1, P2 + '', P3, P4].map((p, k) => (k === 1 ? expect.stringContaining(p.slice(-10)) : p)));
  });

  it('removes page numbers and source lines, each under its own basis', () => {
    const bases = analyzeIssue(text, testLexicon).suggestions.filter((s) => s.kind === 'remove-junk').map((s) => s.basis);
    expect(bases).toContain('remove:page-number:inside');
    expect(bases.filter((b) => b === 'remove:source-line')).toHaveLength(2);
    expect(bases.filter((b) => b === 'remove:page-number')).toHaveLength(2);
  });

  it('comes out as two articles with their heads, bylines and whole paragraphs', () => {
    const out = toScorerJson(repairIssue(text, testLexicon, 0).doc);
    expect(out.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['城市公园今年新增绿道三十公里沿河步道全线贯通', '本报记者林远'],
      ['社区食堂开张（民生观察）', '吴桐'],
    ]);
    expect(out.articles[0].paragraphs).toEqual([P1, P2, P3, P4]);
    expect(out.articles[1].paragraphs).toEqual([P5, P6]);
    expect(out.removed).toEqual(expect.arrayContaining(['第 3 页', '第 4 页', '第 5 页', '《晨光日报》（2024年3月8日 第 02 版）']));
  });
});

describe('PDF page text: lines the geometry alone would misread', () => {
  /** One article whose body is the given lines, on a page of full lines so the column width is measured. */
  const page = (body: readonly string[]): string =>
    ['社区食堂开张', '吴桐', '《晨光日报》（2024年3月8日 第 02 版）', '', ...wrap(P1), ...wrap(P2), '', '第 1 页', '', ...body, ...wrap(P3), '', '第 2 页', ''].join('\n');
  const bodyTexts = (text: string): string[] => parseIssue(text).blocks.filter((b) => b.hint === 'body').map((b) => b.text);

  it('gives a line holding only wrapped punctuation to the line before', () => {
    const texts = bodyTexts(page(['他说：“风景真好', '”', '居民们都很满意。']));
    expect(texts).toContain('他说：“风景真好”');
  });

  it('starts a paragraph at a set-in first line whose last mark hangs past the column', () => {
    // A full line closing a sentence, then a first line of 18 characters with its comma hanging.
    const texts = bodyTexts(page(['一二三四五六七八九十一二三四五六七八九。', '一二三四五六七八九十一二三四五六七八，', '一二三四五六七。']));
    expect(texts).toEqual(expect.arrayContaining(['一二三四五六七八九十一二三四五六七八九。', '一二三四五六七八九十一二三四五六七八，一二三四五六七。']));
  });

  it('reads a title that closes on an exclamation mark as the head', () => {
    const text = ['逛公园去！', '吴桐', '《晨光日报》（2024年3月8日 第 02 版）', '', ...wrap(P1), '', '第 1 页', '', ...wrap(P2), '', '第 2 页', ''].join('\n');
    expect(parseIssue(text).blocks.slice(0, 2)).toMatchObject([
      { text: '逛公园去！', hint: 'head' },
      { text: '吴桐', hint: 'byline' },
    ]);
  });

  it('keeps a line of elision dots as a paragraph of its own', () => {
    const texts = bodyTexts(page(['居民们都很满意。', '…………', '绿道还将继续延长。']));
    expect(texts).toEqual(expect.arrayContaining(['居民们都很满意。', '…………', '绿道还将继续延长。']));
  });

  it('runs a dateline standing on its own line on into the paragraph', () => {
    const texts = bodyTexts(page(['本报杭州3月7日电', '', '记者获悉，绿道将再延长。']));
    expect(texts).toContain('本报杭州3月7日电记者获悉，绿道将再延长。');
  });

  it('keeps a bracket open across lines and starts a bracketed attribution after a sentence end anew', () => {
    const texts = bodyTexts(page(['（本报记者', '', '林远', '', '吴桐）', '（实习生李明参与采写）']));
    expect(texts).toContain('（本报记者林远吴桐）');
    expect(texts).toContain('（实习生李明参与采写）');
  });

  it('continues a set-in line after a full line that cannot end a paragraph', () => {
    // The first line ends on a comma: the next line two characters short is its continuation.
    const texts = bodyTexts(page(['一二三四五六七八九十一二三四五六七，', '一二三四五六七八九十一二三四五六七。']));
    expect(texts).toContain('一二三四五六七八九十一二三四五六七，一二三四五六七八九十一二三四五六七。');
  });
});

describe('PDF page text: -layout output', () => {
  const indent = (lines: string[]): string[] => lines.map((l, k) => (k === 0 ? '  ' + l : l));
  const text = [
    '城市公园今年新增绿道三十公里沿河步道全',
    '                         线贯通',
    '                《晨光日报》（2024年3月8日 第 02 版）',
    '',
    ...indent(wrap(P1)),
    '',
    '分段推进',
    '',
    ...indent(wrap(P2)).slice(0, 2),
    '',
    '                          第 9 页',
    '\f' + wrap(P2)[2],
    ...wrap(P2).slice(3),
    '',
    ...indent(wrap(P3)),
    '',
    '本版责编：林远                张慧      吴   桐',
    '    《晨光日报》（2024年3月8日 第 02 版）',
    '',
    '                          第 10 页',
  ].join('\n');

  it('separates paragraphs at blank lines and indents, runs a paragraph across a page break, and keeps a crosshead', () => {
    const parsed = parseIssue(text);
    expect(parsed.layout).toBe('pdf-pages');
    expect(parsed.blocks.filter((b) => b.hint === 'body').map((b) => b.text)).toEqual([P1, '分段推进', expect.stringContaining('第 9 页'), P3]);
    expect(parsed.blocks[0].text).toBe('城市公园今年新增绿道三十公里沿河步道全线贯通');
  });

  it('removes the editor block with its names', () => {
    const bases = analyzeIssue(text, testLexicon).suggestions.map((s) => s.basis);
    expect(bases).toContain('remove:editor-block');
  });
});

describe('not PDF page text', () => {
  it('leaves blank-line blocks and hard-wrapped columns to their own readers', () => {
    expect(parseIssue(['标题', '', '第一段文字。', '', '第二段文字。'].join('\n')).layout).not.toBe('pdf-pages');
    expect(parseIssue([...wrap(P1), ...wrap(P2), ...wrap(P3)].join('\n')).layout).not.toBe('pdf-pages');
  });
});

describe('e-paper text copied out of a viewer', () => {
  it('breaks paragraphs at runs of spaces after a sentence end on one long line', () => {
    const line = `${P1}\u3000\u3000${P2}    ${P3}`;
    const parsed = parseIssue(['城市公园今年新增绿道', '', line, '', '社区食堂开张', '', `${P5}\u3000\u3000${P6}`].join('\n'));
    expect(parsed.blocks.map((b) => b.text)).toEqual(['城市公园今年新增绿道', P1, P2, P3, '社区食堂开张', P5, P6]);
  });

  it('keeps spaces inside a short line ("中国的   世界的") as they are', () => {
    const parsed = parseIssue(['标题', '', '中国的   世界的   未来', '', '正文第一段文字。'].join('\n'));
    expect(parsed.blocks.map((b) => b.text)).toContain('中国的   世界的   未来');
  });
});
