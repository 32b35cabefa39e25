import { describe, expect, it } from 'vitest';
import { findRepetitionLoops } from '../../../../src/core/analysis/repetition';

const cut = (text: string, lang: 'zh' | 'en'): string[] => findRepetitionLoops(text, lang).map((f) => text.slice(f.start, f.end));

describe('findRepetitionLoops', () => {
  it('removes an enumeration repeating the same predicate, keeping the first', () => {
    const text = '一是参会规格创新高。二是参展规模创新高。五是国际化程度创新高。六是国际化程度创新高。七是国际化程度创新高。';
    expect(cut(text, 'zh')).toEqual(['六是国际化程度创新高。七是国际化程度创新高。']);
  });

  it('keeps a genuine enumeration with different content', () => {
    expect(cut('五是国际化——加快走出去；六是智能化——数字转型赋能产业。', 'zh')).toEqual([]);
    expect(cut('一是加强领导。二是完善制度。三是强化考核。', 'zh')).toEqual([]);
  });

  it('removes a repeated sentence and a repeated sentence tail', () => {
    expect(cut('中美。妥善处理是关键。妥善处理是关键。妥善处理是关键。他希望', 'zh')).toEqual(['妥善处理是关键。妥善处理是关键。']);
    expect(cut('协议是在会谈的同时达成一致的。时达成一致的。时达成一致的。这个协议', 'zh')).toEqual(['时达成一致的。时达成一致的。']);
  });

  it('removes repeated English sentences', () => {
    const s = 'In 2004, capacity rose by 12.6%. ';
    expect(cut(`Intro. ${s}${s}${s}Then more.`, 'en')).toEqual([`${s}${s}`]);
  });
});
