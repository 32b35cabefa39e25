import { describe, expect, it } from 'vitest';
import { zhSpanGain } from '../../../../src/core/analysis/word-span';
import { EMPTY_LEXICON } from '../../../../src/core/lexicon/lexicon';
import { testLexicon } from './test-lexicon';

describe('zhSpanGain', () => {
  it('is large when a dictionary word spans the break', () => {
    expect(zhSpanGain('项目招引归根', '结底到一个', testLexicon)).toBeGreaterThan(5);
    expect(zhSpanGain('推动市级政', '务服务平台', testLexicon)).toBeGreaterThan(5);
  });

  it('is zero at a word boundary, at punctuation, or without a lexicon', () => {
    expect(zhSpanGain('我们的工作', '中国发展', testLexicon)).toBe(0);
    expect(zhSpanGain('归根，', '结底', testLexicon)).toBe(0);
    expect(zhSpanGain('归根', '结底', EMPTY_LEXICON)).toBe(0);
  });
});
