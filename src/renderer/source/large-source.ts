/**
 * Large-file mode for the source editor. Above `largeSourceChars` the editor drops features whose cost
 * grows with the whole text (wrapping computes a line map for every line; folding, links and bracket
 * matching scan the model), and decorations are kept to a window around the visible lines, so opening a
 * 10–50 MB issue neither stalls on setModel nor on setting hundreds of thousands of decorations.
 * Pure: no Monaco import, so it is unit-tested in Node.
 */
import type { SourceRange } from '../../core/model';

/** Sources this long (UTF-16 code units, ~2 MB of Chinese) get the large-file mode. */
export const largeSourceChars = 1_000_000;

/**
 * Sources this long decorate only a window around the visible lines: setting every article band and
 * suggestion marker of a 1 MB issue again after each decision took ~25 ms, more than half the repaint budget.
 */
export const windowedDecorationsFrom = 100_000;

/** Whether a source of this length decorates only a window around the visible lines. */
export function hasWindowedDecorations(length: number): boolean {
  return length >= windowedDecorationsFrom;
}

/** Most overview-ruler marks drawn for a large source (the ruler is only a few hundred pixels tall). */
export const maxRulerMarks = 2_000;

/** Whether a source of this length is shown in large-file mode. */
export function isLargeSource(length: number): boolean {
  return length >= largeSourceChars;
}

/**
 * Editor options for a source of this length (a subset of Monaco's IEditorOptions, as plain data).
 * Small sources keep the full-featured editor; `wrappingStrategy` stays the caller's choice.
 */
export function sourceEditorOptions(length: number): Readonly<Record<string, unknown>> {
  const large = isLargeSource(length);
  return {
    // Wrapping builds a line-break map for every line of the model before the first paint.
    wordWrap: large ? 'off' : 'on',
    folding: !large,
    links: !large,
    matchBrackets: large ? 'never' : 'always',
    renderValidationDecorations: large ? 'off' : 'editable',
    guides: { indentation: !large },
    // A newspaper line longer than this is a layout accident; Monaco renders the rest on click.
    stopRenderingLineAfter: large ? 5_000 : 10_000,
  };
}

/** A span of source offsets [start, end). */
export interface OffsetWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * The window to decorate around the visible offsets: the visible span widened by `margin` times its
 * length on each side (at least `minMargin` characters), so small scrolls need no new decorations.
 */
export function windowAround(visible: OffsetWindow, margin = 2, minMargin = 20_000): OffsetWindow {
  const pad = Math.max(minMargin, (visible.end - visible.start) * margin);
  return { start: Math.max(0, visible.start - pad), end: visible.end + pad };
}

/** Whether `inner` lies inside `outer` (then the decorated window still covers the view). */
export function covers(outer: OffsetWindow | null, inner: OffsetWindow): boolean {
  return outer !== null && outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether a range touches the window; a null window (a small source) holds everything. */
export function inWindow(range: SourceRange, window: OffsetWindow | null): boolean {
  return window === null || (range.end >= window.start && range.start <= window.end);
}

/** At most `cap` items, evenly spread over the list (every item when there are few). */
export function spread<T>(items: readonly T[], cap: number): readonly T[] {
  if (items.length <= cap) return items;
  const out: T[] = [];
  const step = items.length / cap;
  for (let i = 0; i < cap; i++) out.push(items[Math.floor(i * step)]);
  return out;
}
