import { describe, expect, it } from 'vitest';
import type { Paragraph, Piece } from '../../../../src/core';
import { LAYOUT_BREAK, normalizePieces, paragraphText, pieceText, slicePieces, traceParagraph } from '../../../../src/core';

function whole(source: string): Piece {
  return { kind: 'source', start: 0, end: source.length };
}

describe('pieceText unwraps layout line breaks', () => {
  it.each([
    ['between Chinese characters: nothing', '归根\n结底', '归根结底'],
    ['after Chinese punctuation: nothing', '改造，\n惠及', '改造，惠及'],
    ['between Latin words: one space', 'the park\nreopened', 'the park reopened'],
    ['after a line-end hyphen: nothing (the hyphen stays)', 'infor-\nmation', 'infor-mation'],
    ['CRLF as one break', 'the park\r\nreopened', 'the park reopened'],
    ['a lone CR as a break', 'the park\rreopened', 'the park reopened'],
    ['spaces and full-width spaces around the break go with it', '城市　\n　　更新', '城市更新'],
    ['tabs and spaces around a Latin break become one space', 'a \t\n  b', 'a b'],
    ['a blank line counts as one break', 'a\n\nb', 'a b'],
    ['mixed blank lines with CRLF count as one break', 'a\r\n \r\n\rb', 'a b'],
    ['a supplementary ideograph (surrogate pair) before a break', '𠮷\n野', '𠮷野'],
    ['a supplementary ideograph after a break', 'a\n𠮷', 'a𠮷'],
    ['an emoji is not CJK', '😀\nb', '😀 b'],
    ['between Cyrillic words: one space', 'слово\nслово', 'слово слово'],
    ['a dash standing alone keeps its space', 'walls -\nand roads', 'walls - and roads'],
    ['after a hyphen that ends a number compound: nothing', 'COVID-19-\nrelated', 'COVID-19-related'],
    ['after an em dash ending a word: nothing', 'roads—\nand', 'roads—and'],
    ['a Chinese dash before CJK: nothing', '国际化——\n智能化', '国际化——智能化'],
    ['a break at the start or end of a piece: nothing', '\n  text  \r\n', 'text'],
    ['no breaks: the source as is', '  as is  ', '  as is  '],
  ])('%s', (_name, source, expected) => {
    expect(pieceText(source, whole(source))).toBe(expected);
  });

  it('renders a break the same in a piece cut from a longer one (property counterexample)', () => {
    const source = 'well- \n “x';
    expect(pieceText(source, whole(source))).toBe('well-“x');
    expect(pieceText(source, { kind: 'source', start: 4, end: source.length })).toBe('-“x');
    const pair = '𠮷\nb';
    expect(pieceText(pair, { kind: 'source', start: 1, end: pair.length })).toBe('\udfb7b');
  });

  it('returns typed text as typed', () => {
    expect(pieceText('source', { kind: 'typed', text: 'typed\n' })).toBe('typed\n');
  });

  it('joins the pieces of a paragraph', () => {
    const source = '第一段\n结尾 second';
    const paragraph: Paragraph = { id: 'p', pieces: [{ kind: 'source', start: 0, end: 6 }, { kind: 'typed', text: '、' }, { kind: 'source', start: 7, end: 13 }] };
    expect(paragraphText(source, paragraph)).toBe('第一段结尾、second');
  });
});

describe('traceParagraph', () => {
  it('gives every character its source offset, -1 for typed text and LAYOUT_BREAK for a break', () => {
    const source = 'ab\ncd';
    const trace = traceParagraph(source, { id: 'p', pieces: [whole(source), { kind: 'typed', text: 'X' }] });
    expect(trace.text).toBe('ab cdX');
    expect(trace.origins).toEqual([0, 1, LAYOUT_BREAK, 3, 4, -1]);
    expect(trace.pieceIndexes).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('gives the same text as paragraphText', () => {
    const source = '城市\r\n更新 the\n\npark-\nway';
    const paragraph: Paragraph = { id: 'p', pieces: [{ kind: 'source', start: 0, end: 9 }, { kind: 'typed', text: '·' }, { kind: 'source', start: 9, end: source.length }] };
    expect(traceParagraph(source, paragraph).text).toBe(paragraphText(source, paragraph));
  });
});

describe('slicePieces', () => {
  const source = 'abc\ndef ghi';
  const paragraph: Paragraph = { id: 'p', pieces: [{ kind: 'source', start: 0, end: 7 }, { kind: 'typed', text: '+' }, { kind: 'source', start: 8, end: 11 }] };
  const trace = traceParagraph(source, paragraph);

  it('keeps pieces apart and cuts inside them', () => {
    expect(trace.text).toBe('abc def+ghi');
    expect(slicePieces(trace, 1, 10)).toEqual([{ kind: 'source', start: 1, end: 7 }, { kind: 'typed', text: '+' }, { kind: 'source', start: 8, end: 10 }]);
  });

  it('drops a break at a cut edge, or keeps it as typed text when asked', () => {
    expect(slicePieces(trace, 0, 4)).toEqual([{ kind: 'source', start: 0, end: 3 }]);
    expect(slicePieces(trace, 0, 4, true)).toEqual([{ kind: 'source', start: 0, end: 3 }, { kind: 'typed', text: ' ' }]);
    expect(slicePieces(trace, 3, 5, true)).toEqual([{ kind: 'typed', text: ' ' }, { kind: 'source', start: 4, end: 5 }]);
    expect(slicePieces(trace, 3, 4)).toEqual([]);
  });

  it('never joins two parts of one piece whose middle was cut out', () => {
    const source2 = 'ABCDEFGH';
    const cut: Paragraph = { id: 'p', pieces: [{ kind: 'source', start: 0, end: 3 }, { kind: 'source', start: 5, end: 8 }] };
    expect(slicePieces(traceParagraph(source2, cut), 1, 5)).toEqual([{ kind: 'source', start: 1, end: 3 }, { kind: 'source', start: 5, end: 7 }]);
  });

  it('clamps the range', () => {
    expect(slicePieces(trace, -5, 99)).toEqual(paragraph.pieces);
    expect(slicePieces(trace, 5, 2)).toEqual([]);
  });
});

describe('normalizePieces', () => {
  it('merges neighbouring typed pieces and drops empty ones', () => {
    expect(
      normalizePieces([
        { kind: 'typed', text: '' },
        { kind: 'typed', text: 'a' },
        { kind: 'typed', text: 'b' },
        { kind: 'source', start: 0, end: 1 },
        { kind: 'source', start: 1, end: 2 },
        { kind: 'typed', text: '' },
      ]),
    ).toEqual([{ kind: 'typed', text: 'ab' }, { kind: 'source', start: 0, end: 1 }, { kind: 'source', start: 1, end: 2 }]);
  });
});
