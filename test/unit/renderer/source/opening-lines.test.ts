import { describe, expect, it } from 'vitest';
import { openingLines } from '../../../../src/renderer/source/opening-lines';

describe('openingLines (the start-up preview of the source)', () => {
  it('splits on LF, CRLF and CR, as the editor numbers lines', () => {
    expect(openingLines('标题\n\n正文一\r\n正文二\r末行')).toEqual(['标题', '', '正文一', '正文二', '末行']);
  });

  it('keeps a last empty line after a final line break, as the editor shows it', () => {
    expect(openingLines('一\n二\n')).toEqual(['一', '二', '']);
    expect(openingLines('')).toEqual(['']);
  });

  it('stops after the line limit', () => {
    const text = Array.from({ length: 500 }, (_, i) => `第${i + 1}行`).join('\n');
    const lines = openingLines(text, 120);
    expect(lines).toHaveLength(120);
    expect(lines[119]).toBe('第120行');
  });

  it('stops near the character limit, cutting a long first line', () => {
    expect(openingLines('字'.repeat(50_000), 120, 1000)).toEqual(['字'.repeat(1000)]);
    const lines = openingLines(`${'甲'.repeat(900)}\n${'乙'.repeat(900)}\n丙`, 120, 1000);
    expect(lines).toEqual(['甲'.repeat(900), '乙'.repeat(900)]);
  });
});
