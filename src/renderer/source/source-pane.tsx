/** The left pane: the untouched source in a read-only Monaco editor, synced with the selected paragraph. */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { OpenedIssueDto } from '../../shared/ipc';
import type { IssueDocument, SuggestionStatus } from '../../core';
import { useT } from '../i18n/locale-store';
import { indexParagraphs, paragraphAtOffset } from '../issue/paragraph-index';
import { selectParagraph, selectionStore } from '../stores/selection-store';
import { useStore } from '../stores/create-store';
import { themeStore } from '../stores/theme-store';
import { sessionStore } from '../stores/session-store';
import { reviewStore } from '../stores/review-store';
import { localeStore } from '../i18n/locale-store';
import { afterNextPaint } from '../shell/after-paint';
import { monaco } from './monaco';
import { modelForIssue } from './model-registry';
import { createOffsetAdapter, type OffsetAdapter } from './offset-adapter';
import { useSuggestionRanges } from './suggestion-ranges';
import { covers, hasWindowedDecorations, inWindow, maxRulerMarks, sourceEditorOptions, spread, windowAround, type OffsetWindow } from './large-source';

const advancedWrapLimit = 100_000;

/**
 * The user-timing mark set when an issue's source is first painted (detail: its path). It shows in the
 * Performance panel of the developer tools, and the start-up benchmark reads it.
 */
export const sourcePaintedMark = 'galley:source-painted';

/** A suggestion's overview-ruler colour by status. */
function rulerColor(status: SuggestionStatus): string {
  return status === 'pending' ? '#c77700' : status === 'rejected' ? '#999999' : '#3b82f680';
}

/** Note the source selection (as core offsets) on the pane's element; returns it. */
function recordSelection(el: HTMLElement, editor: monaco.editor.IStandaloneCodeEditor, adapter: OffsetAdapter, selection: monaco.Selection): { start: number; end: number } {
  const range = adapter.fromRange(selection);
  el.dataset.selectionStart = String(range.start);
  el.dataset.selectionEnd = String(range.end);
  // What Monaco really has selected, so tests can check the offset mapping end to end.
  el.dataset.selectionText = editor.getModel()?.getValueInRange(selection).slice(0, 500) ?? '';
  return range;
}

/** Props: the issue and its current document. */
export interface SourcePaneProps {
  readonly issue: OpenedIssueDto;
  /** Null while the issue is still being analysed. */
  readonly doc: IssueDocument | null;
  /** Called after each frame that first shows an issue's source. */
  readonly onPainted?: () => void;
}

/** The source pane. */
export function SourcePane({ issue, doc: shownDoc, onPainted }: SourcePaneProps): React.JSX.Element {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const selectionDecorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const bandDecorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const suggestionDecorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const rulerDecorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  // What the ruler marks show, so a decision that changes none of them does not set them again.
  const rulerShown = useRef('');
  // After an edit or a decision the issue pane repaints first; the source's bands and markers follow
  // in a deferred render, so re-decorating a long source is not part of the same task.
  const doc = useDeferredValue(shownDoc);
  const { session, statuses } = useDeferredValue(useStore(sessionStore));
  const review = useStore(reviewStore);
  const locale = useStore(localeStore);
  const theme = useStore(themeStore);
  const selection = useStore(selectionStore);
  const adapter = useMemo(() => createOffsetAdapter(issue.text), [issue.text]);
  const windowed = hasWindowedDecorations(issue.text.length);
  // Long sources decorate only a window around the visible lines (null: decorate everything).
  const [followed, setFollowed] = useState<OffsetWindow | null>(null);
  // Until the view is measured a long source decorates nothing, never the whole text.
  const decorated = useMemo<OffsetWindow | null>(() => (windowed ? (followed ?? { start: 0, end: 0 }) : null), [windowed, followed]);
  const index = useMemo(() => (doc ? indexParagraphs(doc) : []), [doc]);
  // The latest index for the cursor listener, which is registered once.
  const indexRef = useRef(index);
  const adapterRef = useRef(adapter);
  const onPaintedRef = useRef(onPainted);
  useEffect(() => {
    indexRef.current = index;
    adapterRef.current = adapter;
    onPaintedRef.current = onPainted;
  }, [index, adapter, onPainted]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const editor = monaco.editor.create(el, {
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      wordWrap: 'on',
      minimap: { enabled: false },
      // The glyph margin carries one marker per suggestion (hover for reason and confidence).
      glyphMargin: true,
      lineDecorationsWidth: 8,
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false },
      fontFamily: '"Noto Sans Mono CJK SC", "Noto Sans CJK SC", "Sarasa Mono SC", monospace',
      fontSize: 14,
      lineHeight: 22,
      renderLineHighlight: 'none',
      scrollBeyondLastLine: false,
      occurrencesHighlight: 'off',
      selectionHighlight: false,
      ariaLabel: 'source',
    });
    editorRef.current = editor;
    selectionDecorations.current = editor.createDecorationsCollection();
    bandDecorations.current = editor.createDecorationsCollection();
    suggestionDecorations.current = editor.createDecorationsCollection();
    rulerDecorations.current = editor.createDecorationsCollection();
    const cursor = editor.onDidChangeCursorSelection((event) => {
      const range = recordSelection(el, editor, adapterRef.current, event.selection);
      // Only the user's cursor moves select a paragraph; our own setSelection calls come as 'api'.
      if (event.source === 'api') return;
      const hit = paragraphAtOffset(indexRef.current, range.start);
      if (hit) selectParagraph(hit.paragraph.id, 'source');
    });
    return () => {
      cursor.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [theme]);

  useEffect(() => {
    // Measured wrapping fits CJK lines exactly but measures every line in the DOM: only for small issues.
    editorRef.current?.updateOptions({ ...sourceEditorOptions(issue.text.length), wrappingStrategy: issue.text.length < advancedWrapLimit ? 'advanced' : 'simple' });
    editorRef.current?.setModel(modelForIssue(issue.path, issue.text));
    // Another issue starts at its top, with nothing selected: the previous tab's selection is not its own.
    // (A new model's cursor is already there, so Monaco reports no change: the record is reset here.)
    const editor = editorRef.current;
    if (editor && host.current) {
      const top = new monaco.Selection(1, 1, 1, 1);
      editor.setSelection(top, 'api');
      recordSelection(host.current, editor, adapterRef.current, top);
    }
    rulerShown.current = '';
    // Monaco draws the new lines in its next animation frame.
    return afterNextPaint(() => {
      performance.mark(sourcePaintedMark, { detail: issue.path });
      onPaintedRef.current?.();
    });
  }, [issue.path, issue.hash, issue.text]);

  // With windowed decorations, follow the visible lines: a new decoration window only when the view leaves the old one.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !windowed) {
      setFollowed(null);
      return;
    }
    let frame = 0;
    let current: OffsetWindow | null = null;
    let retries = 120;
    const update = (): void => {
      frame = 0;
      const ranges = editor.getVisibleRanges();
      // Not laid out yet (the model was just set): look again next frame, a bounded number of times.
      if (ranges.length === 0) {
        if (retries-- > 0) frame = requestAnimationFrame(update);
        return;
      }
      const first = adapter.fromRange(ranges[0]);
      const last = adapter.fromRange(ranges[ranges.length - 1]);
      const visible = { start: first.start, end: last.end };
      if (covers(current, visible)) return;
      current = windowAround(visible);
      setFollowed(current);
    };
    update();
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const scroll = editor.onDidScrollChange(schedule);
    const layout = editor.onDidLayoutChange(schedule);
    return () => {
      scroll.dispose();
      layout.dispose();
      cancelAnimationFrame(frame);
    };
  }, [windowed, adapter, issue.path]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: t('sourcePane') });
  }, [t]);

  // A coloured band per article in the gutter, so the structure is visible beside the source.
  useEffect(() => {
    const decorations: monaco.editor.IModelDeltaDecoration[] = [];
    for (const entry of index) {
      if (!entry.ranges.some((r) => inWindow(r, decorated))) continue;
      const band = entry.articleIndex < 0 ? 'galley-band-removed' : `galley-band-${entry.articleIndex % 6}`;
      for (const range of entry.ranges) {
        decorations.push({ range: adapter.toRange(range), options: { isWholeLine: false, linesDecorationsClassName: band } });
      }
    }
    bandDecorations.current?.set(decorations);
  }, [index, adapter, decorated]);

  // A marker per suggestion: hover shows its reason and confidence; the overview ruler shows where they are.
  useEffect(() => {
    const suggestions = session?.suggestions ?? [];
    const decorations: monaco.editor.IModelDeltaDecoration[] = [];
    const outside: (typeof suggestions)[number][] = [];
    for (const s of suggestions) {
      if (s.id !== review.active && !s.ranges.some((r) => inWindow(r, decorated))) {
        outside.push(s);
        continue;
      }
      const status = statuses.get(s.id) ?? 'pending';
      const isActive = s.id === review.active;
      const hover = `**${Math.round(s.confidence * 100)}%** · ${s.reason[locale]} · _${t(`status-${status}` as const)}_`;
      s.ranges.forEach((range, i) => {
        decorations.push({
          range: adapter.toRange(range),
          options: {
            className: isActive ? 'galley-suggestion-active' : status === 'pending' ? 'galley-suggestion' : undefined,
            hoverMessage: { value: hover },
            // One glyph per suggestion (on its first range), coloured by status.
            glyphMarginClassName: i === 0 ? `galley-glyph galley-glyph-${status}` : undefined,
            glyphMarginHoverMessage: i === 0 ? { value: hover } : undefined,
            overviewRuler: { color: rulerColor(isActive ? 'pending' : status), position: monaco.editor.OverviewRulerLane.Right },
          },
        });
      });
    }
    suggestionDecorations.current?.set(decorations);
    // Suggestions outside the window still show where they are, as (at most maxRulerMarks) overview-ruler marks.
    const marks = spread(outside, maxRulerMarks)
      .filter((s) => s.ranges.length > 0)
      .map((s) => ({ start: s.ranges[0].start, end: s.ranges[0].end, color: rulerColor(statuses.get(s.id) ?? 'pending') }));
    const shown = marks.map((m) => `${m.start}-${m.end}${m.color}`).join(',');
    if (shown === rulerShown.current) return;
    rulerShown.current = shown;
    rulerDecorations.current?.set(
      marks.map((m) => ({ range: adapter.toRange(m), options: { overviewRuler: { color: m.color, position: monaco.editor.OverviewRulerLane.Right } } })),
    );
  }, [session, statuses, review.active, adapter, locale, t, decorated]);

  // The review queue's active suggestion is revealed and selected in the source (only when it changes).
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);
  useEffect(() => {
    const editor = editorRef.current;
    const adapter = adapterRef.current;
    const suggestion = sessionRef.current?.suggestions.find((s) => s.id === review.active);
    if (!editor || !suggestion || suggestion.ranges.length === 0) return;
    const first = adapter.toRange(suggestion.ranges[0]);
    editor.setSelection(first, 'api');
    editor.revealRangeInCenterIfOutsideViewport(first, monaco.editor.ScrollType.Smooth);
  }, [review.active]);

  // The active suggestion's ranges, highlighted and numbered (suggestion-ranges.ts).
  const activeRanges = useMemo(() => (review.active === null ? null : (session?.suggestions.find((s) => s.id === review.active)?.ranges ?? null)), [review.active, session]);
  useSuggestionRanges(editorRef, host, adapter, activeRanges);

  // The selected paragraph's ranges keep their identity while its article is unchanged (paragraph-index
  // keeps entries per article), so a decision elsewhere neither re-decorates nor re-reveals the selection.
  const selectedRanges = useMemo(() => index.find((e) => e.paragraph.id === selection.paragraphId)?.ranges ?? null, [index, selection.paragraphId]);
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    if (!selectedRanges || selectedRanges.length === 0) {
      selectionDecorations.current?.clear();
      return;
    }
    selectionDecorations.current?.set(
      selectedRanges.map((range) => ({
        range: adapter.toRange(range),
        options: { className: 'galley-source-selected', overviewRuler: { color: '#d9a400', position: monaco.editor.OverviewRulerLane.Center } },
      })),
    );
    if (selection.origin === 'issue') {
      const first = adapter.toRange(selectedRanges[0]);
      editor.setSelection(first, 'api');
      editor.revealRangeInCenterIfOutsideViewport(first, monaco.editor.ScrollType.Smooth);
    }
  }, [selection, selectedRanges, adapter]);

  return <div ref={host} className="source-pane" data-testid="source-pane" aria-label={t('sourcePane')} role="region" />;
}
