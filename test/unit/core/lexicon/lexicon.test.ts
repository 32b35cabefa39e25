import { describe, expect, it } from 'vitest';
import {
  EMPTY_LEXICON,
  encodeCompactEn,
  encodeCompactZh,
  parseCompactLexicon,
  parseJiebaDict,
  parseRawLexicon,
  parseWordList,
} from '../../../../src/core/lexicon/lexicon';

describe('lexicon', () => {
  it('parses jieba lines, skipping malformed ones', () => {
    expect(parseJiebaDict('归根结底 800 i\n坏行\n中国 0 ns\r\n服务 30000 vn\r\n')).toEqual([
      ['归根结底', 800],
      ['服务', 30000],
    ]);
  });

  it('parses a word list into lower-case words', () => {
    expect(parseWordList('Apple\n\n banana \r\n')).toEqual(['apple', 'banana']);
  });

  it('looks words up in the compact form with their log frequency', () => {
    const lex = parseCompactLexicon(encodeCompactZh([['中国', 100000], ['归根结底', 800], ['中国', 5]]), encodeCompactEn(['Zebra', 'apple']));
    expect(lex.zhLogFreq('中国')).toBeCloseTo(Math.log(100000), 2);
    expect(lex.zhLogFreq('归根结底')).toBeCloseTo(Math.log(800), 2);
    expect(lex.zhLogFreq('结底')).toBe(0);
    expect(lex.zhLogFreqAt('项目归根结底到', 2, 6)).toBe(lex.zhLogFreq('归根结底'));
    expect(lex.zhLogFreqAt('项目归根结底到', 2, 5)).toBe(0);
    expect(lex.zhLogFreq('中')).toBe(0);
    expect(lex.zhLogFreq('')).toBe(0);
    expect(lex.hasEnWord('zebra')).toBe(true);
    expect(lex.hasEnWord('apple')).toBe(true);
    expect(lex.hasEnWord('pear')).toBe(false);
  });

  it('builds the same lexicon from the raw files', () => {
    const lex = parseRawLexicon('市级 600 n\n政务 2000 n\n', 'information\nwell\n');
    expect(lex.zhLogFreq('政务')).toBeGreaterThan(lex.zhLogFreq('市级'));
    expect(lex.hasEnWord('information')).toBe(true);
  });

  it('has an empty lexicon that knows nothing', () => {
    expect(EMPTY_LEXICON.zhLogFreq('中国')).toBe(0);
    expect(EMPTY_LEXICON.hasEnWord('the')).toBe(false);
  });
});
