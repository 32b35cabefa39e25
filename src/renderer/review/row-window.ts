/**
 * Virtual rows for the review queue: with thousands of suggestions only the rows near the viewport are
 * in the DOM, each a fixed height, with spacers standing in for the rest so the scrollbar stays true.
 */
import { useEffect, useState, type RefObject } from 'react';

/** Lists longer than this are virtualised; shorter ones render every row (small issues are unchanged). */
export const virtualRowsFrom = 1_000;

/** The fixed height of a virtual row in pixels (matches `.review-list.virtual .review-item` in styles.css). */
export const virtualRowHeight = 26;

/** Rows [first, last) to render. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The rows covering a viewport: `offset` is the viewport's top measured from the list's top (negative
 * while the list starts below it), `overscan` extra rows each side keep fast scrolling from showing gaps.
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

/** The row span to render for a list inside a scrolling container; every row when `enabled` is false. */
export function useRowSpan(container: RefObject<HTMLElement | null>, list: RefObject<HTMLElement | null>, count: number, enabled: boolean): RowSpan {
  const [span, setSpan] = useState<RowSpan>(() => (enabled ? rowSpan(0, 800, count) : { first: 0, last: count }));
  useEffect(() => {
    const box = container.current;
    if (!enabled || !box) return;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const listTop = listTopIn(box, list.current);
      const next = rowSpan(box.scrollTop - listTop, box.clientHeight, count);
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
  }, [container, list, count, enabled]);
  return enabled ? { first: Math.min(span.first, count), last: Math.min(span.last, count) } : { first: 0, last: count };
}
