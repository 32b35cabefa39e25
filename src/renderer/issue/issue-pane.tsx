/** The right pane: the structured issue as article cards plus the removed pile, keyboard-first. */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { paragraphText, type Article, type BlockRole, type IssueDocument, type Removal } from '../../core';
import { localeStore, useT } from '../i18n/locale-store';
import { useStore } from '../stores/create-store';
import { selectParagraph, selectionStore } from '../stores/selection-store';
import { dispatch } from '../stores/session-store';
import { sameParagraph } from '../stores/keep-unchanged';
import { ArticleCard } from './article-card';
import { freshId, joinWithNext, mergeArticleOf, moveArticleBy, moveArticleTo, moveParagraphBy, moveParagraphTo, splitArticleAt } from './edit-commands';
import { isVirtualIssue } from './card-heights';
import { cardHolding, issueCards, type IssueCard } from './issue-cards';
import { indexParagraphs } from './paragraph-index';
import { ParagraphItem, type ParagraphActions } from './paragraph-item';
import { useCardWindow } from './use-card-window';
import type { Translate } from '../i18n/locale-store';

/** Alt+1…Alt+7 give the selected paragraph these roles. */
const roleKeys: readonly BlockRole[] = ['kicker', 'headline', 'subheadline', 'byline', 'body', 'caption', 'junk'];

/** Props: the document shown. */
export interface IssuePaneProps {
  readonly doc: IssueDocument;
}

/** The issue pane. */
export function IssuePane({ doc }: IssuePaneProps): React.JSX.Element {
  const t = useT();
  const selection = useStore(selectionStore);
  const locale = useStore(localeStore);
  const [editing, setEditing] = useState<string | null>(null);
  // Actions read the latest document through a ref, so they stay one stable object and rows can skip re-rendering.
  const docRef = useRef(doc);
  useEffect(() => {
    docRef.current = doc;
  }, [doc]);
  const actions = useMemo<ParagraphActions>(
    () => ({
      select: (id) => selectParagraph(id, 'issue'),
      setRole: (id, role: BlockRole) => {
        dispatch({ kind: 'set-role', paragraph: id, role, ...(role === 'junk' ? { removalId: freshId('r') } : {}) });
      },
      dropOn: (dragged, target, before) => {
        const command = moveParagraphTo(docRef.current, dragged, target, before);
        if (command && dispatch(command)) selectParagraph(dragged, 'issue');
      },
      restore: (removalId) => {
        dispatch({ kind: 'restore', removal: removalId, newParagraph: freshId('p') });
      },
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
  const selectedCard = useMemo(() => cardHolding(doc, cards, selection.paragraphId), [doc, cards, selection.paragraphId]);
  const { slots, measureRef } = useCardWindow(pane, list, cards, virtual, selectedCard);
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
      dispatch({ kind: 'set-role', paragraph: entry.paragraph.id, role, ...(role === 'junk' ? { removalId: freshId('r') } : {}) });
    } else if (event.altKey && key.toLowerCase() === 'r' && entry?.removalId) {
      dispatch({ kind: 'restore', removal: entry.removalId, newParagraph: freshId('p') });
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
    <div ref={pane} className="issue-pane" data-testid="issue-pane" data-virtual={virtual} role="listbox" aria-label={t('issuePane')} onKeyDown={onKeyDown} tabIndex={-1}>
      <Outline articles={doc.articles} source={doc.source} label={t('outline')} summary={t('articles', { n: doc.articles.length })} onPick={onOutlinePick} />
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
            />
          ) : (
            <RemovedPile
              key={card.key}
              cardKey={card.key}
              removals={card.removals}
              total={card.first ? doc.removed.length : null}
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
    </div>
  );
}

interface RemovedPileProps {
  readonly cardKey: string;
  readonly removals: readonly Removal[];
  /** The pile's size, shown in the header of its first part (null: a later part, no header). */
  readonly total: number | null;
  readonly source: string;
  readonly selectedId: string | null;
  readonly actions: ParagraphActions;
  readonly t: Translate;
  readonly locale: 'zh' | 'en';
  readonly measureRef?: (el: HTMLElement | null) => void;
}

/** The removed pile (or a part of it in a virtual pane), with the reason for each removal; skipped when nothing it shows changed. */
const RemovedPile = memo(function RemovedPile({ cardKey, removals, total, source, selectedId, actions, t, locale, measureRef }: RemovedPileProps): React.JSX.Element {
  return (
    <section ref={measureRef} className="removed-pile" data-testid="removed-pile" data-card-key={cardKey} aria-label={t('removedPile')}>
      {total === null ? null : (
        <header className="article-header">
          <span className="article-number">{t('removedPile')}</span>
          <span className="article-count">{total}</span>
        </header>
      )}
      {removals.map((removal) => (
        <div key={removal.id} className="removed-entry">
          <ParagraphItem
            paragraph={removal.paragraph}
            slot="removed"
            removalId={removal.id}
            source={source}
            selected={removal.paragraph.id === selectedId}
            editing={false}
            actions={actions}
            t={t}
          />
          <div className="removed-reason">{locale === 'zh' ? removal.reason.zh : removal.reason.en}</div>
        </div>
      ))}
    </section>
  );
}, sameRemovedPile);

function sameRemovedPile(prev: RemovedPileProps, next: RemovedPileProps): boolean {
  if (
    prev.removals !== next.removals ||
    prev.total !== next.total ||
    prev.cardKey !== next.cardKey ||
    prev.source !== next.source ||
    prev.actions !== next.actions ||
    prev.t !== next.t ||
    prev.locale !== next.locale ||
    prev.measureRef !== next.measureRef
  )
    return false;
  // A selection change matters to the pile only when it leaves or enters it.
  const holds = (id: string | null): boolean => id !== null && next.removals.some((r) => r.paragraph.id === id);
  return prev.selectedId === next.selectedId || (!holds(prev.selectedId) && !holds(next.selectedId));
}

interface OutlineProps {
  readonly articles: readonly Article[];
  readonly source: string;
  readonly label: string;
  readonly summary: string;
  readonly onPick: (articleId: string) => void;
}

function titleHead(article: Article): Article['headline'] {
  return article.headline ?? article.paragraphs[0] ?? null;
}

/** Jump to an article of a big issue; skipped when no article's id or title paragraph changed. */
const Outline = memo(function Outline({ articles, source, label, summary, onPick }: OutlineProps): React.JSX.Element {
  const options = useMemo(
    () =>
      articles.map((article, i) => {
        const head = titleHead(article);
        return { id: article.id, title: `${i + 1}. ${head ? paragraphText(source, head).slice(0, 40) : ''}` };
      }),
    [articles, source],
  );
  return (
    <div className="outline-bar">
      <select aria-label={label} data-testid="outline" value="" onChange={(e) => onPick(e.target.value)}>
        <option value="">{`${label} (${summary})`}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
          </option>
        ))}
      </select>
    </div>
  );
}, sameOutline);

function sameOutline(prev: OutlineProps, next: OutlineProps): boolean {
  if (prev.source !== next.source || prev.label !== next.label || prev.summary !== next.summary || prev.onPick !== next.onPick) return false;
  if (prev.articles === next.articles) return true;
  if (prev.articles.length !== next.articles.length) return false;
  for (let i = 0; i < next.articles.length; i++) {
    const a = prev.articles[i];
    const b = next.articles[i];
    if (a !== b && (a.id !== b.id || !sameParagraph(titleHead(a), titleHead(b)))) return false;
  }
  return true;
}
