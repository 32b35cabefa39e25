import { describe, expect, it } from 'vitest';
import { classifyLine, leadingBylineRange, leadingJumpMarker, trailingBylineRange, trailingJumpMarker } from '../../../../src/core/analysis/roles';

describe('classifyLine', () => {
  it('recognises Chinese page furniture, jumps, bylines and captions', () => {
    expect(classifyLine('人民日报 1998年1月5日 星期一 第3版', 'zh')).toBe('furniture');
    expect(classifyLine('第 3 版', 'zh')).toBe('furniture');
    expect(classifyLine('—４—', 'zh')).toBe('furniture');
    expect(classifyLine('责任编辑：王某某', 'zh')).toBe('furniture');
    expect(classifyLine('（下转第10版）', 'zh')).toBe('jump-to');
    expect(classifyLine('(上接第6版)', 'zh')).toBe('jump-from');
    expect(classifyLine('本报记者 许立群', 'zh')).toBe('byline');
    expect(classifyLine('通讯员 麻洁琼', 'zh')).toBe('byline');
    // A column name opening with 记者 has no name after it: it is a kicker's text, not a byline.
    expect(classifyLine('记者观察', 'zh')).toBe('body');
    expect(classifyLine('记者手记', 'zh')).toBe('body');
    expect(classifyLine('图为工人在车间作业（新华社记者 王某 摄）', 'zh')).toBe('caption');
    expect(classifyLine('新华社记者 詹彦 摄影报道', 'zh')).toBe('caption');
    expect(classifyLine('图为代表们在会上发言。（本报电视照片）', 'zh')).toBe('caption');
    // A headline announcing a picture is not a credit.
    expect(classifyLine('卖灯草的老人（图片）', 'zh')).not.toBe('caption');
    expect(classifyLine('会议指出，要把服务落到实处。', 'zh')).toBe('body');
  });

  it('recognises English page furniture, jumps, bylines and captions', () => {
    expect(classifyLine('Page 3', 'en')).toBe('furniture');
    expect(classifyLine('THE DAILY NEWS  Thursday, 7 May 2005  Page 4', 'en')).toBe('furniture');
    expect(classifyLine('Editor: Sophie Taylor', 'en')).toBe('furniture');
    expect(classifyLine('(Continued on Page 6)', 'en')).toBe('jump-to');
    expect(classifyLine('(Continued from Page 2)', 'en')).toBe('jump-from');
    expect(classifyLine('By Jane Smith', 'en')).toBe('byline');
    expect(classifyLine('Emma Hughes, Business reporter', 'en')).toBe('byline');
    expect(classifyLine('The factory opened in 1955. (Photo: Peter Evans)', 'en')).toBe('caption');
    expect(classifyLine('The bank said profits rose.', 'en')).toBe('body');
  });
});

describe('bylines inside paragraphs', () => {
  it('finds 本报讯（记者 某某） at the start and （某某 某某） at the end', () => {
    const start = '本报讯（记者 申鹏庆）１９９７年１０月２９日上午，会议召开。';
    const r = leadingBylineRange(start, 'zh');
    expect(r && start.slice(r[0], r[1])).toBe('记者 申鹏庆');
    const end = '…凝聚人心。（唐叶华 戎虎仁）';
    const e = trailingBylineRange(end, 'zh');
    expect(e && end.slice(e[0], e[1])).toBe('唐叶华 戎虎仁');
    expect(trailingBylineRange('图为会场（新华社记者 王某 摄）', 'zh')).toBeNull();
  });

  it('finds (Reporting by …) at the end of an English paragraph', () => {
    const end = 'Shares fell 3%. (Reporting by Rachel Clarke)';
    const e = trailingBylineRange(end, 'en');
    expect(e && end.slice(e[0], e[1])).toBe('Reporting by Rachel Clarke');
  });
});

describe('jump markers glued to paragraphs', () => {
  it('measures leading and trailing markers', () => {
    expect(leadingJumpMarker('(上接第6版)尼共六大将于31日闭幕。')).toBe('(上接第6版)'.length);
    expect(trailingJumpMarker('双方表示将继续合作（下转第10版）')).toBe('（下转第10版）'.length);
    expect(leadingJumpMarker('普通段落。')).toBe(0);
  });
});
