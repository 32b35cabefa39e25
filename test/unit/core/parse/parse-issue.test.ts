import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../../src/core/parse/parse-issue';
import type { Block } from '../../../../src/core/model';

/** Every non-blank source character lies in exactly one block. */
function expectCovered(text: string, blocks: readonly Block[]): void {
  const owner = new Array<number>(text.length).fill(-1);
  for (const b of blocks) for (let i = b.start; i < b.end; i++) {
    expect(owner[i]).toBe(-1);
    owner[i] = b.index;
  }
  for (let i = 0; i < text.length; i++) if (/\S/.test(text[i])) expect(owner[i], `offset ${i}`).toBeGreaterThanOrEqual(0);
}

const zhLine = (n: number, seed: string): string => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);

describe('parseIssue', () => {
  it('reads blank-line separated blocks (layout A) with exact ranges', () => {
    const text = '标题一行\n\n第一段落的文字。\r\n\r\n  第二段落的文字。  \n';
    const { layout, blocks } = parseIssue(text);
    expect(layout).toBe('blank-line-blocks');
    expect(blocks.map((b) => b.text)).toEqual(['标题一行', '第一段落的文字。', '第二段落的文字。']);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    expectCovered(text, blocks);
  });

  it('reads one paragraph per line without blank lines (layout C)', () => {
    const lines = ['这是标题', '第一段落很长的文字内容，一直写到句号为止。'.repeat(3), '第二段落也很长的文字内容，一直写到句号为止。'.repeat(3)];
    const text = lines.join('\n');
    const { layout, blocks } = parseIssue(text);
    expect(layout).toBe('line-per-paragraph');
    expect(blocks.map((b) => b.text)).toEqual(lines);
  });

  it('unwraps hard-wrapped Chinese columns with indented paragraphs (layout B)', () => {
    const para1 = zhLine(40, '甲乙丙丁戊己庚辛') + '。';
    const para2 = zhLine(36, '子丑寅卯辰巳午未') + '。';
    const wrap = (p: string): string => ['\u3000\u3000' + p.slice(0, 14), p.slice(14, 28), p.slice(28)].join('\n');
    const head = '一条比栏宽更长一些的新闻标题在这里出现了';
    const text = [head, wrap(para1), wrap(para2), wrap(para1.replace(/甲/g, '天')), wrap(para2.replace(/子/g, '地'))].join('\n');
    const { layout, blocks } = parseIssue(text);
    expect(layout).toBe('wrapped-columns');
    expect(blocks.map((b) => b.text)).toEqual([head, para1, para2, para1.replace(/甲/g, '天'), para2.replace(/子/g, '地')]);
    expectCovered(text, blocks);
  });

  it('unwraps English columns with a space between words and keeps a word hyphen', () => {
    const lines = [
      'The quick brown fox jumps over the lazy',
      'dog while the well-known cat watches the',
      'scene from a window on the second floor.',
      '',
      'Another paragraph starts here and it runs',
      'on for a while so the column is full of',
      'text, as columns in a newspaper usually',
      'are when they are printed and then read.',
    ];
    const text = lines.join('\n');
    const { layout, blocks } = parseIssue(text);
    expect(layout).toBe('wrapped-columns');
    expect(blocks).toHaveLength(2);
    expect(blocks[0].text).toBe('The quick brown fox jumps over the lazy dog while the well-known cat watches the scene from a window on the second floor.');
    expectCovered(text, blocks);
  });

  it('splits a wrapped block where a line stops short although the next word would fit', () => {
    const body = ['一二三四五六七八九十一二三四', '五六七八九十一二三四五六七八', '九十一二三四五六七八九十一二', '三四五六七八九十一二三四五六', '七八九十一二三四五六七八九。'];
    const text = ['短标题', ...body, '', ...body].join('\n');
    const { blocks } = parseIssue(text);
    expect(blocks[0].text).toBe('短标题');
  });

  it('starts a new block at a bracketed line after a paragraph that ended short of the column', () => {
    const body = ['一二三四五六七八九十一二三四', '五六七八九十一二三四五六七八', '九十一二三四五六七八九十一二', '三四五六七八九十一二三四五六', '万多元。', '（张某某李某某）'];
    const text = ['短标题', ...body, '', ...body].join('\n');
    const { blocks } = parseIssue(text);
    expect(blocks.map((b) => b.text).slice(1, 3)).toEqual([body.slice(0, -1).join(''), '（张某某李某某）']);
  });

  it('unwraps a huge wrapped block in linear time', () => {
    const text = Array.from({ length: 20_000 }, () => 'The quick brown fox jumps over the lazy dog and').join('\n');
    const started = performance.now();
    const { blocks } = parseIssue(text);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].text.length).toBe(text.length);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('never throws on empty or odd input', () => {
    expect(parseIssue('').blocks).toEqual([]);
    expect(parseIssue('\n\n\r\n').blocks).toEqual([]);
    expect(parseIssue('\u3000\u3000x').blocks.map((b) => b.text)).toEqual(['x']);
  });
});
