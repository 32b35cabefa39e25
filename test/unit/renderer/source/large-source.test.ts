import { describe, expect, it } from 'vitest';
import { covers, inWindow, isLargeSource, largeSourceChars, sourceEditorOptions, spread, windowAround } from '../../../../src/renderer/source/large-source';

describe('large-file mode of the source editor', () => {
  it('keeps the full editor for small sources and drops whole-text features for large ones', () => {
    expect(isLargeSource(largeSourceChars - 1)).toBe(false);
    expect(sourceEditorOptions(1000)).toMatchObject({ wordWrap: 'on', folding: true });
    expect(sourceEditorOptions(largeSourceChars)).toMatchObject({ wordWrap: 'off', folding: false, links: false, matchBrackets: 'never' });
  });

  it('decorates a window around the view and asks for a new one only when the view leaves it', () => {
    const w = windowAround({ start: 100_000, end: 101_000 });
    expect(w.start).toBeLessThan(100_000);
    expect(w.end).toBeGreaterThan(101_000);
    expect(covers(w, { start: 100_500, end: 101_500 })).toBe(true);
    expect(covers(w, { start: 500_000, end: 501_000 })).toBe(false);
    expect(covers(null, { start: 0, end: 1 })).toBe(false);
    expect(windowAround({ start: 10, end: 20 }).start).toBe(0);
  });

  it('filters ranges by the window; no window means everything', () => {
    expect(inWindow({ start: 5, end: 8 }, null)).toBe(true);
    expect(inWindow({ start: 5, end: 8 }, { start: 8, end: 20 })).toBe(true);
    expect(inWindow({ start: 30, end: 40 }, { start: 8, end: 20 })).toBe(false);
  });

  it('spreads a capped number of items over the list', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => i);
    const few = spread(items, 100);
    expect(few).toHaveLength(100);
    expect(few[0]).toBe(0);
    expect(few[99]).toBeGreaterThan(9_800);
    expect(spread([1, 2], 100)).toEqual([1, 2]);
  });
});
