/** The right pane: the structured issue as article cards plus the removed pile, keyboard-first. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BlockRole, IssueDocument } from '../../core';
import { localeStore, useT } from '../i18n/locale-store';
import { useStore } from '../stores/create-store';
import { selectParagraph, selectionStore } from '../stores/selection-store';
import { dispatch, sessionStore } from '../stores/session-store';
import { notify } from '../stores/ui-store';
import { format } from '../i18n/strings';
import { ArticleCard } from './article-card';
import { freshId, joinWithNext, mergeArticleOf, moveArticleBy, moveArticleTo, moveParagraphBy, moveParagraphTo, splitArticleAt } from './edit-commands';
import { isVirtualIssue } from './card-heights';
import { cardHolding, issueCards, type IssueCard } from './issue-cards';
import { indexParagraphs } from './paragraph-index';
import type { ParagraphActions } from './paragraph-item';
import { Outline } from './outline';
import { FindBar } from './find-bar';
import { changeRole } from './change-role';
import { EditorDeletionsContext } from './deletions-context';
import { editorDeletions } from './provenance';
import { findStore } from '../stores/find-store';
import { RemovedPile } from './removed-pile';
import { useCardWindow } from './use-card-window';
import { useActivePreview } from '../review/use-active-preview';

/** Alt+1…Alt+7 give the selected paragraph these roles. */
const roleKeys: readonly BlockRole[] = ['kicker', 'headline', 'subheadline', 'byline', 'body', 'caption', 'junk'];

/**
 * Put a removal back and show where it went: the restored paragraph is selected (the pane scrolls to it)
 * and the status bar names its article.
 */
function restoreRemoval(removalId: string): void {
  const newParagraph = freshId('p');
  if (!dispatch({ kind: 'restore', removal: removalId, newParagraph })) return;
  selectParagraph(newParagraph, 'issue');
  const doc = sessionStore.get().doc;
  const article = doc ? doc.articles.findIndex((a) => a.paragraphs.some((p) => p.id === newParagraph)) : -1;
  if (article >= 0) notify(format(localeStore.get(), 'restoredTo', { n: article + 1 }));
}

/** Props: the document shown. */
export interface IssuePaneProps {
  readonly doc: IssueDocument;
}

/** The issue pane. */
export function IssuePane({ doc }: IssuePaneProps): React.JSX.Element {
  const t = useT();
  const selection = useStore(selectionStore);
  const locale = useStore(localeStore);
  const findOpen = useStore(findStore).open;
  const [editing, setEditing] = useState<string | null>(null);
  // Actions read the latest document through a ref, so they stay one stable object and rows can skip re-rendering.
  const docRef = useRef(doc);
  useEffect(() => {
    docRef.current = doc;
  }, [doc]);
  const actions = useMemo<ParagraphActions>(
    () => ({
      select: (id) => selectParagraph(id, 'issue'),
      setRole: (id, role: BlockRole) => void changeRole(docRef.current, id, role),
      dropOn: (dragged, target, before) => {
        const command = moveParagraphTo(docRef.current, dragged, target, before);
        if (command && dispatch(command)) selectParagraph(dragged, 'issue');
      },
      restore: (removalId) => restoreRemoval(removalId),
      edit: setEditing,
      commitText: (id, text) => {
        dispatch({ kind: 'edit-text', paragraph: id, text });
      },
      splitAt: (id, at) => {
        dispatch({ kind: 'split-paragraph', paragraph: id, at, newParagraph: freshId('p') });
      },
    }),
    [],
  );

  // Big issues draw only the cards near the viewport, plus the one holding the selection (so it can be
  // scrolled to, and keyboard focus is not lost with it).
  const pane = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const virtual = useMemo(() => isVirtualIssue(doc.articles, doc.removed), [doc.articles, doc.removed]);
  const cards = useMemo(() => issueCards(doc, virtual), [doc, virtual]);
  const preview = useActivePreview(doc);
  const selectedCard = useMemo(() => cardHolding(doc, cards, selection.paragraphId), [doc, cards, selection.paragraphId]);
  const { slots, measureRef } = useCardWindow(pane, list, cards, virtual, selectedCard);
  const deletions = useMemo(() => editorDeletions(doc.removed), [doc.removed]);
  const byEditor = useMemo(() => doc.removed.filter((r) => r.kind === 'editor').length, [doc.removed]);
  const onOutlinePick = useMemo(
    () => (articleId: string) => {
      const article = docRef.current.articles.find((a) => a.id === articleId);
      const first = article ? (article.kicker ?? article.headline ?? article.subheadline ?? article.byline ?? article.paragraphs[0]) : null;
      if (first) selectParagraph(first.id, 'issue');
    },
    [],
  );

  const onArticleDrop = useMemo(
    () => (dragged: string, target: string, before: boolean) => {
      const command = moveArticleTo(docRef.current, dragged, target, before);
      if (command) dispatch(command);
    },
    [],
  );

  const onKeyDown = (event: React.KeyboardEvent): void => {
    // Keys inside the role menu or a text field belong to that control.
    if (event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) return;
    const index = indexParagraphs(doc);
    const current = index.findIndex((e) => e.paragraph.id === selection.paragraphId);
    const entry = index[current];
    const key = event.key;
    const mod = event.ctrlKey || event.metaKey;
    const run = (command: ReturnType<typeof moveParagraphBy>): void => {
      if (command) dispatch(command);
    };
    let handled = true;
    if ((key === 'ArrowUp' || key === 'ArrowDown') && event.altKey && event.shiftKey) {
      if (entry?.articleId) run(moveArticleBy(doc, entry.articleId, key === 'ArrowUp' ? -1 : 1));
    } else if (key === 'ArrowDown' && event.altKey && entry) {
      run(moveParagraphBy(doc, entry.paragraph.id, 1));
    } else if (key === 'ArrowUp' && event.altKey && entry) {
      run(moveParagraphBy(doc, entry.paragraph.id, -1));
    } else if (key === 'ArrowDown' && !mod) {
      const next = index[Math.min(index.length - 1, current + 1)];
      if (next) selectParagraph(next.paragraph.id, 'issue');
    } else if (key === 'ArrowUp' && !mod) {
      const prev = index[Math.max(0, current - 1)];
      if (prev) selectParagraph(prev.paragraph.id, 'issue');
    } else if (key === 'Enter' && mod && entry) {
      run(splitArticleAt(doc, entry.paragraph.id));
    } else if (key === 'Backspace' && mod && entry?.articleId) {
      run(mergeArticleOf(doc, entry.articleId));
    } else if (event.altKey && !mod && /^[1-7]$/.test(key) && entry && entry.slot !== 'removed') {
      const role = roleKeys[Number(key) - 1];
      void changeRole(doc, entry.paragraph.id, role);
    } else if (event.altKey && key.toLowerCase() === 'r' && entry?.removalId) {
      restoreRemoval(entry.removalId);
    } else if (key === 'F2' && entry && entry.slot !== 'removed') {
      setEditing(entry.paragraph.id);
    } else if (key.toLowerCase() === 'j' && mod && entry) {
      run(joinWithNext(doc, entry.paragraph.id));
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  };

  return (
    <div
      ref={pane}
      className="issue-pane"
      data-testid="issue-pane"
      data-virtual={virtual}
      role="listbox"
      aria-label={t('issuePane')}
      onKeyDown={onKeyDown}
      // With nothing selected no row is a tab stop, so the pane is: reaching it by Tab selects the first paragraph.
      tabIndex={selectedCard < 0 ? 0 : -1}
      onFocus={(event) => {
        // Only when reached by keyboard: a click on the pane's background must not jump to the top.
        if (event.target !== event.currentTarget || selectedCard >= 0 || !event.currentTarget.matches(':focus-visible')) return;
        const first = indexParagraphs(doc)[0];
        if (first) selectParagraph(first.paragraph.id, 'issue');
      }}
    >
      {findOpen ? <FindBar doc={doc} /> : null}
      <Outline articles={doc.articles} source={doc.source} label={t('outline')} summary={t('articles', { n: doc.articles.length })} onPick={onOutlinePick} />
      <EditorDeletionsContext.Provider value={deletions}>
      <div ref={list} className="card-list">
        {slots.map((slot) => {
          if (slot.kind === 'gap') return <div key={slot.key} className="card-gap" style={{ height: slot.height }} aria-hidden="true" />;
          const card: IssueCard = cards[slot.index];
          return card.kind === 'article' ? (
            <ArticleCard
              key={card.key}
              article={card.article}
              number={card.number}
              source={doc.source}
              selectedId={selection.paragraphId}
              editingId={editing}
              actions={actions}
              t={t}
              onArticleDrop={onArticleDrop}
              measureRef={measureRef}
              preview={preview}
            />
          ) : (
            <RemovedPile
              key={card.key}
              cardKey={card.key}
              removals={card.removals}
              total={card.first ? doc.removed.length : null}
              byEditor={byEditor}
              source={doc.source}
              selectedId={selection.paragraphId}
              actions={actions}
              t={t}
              locale={locale}
              measureRef={measureRef}
            />
          );
        })}
      </div>
      </EditorDeletionsContext.Provider>
    </div>
  );
}
