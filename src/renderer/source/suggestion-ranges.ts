/**
 * The active suggestion in the source pane: every range it touches highlighted and numbered in its
 * order (1 the first piece of a join, 2 the second…), so the editor sees where each part comes from.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { SourceRange } from '../../core';
import { monaco } from './monaco';
import type { OffsetAdapter } from './offset-adapter';

/** Highlight and number `ranges` (null: none) in the editor; the host element lists them for tests. */
export function useSuggestionRanges(
  editor: RefObject<monaco.editor.IStandaloneCodeEditor | null>,
  host: RefObject<HTMLElement | null>,
  adapter: OffsetAdapter,
  ranges: readonly SourceRange[] | null,
): void {
  const collection = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  useEffect(() => {
    const ed = editor.current;
    if (!ed) return;
    collection.current ??= ed.createDecorationsCollection();
    const shown = ranges ?? [];
    collection.current.set(
      shown.map((range, i) => ({
        range: adapter.toRange(range),
        options: {
          className: 'galley-preview-range',
          before: { content: String(i + 1), inlineClassName: 'galley-preview-number', cursorStops: monaco.editor.InjectedTextCursorStops.None },
          overviewRuler: { color: '#e05d00', position: monaco.editor.OverviewRulerLane.Full },
        },
      })),
    );
    host.current?.setAttribute('data-preview-ranges', shown.map((r) => `${r.start}-${r.end}`).join(','));
  }, [editor, host, adapter, ranges]);
}
