import { describe, expect, it } from 'vitest';
import { columnLength, parseIssue } from '../../../../src/core/parse/parse-issue';

describe('columnLength', () => {
  it('lets a Chinese line hang the marks that cannot open the next line', () => {
    const text = '媒体曝光。市交管局立下“规章”：';
    expect(columnLength(text, { start: 0, end: text.length }, true)).toBe(text.length - 1);
    expect(columnLength(text, { start: 0, end: text.length }, false)).toBe(text.length);
    const plain = '被查控违章录入电脑后任何人';
    expect(columnLength(plain, { start: 0, end: plain.length }, true)).toBe(plain.length);
  });
});

describe('parseIssue: hanging punctuation in Chinese columns', () => {
  it('keeps a line that overruns its column only by hanging marks inside its block', () => {
    const lines = [
      '市交管局立下规章，被查控违',
      '章录入电脑后，任何人无权取',
      '消，一律通过媒体曝光。市交',
      '体曝光。市交管局立下“规章”：',
      '被查控违章录入电脑后，任何',
      '人无权取消，一律通过媒体曝',
      '光。电子警察露脸近８个月来',
      '',
      '电子警察参与该市交通管理后',
      '路口的违章率平均下降达４５',
      '以上。从今年１月１日开始，',
      '笋岗路原有的４个交通指挥岗',
      '撤销了。交通秩序明显好转。',
    ];
    const parsed = parseIssue(lines.join('\n'));
    expect(parsed.layout).toBe('wrapped-columns');
    expect(parsed.blocks).toHaveLength(2);
  });
});
