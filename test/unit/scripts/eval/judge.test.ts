import { describe, expect, it } from 'vitest';
import type { Block, Command, Suggestion } from '../../../../src/core/model';
import { createInitialDocument } from '../../../../src/core/document/initial-document';
import { alignTruth, type Truth, type TruthArticle } from '../../../../scripts/eval/align-truth';
import { judgeSuggestions, type Verdict } from '../../../../scripts/eval/judge';

/** Blocks of a text whose blocks are separated by blank lines. */
function blocksOf(source: string): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  for (const part of source.split('\n\n')) {
    blocks.push({ index: blocks.length, start: at, end: at + part.length, text: part });
    at += part.length + 2;
  }
  return blocks;
}

function article(fields: Partial<TruthArticle>): TruthArticle {
  return { kicker: null, headline: null, subheadline: null, byline: null, paragraphs: [], captions: [], ...fields };
}

/** The verdict on each command, judged in order as the eval does. */
function verdicts(source: string, truth: Truth, commands: readonly Command[]): Verdict[] {
  const blocks = blocksOf(source);
  const suggestions: Suggestion[] = commands.map((command, i) => ({
    id: `s${i}`, kind: 'role', basis: 'test', command, confidence: 0.5, reason: { zh: '', en: '' }, ranges: [],
  }));
  const alignment = alignTruth(source, blocks.map((b) => b.start), truth);
  return judgeSuggestions(alignment, truth, createInitialDocument(source, blocks), suggestions).map((j) => j.verdict);
}

const reason = { zh: '', en: '' };
const zhTruth: Truth = {
  language: 'zh',
  articles: [
    article({ headline: '春耕', paragraphs: ['农民们正在田间忙碌，归根结底是为了秋天的好收成。', '今年的雨水比往年多一些。'] }),
    article({ headline: '新桥通车', byline: '记者 王五', paragraphs: ['城东的新桥今天正式通车，市民纷纷前来参观。'] }),
  ],
  removed: ['第 3 版', '成。'],
};
// p0 headline, p1 + p2 a paragraph cut mid-word with the overlap "成。" repeated, p3 furniture, p4 the
// second paragraph, p5 the next headline, p6 its byline line, p7 its body.
const zhSource = [
  '春耕', '农民们正在田间忙碌，归根', '结底是为了秋天的好收', '第 3 版', '今年的雨水比往年多一些。', '新桥通车', '记者 王五', '城东的新桥今天正式通车，市民纷纷前来参观。',
].join('\n\n');

describe('judgeSuggestions', () => {
  it('calls a join right when the two pieces are consecutive text of one truth paragraph, and wrong otherwise', () => {
    expect(verdicts(zhSource, zhTruth, [{ kind: 'join', first: 'p1', second: 'p2' }])).toEqual(['right']);
    expect(verdicts(zhSource, zhTruth, [{ kind: 'join', first: 'p2', second: 'p4' }])).toEqual(['wrong']);
    expect(verdicts(zhSource, zhTruth, [{ kind: 'join', first: 'p4', second: 'p7' }])).toEqual(['wrong']);
  });

  it('judges a chain of joins in the document the earlier joins made', () => {
    const source = ['甲乙丙丁戊己庚辛', '壬癸子丑寅卯辰巳', '午未申酉戌亥天地'].join('\n\n');
    const truth: Truth = { language: 'zh', articles: [article({ paragraphs: ['甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地'] })] };
    // p0+p1, then p2 after what p0 now ends with: right; p2 straight after p0 alone would be wrong.
    expect(verdicts(source, truth, [{ kind: 'join', first: 'p0', second: 'p1' }, { kind: 'join', first: 'p0', second: 'p2' }])).toEqual(['right', 'right']);
    expect(verdicts(source, truth, [{ kind: 'join', first: 'p0', second: 'p2' }])).toEqual(['wrong']);
  });

  it('calls a removal right only when none of its characters is truth content', () => {
    const furniture = zhSource.indexOf('第 3 版');
    const dateline = zhSource.indexOf('城东');
    const remove = (start: number, end: number, paragraph: string): Command => ({ kind: 'remove-text', paragraph, start, end, removal: 'page-furniture', reason, removalId: `r${start}` });
    expect(verdicts(zhSource, zhTruth, [remove(furniture, furniture + 5, 'p3')])).toEqual(['right']);
    expect(verdicts(zhSource, zhTruth, [remove(dateline, dateline + 2, 'p7')])).toEqual(['wrong']);
  });

  it('takes a repeated overlap at the start of the second fragment for junk, wherever the fragments stand', () => {
    const truth: Truth = { language: 'zh', articles: [article({ paragraphs: ['会议通过了落实方案。大家一致表示要抓好落实工作。'] })] };
    for (const source of ['会议通过了落实方案。\n\n方案。大家一致表示要抓好落实工作。', '方案。大家一致表示要抓好落实工作。\n\n会议通过了落实方案。']) {
      const second = source.startsWith('会议') ? 'p1' : 'p0';
      const start = source.indexOf('方案。大家');
      const cut: Command = { kind: 'remove-text', paragraph: second, start, end: start + 3, removal: 'overlap-duplicate', reason, removalId: 'r1' };
      expect(verdicts(source, truth, [cut])).toEqual(['right']);
    }
  });

  it('keeps a loop\'s first sentence as content and its repeats as junk', () => {
    const source = '今天天气很好。今天天气很好。今天天气很好。我们去公园。';
    const truth: Truth = { language: 'zh', articles: [article({ paragraphs: ['今天天气很好。我们去公园。'] })] };
    const loop = (start: number): Command => ({ kind: 'remove-text', paragraph: 'p0', start, end: 21, removal: 'repetition-loop', reason, removalId: 'r1' });
    expect(verdicts(source, truth, [loop(7)])).toEqual(['right']);
    expect(verdicts(source, truth, [loop(0)])).toEqual(['wrong']);
  });

  it('takes a page line whose words also stand in the text for junk, and a short continuation mid-line for chance', () => {
    const source = ['《人民日报》（1998年1月6日 第 02 版）', '记者今天在罗马看到了《人民日报》丝绸版的首发仪式，来宾很多。'].join('\n\n');
    const truth: Truth = { language: 'zh', articles: [article({ paragraphs: ['记者今天在罗马看到了《人民日报》丝绸版的首发仪式，来宾很多。'] })] };
    const line: Command = { kind: 'remove-text', paragraph: 'p0', start: 0, end: source.indexOf('\n'), removal: 'page-furniture', reason, removalId: 'r1' };
    expect(verdicts(source, truth, [line])).toEqual(['right']);
  });

  it('calls an article split right where the truth article changes', () => {
    expect(verdicts(zhSource, zhTruth, [{ kind: 'split-article', at: 'p5', newArticle: 'a1' }])).toEqual(['right']);
    expect(verdicts(zhSource, zhTruth, [{ kind: 'split-article', at: 'p4', newArticle: 'a1' }])).toEqual(['wrong']);
  });

  it('calls a role right when the paragraph is the truth field of that role', () => {
    expect(verdicts(zhSource, zhTruth, [{ kind: 'set-role', paragraph: 'p0', role: 'headline' }])).toEqual(['right']);
    expect(verdicts(zhSource, zhTruth, [{ kind: 'set-role', paragraph: 'p6', role: 'byline' }])).toEqual(['right']);
    expect(verdicts(zhSource, zhTruth, [{ kind: 'set-role', paragraph: 'p6', role: 'subheadline' }])).toEqual(['wrong']);
    expect(verdicts(zhSource, zhTruth, [{ kind: 'set-role', paragraph: 'p4', role: 'headline' }])).toEqual(['wrong']);
  });

  it('judges English OCR text with a line-end hyphen dropped by the truth', () => {
    const source = 'The general said the advance of Hinden-\n\nburg would stop before the river by spring.';
    const truth: Truth = { language: 'en', articles: [article({ paragraphs: ['The general said the advance of Hindenburg would stop before the river by spring.'] })] };
    const hyphen = source.indexOf('-');
    expect(verdicts(source, truth, [
      { kind: 'remove-text', paragraph: 'p0', start: hyphen, end: hyphen + 1, removal: 'line-end-hyphen', reason, removalId: 'r1' },
      { kind: 'join', first: 'p0', second: 'p1' },
    ])).toEqual(['right', 'right']);
  });
});
