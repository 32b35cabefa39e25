/** Ctrl+F in the issue pane: find a phrase in the articles, step through it, replace one or all (undoable). */
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { IssueDocument } from '../../core';
import { useT } from '../i18n/locale-store';
import { useStore } from '../stores/create-store';
import { closeFind, findStore } from '../stores/find-store';
import { selectParagraph } from '../stores/selection-store';
import { dispatch, dispatchAll } from '../stores/session-store';
import { notifyKey } from '../stores/ui-store';
import { findMatches, replaceEverywhere, replaceOne } from './find-matches';
import { strings } from '../i18n/strings';

/** Props: the document searched. */
export interface FindBarProps {
  readonly doc: IssueDocument;
}

/** The find-and-replace bar at the top of the issue pane. */
export function FindBar({ doc }: FindBarProps): React.JSX.Element {
  const t = useT();
  const find = useStore(findStore);
  const input = useRef<HTMLInputElement>(null);
  // Typing stays responsive on a big issue: matches follow in a deferred render.
  const query = useDeferredValue(find.query);
  const matches = useMemo(() => findMatches(doc, query), [doc, query]);
  const current = matches.length === 0 ? -1 : Math.min(find.current, matches.length - 1);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [find.focusRequest]);

  // The current occurrence's paragraph is selected, so it is scrolled to and its source is shown.
  const currentParagraph = current >= 0 ? matches[current].paragraphId : null;
  useEffect(() => {
    if (currentParagraph) selectParagraph(currentParagraph, 'issue');
  }, [currentParagraph, current]);

  const step = (by: number): void => {
    if (matches.length === 0) return;
    findStore.set((s) => ({ ...s, current: (current + by + matches.length) % matches.length }));
  };
  const replaceCurrent = (): void => {
    if (current < 0) return;
    const command = replaceOne(doc, matches[current], find.query, find.replacement);
    // The next occurrence takes the replaced one's place in the list, so `current` already points at it.
    if (command) dispatch(command, { zh: strings.zh.replaceOne, en: strings.en.replaceOne });
  };
  const replaceAll = (): void => {
    const commands = replaceEverywhere(doc, find.query, find.replacement);
    const replaced = matches.length;
    if (commands.length === 0) return;
    if (dispatchAll(commands, { zh: strings.zh.replaceAll, en: strings.en.replaceAll }) > 0) notifyKey('replacedAll', { n: replaced });
  };
  const close = (): void => {
    closeFind();
    // Back to the paragraph the search ended on, so the keyboard goes on from there.
    document.querySelector<HTMLElement>('[data-testid="issue-pane"] .paragraph.selected')?.focus();
  };

  return (
    <div className="find-bar" data-testid="find-bar" role="search" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), close())}>
      <input
        ref={input}
        data-testid="find-input"
        aria-label={t('find')}
        placeholder={t('findPlaceholder')}
        value={find.query}
        onChange={(e) => findStore.set((s) => ({ ...s, query: e.target.value, current: 0 }))}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          step(e.shiftKey ? -1 : 1);
        }}
      />
      <span className="find-count" data-testid="find-count" aria-live="polite">
        {find.query === '' ? '' : matches.length === 0 ? t('findNone') : t('findCount', { current: current + 1, total: matches.length })}
      </span>
      <button type="button" className="small" data-testid="find-prev" title={t('findPrev')} aria-label={t('findPrev')} onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" className="small" data-testid="find-next" title={t('findNext')} aria-label={t('findNext')} onClick={() => step(1)}>
        ↓
      </button>
      <input
        data-testid="replace-input"
        aria-label={t('replacePlaceholder')}
        placeholder={t('replacePlaceholder')}
        value={find.replacement}
        onChange={(e) => findStore.set((s) => ({ ...s, replacement: e.target.value }))}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          replaceCurrent();
        }}
      />
      <button type="button" className="small" data-testid="replace-one" disabled={current < 0} onClick={replaceCurrent}>
        {t('replaceOne')}
      </button>
      <button type="button" className="small" data-testid="replace-all" disabled={current < 0} onClick={replaceAll}>
        {t('replaceAll')}
      </button>
      <button type="button" className="small" data-testid="find-close" title={t('findClose')} aria-label={t('findClose')} onClick={close}>
        ×
      </button>
    </div>
  );
}

