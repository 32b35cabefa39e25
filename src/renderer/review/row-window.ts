/**
 * Virtual rows: with thousands of rows only those near the viewport are in the DOM, with spacers
 * standing in for the rest so the scrollbar stays true. The review queue's rows have one fixed height;
 * the issue pane's article cards have measured (or estimated) heights, laid out by prefix sums.
 */
import { useEffect, useMemo, useState, type RefObject } from 'react';

/** Lists longer than this are virtualised; shorter ones render every row (small issues are unchanged). */
export const virtualRowsFrom = 1_000;

/** The fixed height of a virtual row in pixels (matches `.review-list.virtual .review-item` in styles.css). */
export const virtualRowHeight = 26;

/** Rows [first, last) to render. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/** Where the rows of a list stand, measured from the list's top. */
export interface RowLayout {
  readonly count: number;
  /** The top of row `i`; `top(count)` is the list's height. */
  top(i: number): number;
}

/** Rows of one height. */
export function fixedRows(count: number, rowHeight = virtualRowHeight): RowLayout {
  return { count, top: (i) => i * rowHeight };
}

/** Rows of the given heights (prefix sums, so a lookup is a binary search). */
export function sizedRows(heights: readonly number[]): RowLayout {
  const tops = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) tops[i + 1] = tops[i] + heights[i];
  return { count: heights.length, top: (i) => tops[Math.max(0, Math.min(i, heights.length))] };
}

/** The row under `y` (0 above the list, `count` below it). */
export function rowAt(layout: RowLayout, y: number): number {
  let lo = 0;
  let hi = layout.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layout.top(mid + 1) <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows covering a viewport `offset` px down the list (negative while the list starts below it), plus `overscan` rows each side. */
export function spanIn(layout: RowLayout, offset: number, viewport: number, overscan: number): RowSpan {
  const first = Math.max(0, rowAt(layout, offset) - overscan);
  const last = Math.min(layout.count, rowAt(layout, offset + viewport - 1) + 1 + overscan);
  return { first: Math.min(first, last), last };
}

/**
 * The rows covering a viewport of fixed-height rows: `overscan` extra rows each side keep fast scrolling
 * from showing gaps.
 */
export function rowSpan(offset: number, viewport: number, count: number, rowHeight = virtualRowHeight, overscan = 20): RowSpan {
  const first = Math.max(0, Math.floor(offset / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((offset + viewport) / rowHeight) + overscan);
  return { first: Math.min(first, last), last };
}

/** The scrollTop that brings row `index` into view, or null when it is already visible. */
export function scrollToRow(index: number, scrollTop: number, viewport: number, listTop: number, rowHeight = virtualRowHeight): number | null {
  const top = listTop + index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport;
  return null;
}

/** Where the list starts in the container's scrolled content, in pixels. */
export function listTopIn(box: HTMLElement, list: HTMLElement | null): number {
  return list ? list.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop : 0;
}

/** The rows to render of a list inside a scrolling container, followed as it scrolls and resizes; every row when `enabled` is false. */
export function useVirtualSpan(
  container: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  count: number,
  enabled: boolean,
  spanAt: (offset: number, viewport: number) => RowSpan,
): RowSpan {
  const [span, setSpan] = useState<RowSpan>(() => (enabled ? spanAt(0, 800) : { first: 0, last: count }));
  useEffect(() => {
    const box = container.current;
    if (!enabled || !box) return;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const next = spanAt(box.scrollTop - listTopIn(box, list.current), box.clientHeight);
      setSpan((prev) => (prev.first === next.first && prev.last === next.last ? prev : next));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    schedule();
    box.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(box);
    return () => {
      box.removeEventListener('scroll', schedule);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [container, list, enabled, spanAt]);
  return enabled ? { first: Math.min(span.first, count), last: Math.min(span.last, count) } : { first: 0, last: count };
}

/** The fixed-height rows to render (the review queue). */
export function useRowSpan(container: RefObject<HTMLElement | null>, list: RefObject<HTMLElement | null>, count: number, enabled: boolean): RowSpan {
  const spanAt = useMemo(() => (offset: number, viewport: number) => rowSpan(offset, viewport, count), [count]);
  return useVirtualSpan(container, list, count, enabled, spanAt);
}
