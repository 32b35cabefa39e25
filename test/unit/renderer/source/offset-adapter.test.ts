import { describe, expect, it } from 'vitest';
import { createOffsetAdapter } from '../../../../src/renderer/source/offset-adapter';

describe('createOffsetAdapter', () => {
  it('maps LF text', () => {
    const a = createOffsetAdapter('ab\ncd\n\nef');
    expect(a.toPosition(0)).toEqual({ lineNumber: 1, column: 1 });
    expect(a.toPosition(3)).toEqual({ lineNumber: 2, column: 1 });
    expect(a.toPosition(7)).toEqual({ lineNumber: 4, column: 1 });
    expect(a.toRange({ start: 3, end: 5 })).toEqual({ startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 3 });
  });

  it('counts CRLF as one line break and clamps offsets inside the pair', () => {
    const a = createOffsetAdapter('ab\r\ncd\r\n\r\nef');
    expect(a.toPosition(4)).toEqual({ lineNumber: 2, column: 1 });
    expect(a.toPosition(3)).toEqual({ lineNumber: 1, column: 3 });
    expect(a.toPosition(10)).toEqual({ lineNumber: 4, column: 1 });
    expect(a.fromRange(a.toRange({ start: 4, end: 6 }))).toEqual({ start: 4, end: 6 });
  });

  it('handles lone CR and mixed endings like Monaco does', () => {
    const a = createOffsetAdapter('a\rb\nc\r\nd');
    expect(a.toPosition(2)).toEqual({ lineNumber: 2, column: 1 });
    expect(a.toPosition(4)).toEqual({ lineNumber: 3, column: 1 });
    expect(a.toPosition(7)).toEqual({ lineNumber: 4, column: 1 });
  });

  it('skips a BOM, which Monaco drops', () => {
    const a = createOffsetAdapter('\uFEFF标题\n正文');
    expect(a.toPosition(1)).toEqual({ lineNumber: 1, column: 1 });
    expect(a.toPosition(3)).toEqual({ lineNumber: 1, column: 3 });
    expect(a.toOffset({ lineNumber: 1, column: 1 })).toBe(1);
    expect(a.toPosition(4)).toEqual({ lineNumber: 2, column: 1 });
  });

  it('round-trips every offset of a CJK text with CRLF', () => {
    const text = '奋发有为\r\n\r\n推动高质量发展。\r\n「热力图」';
    const a = createOffsetAdapter(text);
    for (let i = 0; i <= text.length; i++) {
      if (text[i - 1] === '\r' && text[i] === '\n') continue;
      expect(a.toOffset(a.toPosition(i))).toBe(i);
    }
  });
});
