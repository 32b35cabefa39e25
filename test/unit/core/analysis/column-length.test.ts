import { describe, expect, it } from 'vitest';
import { columnLength, parseIssue } from '../../../../src/core/parse/parse-issue';

describe('columnLength', () => {
  it('lets a Chinese line hang the marks that cannot open the next line', () => {
    const text = '张贴。公园入口处立着“告示”：';
    expect(columnLength(text, { start: 0, end: text.length }, true)).toBe(text.length - 1);
    expect(columnLength(text, { start: 0, end: text.length }, false)).toBe(text.length);
    const plain = '游客请爱护公园的一草一木';
    expect(columnLength(plain, { start: 0, end: plain.length }, true)).toBe(plain.length);
  });
});

describe('parseIssue: hanging punctuation in Chinese columns', () => {
  it('keeps a line that overruns its column only by hanging marks inside its block', () => {
    const lines = [
      '园林局近日发布新规定，游客',
      '进入公园后不得随意采摘花草',
      '，违者将被处以罚款。园林局',
      '表示，新规定已在各公园门口',
      '张贴。公园入口处立着“告示”：',
      '游客请爱护公园的一草一木，',
      '共同维护良好的游园环境。',
      '',
      '市区各条道路的绿化工作已经',
      '全面展开，预计本月底前可以',
      '完成。届时全市的绿化覆盖率',
      '将达到百分之四十以上，市民',
      '出行的环境将得到明显改善。',
    ];
    const parsed = parseIssue(lines.join('\n'));
    expect(parsed.layout).toBe('wrapped-columns');
    expect(parsed.blocks).toHaveLength(2);
  });
});
