import { describe, expect, it } from 'vitest';
import { needsSpaceAtWrap, unwrapText, unwrapWithMap } from '../../../../src/core/parse/unwrap';

describe('unwrap', () => {
  it('joins Chinese lines without a space and drops indentation', () => {
    expect(unwrapText('中华人民\n\u3000\u3000共和国')).toBe('中华人民共和国');
  });

  it('joins English words with a space, but not after a word hyphen', () => {
    expect(unwrapText('the quick\nbrown fox')).toBe('the quick brown fox');
    expect(unwrapText('a well-\nknown fact')).toBe('a well-known fact');
    expect(needsSpaceAtWrap('director -', 'AL')).toBe(true);
  });

  it('maps every output character back to its offset in the slice', () => {
    const slice = 'ab\r\n  cd';
    const { text, map } = unwrapWithMap(slice);
    expect(text).toBe('ab cd');
    expect([...map]).toEqual([0, 1, 5, 6, 7]);
    for (let i = 0; i < text.length; i++) if (text[i] !== ' ') expect(slice[map[i]]).toBe(text[i]);
  });
});
