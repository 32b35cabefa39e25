import { describe, expect, it } from 'vitest';
import { furnitureKind, isEnJumpLine, isSplitEnJumpLine } from '../../../../src/core/analysis/furniture';
import { isDuplicateCandidate } from '../../../../src/core/analysis/duplicates';
import { classifyLine, leadingBylineRange } from '../../../../src/core/analysis/roles';
import { analyzeIssue } from '../../../../src/core/analysis/analyze-issue';
import { testLexicon } from './test-lexicon';

describe('furnitureKind', () => {
  it('knows the page furniture of real pages, each by its kind', () => {
    expect(furnitureKind('第 12 页')).toBe('page-number');
    expect(furnitureKind('- 7 -')).toBe('page-number');
    expect(furnitureKind('3 / 24')).toBe('page-number');
    expect(furnitureKind('《晨光日报》（2024年3月8日 第 02 版）')).toBe('source-line');
    expect(furnitureKind('晨光日报2024.03.08星期五')).toBe('masthead');
    expect(furnitureKind('01版:要闻 02版:评论 03版:经济 04版:文化')).toBe('edition-nav');
    expect(furnitureKind('本版责编：林远 吴桐')).toBe('editor-block');
    expect(furnitureKind('版式设计：张慧')).toBe('editor-block');
    expect(furnitureKind('本版数据来源：市统计局')).toBe('editor-block');
    expect(furnitureKind('（广告）')).toBe('advert');
    expect(furnitureKind('The Weather')).toBe('ear');
    expect(furnitureKind('VOL. XII., NO. 40')).toBe('folio');
    expect(furnitureKind('PRICE TWO CENTS')).toBe('folio');
  });

  it('leaves content alone: a data note, a sentence naming a page, a crosshead', () => {
    expect(furnitureKind('数据来源：市统计局')).toBeNull();
    expect(furnitureKind('详见第 5 页的报道。')).toBeNull();
    expect(furnitureKind('领航定向')).toBeNull();
    expect(furnitureKind('Met at noon.')).toBeNull();
  });
});

describe('English jump lines', () => {
  it('reads real and OCR-damaged forms, also over two or three lines', () => {
    for (const line of ['Continued on Page Two', '(Continued on Second Page.}', 'Continued on Page Three)', 'Continued on Face 1', '(Contlnued on Page 4.)']) {
      expect(isEnJumpLine(line)).toBe(true);
    }
    expect(isEnJumpLine('He continued on his way to the page.')).toBe(false);
    expect(isSplitEnJumpLine(['(Continued on', 'Page Two)'])).toBe(true);
    expect(isSplitEnJumpLine(['(Continued on', 'Page', 'Two)'])).toBe(true);
    expect(isSplitEnJumpLine(['The work continued on', 'the bridge today.'])).toBe(false);
    expect(classifyLine('(Continued on Second Page.}', 'en')).toBe('jump-to');
  });
});

describe('duplicates', () => {
  it('never takes a short line or a dateline for a duplicate', () => {
    expect(isDuplicateCandidate('Met at noon.', 'en')).toBe(false);
    expect(isDuplicateCandidate('WASHINGTON, Dec. 30.—', 'en')).toBe(false);
    expect(isDuplicateCandidate('新华社北京10月19日电', 'zh')).toBe(false);
    expect(isDuplicateCandidate('绿道全长三十公里。', 'zh')).toBe(false);
  });

  it('keeps a short paragraph that stands twice in the issue', () => {
    const issue = ['THE SENATE', '', 'Met at noon.', '', 'Passed the roads bill after a short debate.', '', 'THE HOUSE', '', 'Met at noon.', '', 'Adjourned early.'].join('\n');
    const removals = analyzeIssue(issue, testLexicon).suggestions.filter((s) => s.basis.startsWith('remove:duplicate'));
    expect(removals).toEqual([]);
  });

  it('takes a long text for one', () => {
    expect(isDuplicateCandidate('绿道全长三十公里，连通了十二个社区公园和两处湿地，沿线设置了休息座椅。', 'zh')).toBe(true);
    expect(isDuplicateCandidate('The council last night voted the money for a second span to be built before the floods.', 'en')).toBe(true);
  });
});

describe('a reporter in brackets after a dateline', () => {
  it('is also the byline', () => {
    const text = '本报杭州3月7日电（记者 林远）绿道将再延长。';
    const range = leadingBylineRange(text, 'zh');
    expect(range && text.slice(range[0], range[1])).toBe('记者 林远');
    const spaced = '本报杭州3月7日电 （记者林远、吴桐）绿道将再延长。';
    const r2 = leadingBylineRange(spaced, 'zh');
    expect(r2 && spaced.slice(r2[0], r2[1])).toBe('记者林远、吴桐');
  });
});
