import { describe, expect, it } from 'vitest';
import { detectIssueMeta } from '../../../../src/core/meta/detect-issue-meta';

describe('detectIssueMeta', () => {
  it.each([
    ['人民日报 1998年1月5日 星期一 第3版', { publication: '人民日报', date: '1998-01-05', page: '3' }],
    ['朔州日报 2023年5月27日', { publication: '朔州日报', date: '2023-05-27' }],
    ['人民日报　１９９８年１月５日　星期一　第三版', { publication: '人民日报', date: '1998-01-05', page: '3' }],
    ['二〇二三年五月二十七日 星期六 朔州日报', { publication: '朔州日报', date: '2023-05-27' }],
    ['2023年5月27日 星期六 农历癸卯年四月初九 第A3版', { date: '2023-05-27', page: 'A3' }],
    ['3 | The Daily News', { publication: 'The Daily News', page: '3' }],
    ['The Daily News | 12', { publication: 'The Daily News', page: '12' }],
    ['Page 3', { page: '3' }],
    ['The Daily News | Monday, January 5, 1998 | Page A3', { publication: 'The Daily News', date: '1998-01-05', page: 'A3' }],
    ['The Daily News  Late Edition  May 27, 2023', { publication: 'The Daily News', date: '2023-05-27', edition: 'Late Edition' }],
    ['Saturday 27 May 2023 · The Guardian', { publication: 'The Guardian', date: '2023-05-27' }],
  ])('reads the header %s', (text, expected) => {
    expect(detectIssueMeta(text)).toEqual(expected);
  });

  it.each([
    '5月24日至26日，继上海与中产集团签署委托招商协议后',
    '今年1998年1月5日，我们在第3版报道了此事',
    'By 2023-05-27 the council had approved the plan.',
    '奋发有为 推动高质量发展',
    'The Daily News',
    '1998年13月40日 第3版 人民日报 今天天气很好',
  ])('takes nothing from prose or headlines: %s', (text) => {
    expect(detectIssueMeta(text)).toEqual({});
  });

  it('finds the header among the first lines and keeps the first value of each field', () => {
    const text = ['', '奋发有为 推动高质量发展', '朔州日报 2023年5月27日 星期六 第1版', '正文', '朔州日报 2023年5月28日 第2版'].join('\n');
    expect(detectIssueMeta(text)).toEqual({ publication: '朔州日报', date: '2023-05-27', page: '1' });
  });

  it('ignores headers far down the text and long lines', () => {
    const filler = Array.from({ length: 50 }, (_, i) => `第${i}段正文。`).join('\n');
    expect(detectIssueMeta(`${filler}\n人民日报 1998年1月5日`)).toEqual({});
    expect(detectIssueMeta(`人民日报 1998年1月5日 ${'很长的一行'.repeat(20)}`)).toEqual({});
  });

  it('rejects impossible dates', () => {
    expect(detectIssueMeta('人民日报 1998年2月31日 第3版').date).toBeUndefined();
    expect(detectIssueMeta('1996年2月29日 第1版').date).toBe('1996-02-29');
    expect(detectIssueMeta('Page 3 | 2023-13-01').date).toBeUndefined();
  });
});
