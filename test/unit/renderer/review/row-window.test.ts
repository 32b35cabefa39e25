import { describe, expect, it } from 'vitest';
import { rowSpan, scrollToRow } from '../../../../src/renderer/review/row-window';

describe('virtual rows of the review queue', () => {
  it('renders the rows in view plus an overscan, clamped to the list', () => {
    expect(rowSpan(0, 260, 5000, 26, 5)).toEqual({ first: 0, last: 15 });
    expect(rowSpan(26_000, 260, 5000, 26, 5)).toEqual({ first: 995, last: 1015 });
    expect(rowSpan(-300, 260, 5000, 26, 5)).toEqual({ first: 0, last: 4 });
    expect(rowSpan(1_000_000, 260, 5000, 26, 5)).toEqual({ first: 5000, last: 5000 });
  });

  it('scrolls a row into view only when it is outside', () => {
    expect(scrollToRow(10, 0, 520, 40, 26)).toBeNull();
    expect(scrollToRow(100, 0, 520, 40, 26)).toBe(40 + 101 * 26 - 520);
    expect(scrollToRow(2, 1000, 520, 40, 26)).toBe(92);
  });
});
