import { describe, expect, it } from 'vitest';
import { joinConfidence } from '../../../../src/core/analysis/join-decoder';
import { cannotOpen, isHeadLike, opensListItem, opensWithDemonstrative, opensWithSpeaker, opensWithTime, overlapLength } from '../../../../src/core/analysis/fragments';
import { testLexicon, zhOnly } from './test-lexicon';

describe('overlapLength', () => {
  it('finds Chinese text repeated at a break', () => {
    expect(overlapLength('提出解决方案。', '方案。对于存在的问题', 'zh', testLexicon)).toBe(3);
    expect(overlapLength('边回答边掏出兜里', '边掏出兜里的钱', 'zh', testLexicon)).toBe(5);
  });

  it('keeps one repeated character that forms a word ("天天")', () => {
    expect(overlapLength('他每天', '天锻炼身体', 'zh', testLexicon)).toBe(0);
  });

  it('drops one repeated character when a word spans the break without it ("女运动" / "动员" → "运动员")', () => {
    const lexicon = zhOnly(['运动', '动动', '运动员', '国家']);
    expect(overlapLength('参赛的女运动', '动员来自八个国家', 'zh', lexicon)).toBe(1);
    expect(overlapLength('他每天', '天锻炼身体', 'zh', zhOnly(['天天', '每天', '锻炼']))).toBe(0);
  });

  it('finds the last one or two English words repeated', () => {
    const b = 'prices drop, analysts said.';
    expect(overlapLength('when prices drop,', b, 'en', testLexicon)).toBe('prices drop, '.length);
    expect(overlapLength('the end of', 'a new start', 'en', testLexicon)).toBe(0);
  });
});

describe('isHeadLike', () => {
  it('accepts short lines without sentence punctuation', () => {
    expect(isHeadLike('吴秀玲在朔城区调研重点工程项目建设工作', 'zh')).toBe(true);
    expect(isHeadLike('平鲁区：', 'zh')).toBe(true);
    expect(isHeadLike('Boeing secures giant Japan order', 'en')).toBe(true);
  });

  it('rejects running text, datelines and open brackets', () => {
    expect(isHeadLike('会议指出，要把服务落到实处。', 'zh')).toBe(false);
    expect(isHeadLike('据新华社北京一月二十八日电（记者', 'zh')).toBe(false);
    expect(isHeadLike('（中国人民银行江西金溪县支行周小琴）', 'zh')).toBe(false);
    expect(isHeadLike('The bank said profits rose, and shares fell.', 'en')).toBe(false);
  });
});

describe('joinConfidence', () => {
  it('sends joins weaker than the bare adjacency prior to review', () => {
    expect(joinConfidence(0.7, Number.POSITIVE_INFINITY)).toBeLessThan(0.5);
    expect(joinConfidence(Number.NaN, Number.POSITIVE_INFINITY)).toBeLessThan(0.5);
  });

  it('applies the bare prior and grows with evidence', () => {
    expect(joinConfidence(1, Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(0.5);
    expect(joinConfidence(3, Number.POSITIVE_INFINITY)).toBeGreaterThan(joinConfidence(1.5, Number.POSITIVE_INFINITY));
    expect(joinConfidence(8, Number.POSITIVE_INFINITY)).toBeGreaterThan(0.9);
  });

  it('is lower for a near tie with a rival reading than for an uncontested join', () => {
    const tie = joinConfidence(4, 0.1);
    expect(tie).toBeGreaterThanOrEqual(0.5);
    expect(tie).toBeLessThan(joinConfidence(4, 3) - 0.1);
  });
});

describe('cannotOpen', () => {
  it('knows the tail of a clause cut at a column end', () => {
    expect(cannotOpen('好，大家都很满意。', 'zh')).toBe(true);
    expect(cannotOpen('，大家都很满意。', 'zh')).toBe(true);
    expect(cannotOpen('会议指出，要把服务落到实处。', 'zh')).toBe(false);
    expect(cannotOpen(', and more', 'en')).toBe(false);
    expect(cannotOpen('一、加强领导。', 'zh')).toBe(false);
  });
});

describe('paragraph openings', () => {
  it('knows an enumerated item', () => {
    expect(opensListItem('一、加强组织领导，明确责任分工。', 'zh')).toBe(true);
    expect(opensListItem('（三）完善制度。', 'zh')).toBe(true);
    expect(opensListItem('第二，加强领导。', 'zh')).toBe(true);
    expect(opensListItem('一些城市：', 'zh')).toBe(false);
    expect(opensListItem('一是品牌化。', 'zh')).toBe(false);
  });

  it('knows an opening time phrase set off by a comma', () => {
    expect(opensWithTime('去年５月，他来到北京。', 'zh')).toBe(true);
    expect(opensWithTime('近年来，城市面貌变化很大。', 'zh')).toBe(true);
    expect(opensWithTime('２００１年初，学校成立了兴趣小组。', 'zh')).toBe(true);
    expect(opensWithTime('去年的收成比前年好。', 'zh')).toBe(false);
    expect(opensWithTime('建成了一座新的图书馆。', 'zh')).toBe(false);
  });

  it('knows a demonstrative opening', () => {
    expect(opensWithDemonstrative('这次活动在市体育馆举行。', 'zh')).toBe(true);
    expect(opensWithDemonstrative('这些学生每天坚持锻炼。', 'zh')).toBe(true);
    expect(opensWithDemonstrative('这里', 'en')).toBe(false);
    expect(opensWithDemonstrative('还有一些学生每天坚持锻炼。', 'zh')).toBe(false);
  });

  it('knows a speaker\'s attribution', () => {
    expect(opensWithSpeaker('他表示，明年将继续推进这项工作。', 'zh')).toBe(true);
    expect(opensWithSpeaker('校长介绍：学校共有学生三千人。', 'zh')).toBe(true);
    expect(opensWithSpeaker('学生们在操场上说说笑笑，十分开心。', 'zh')).toBe(false);
  });
});
