/** The right pane: the structured issue as article cards plus the removed pile, keyboard-first. */
import { useCallback, useMemo, useState } from 'react';
import { paragraphText, type BlockRole, type IssueDocument } from '../../core';
import { localeStore, useT } from '../i18n/locale-store';
import { useStore } from '../stores/create-store';
import { selectParagraph, selectionStore } from '../stores/selection-store';
import { dispatch } from '../stores/session-store';
import { freshId, joinWithNext, mergeArticleOf, moveArticleBy, moveParagraphBy, moveParagraphTo, splitArticleAt } from './edit-commands';
import { indexParagraphs, type IndexedParagraph } from './paragraph-index';
import { ParagraphItem } from './paragraph-item';

/** Props: the document shown. */
export interface IssuePaneProps {
  readonly doc: IssueDocument;
}

/** The issue pane. */
export function IssuePane({ doc }: IssuePaneProps): React.JSX.Element {
  const t = useT();
  const selection = useStore(selectionStore);
  const locale = useStore(localeStore);
  const index = useMemo(() => indexParagraphs(doc), [doc]);
  const texts = useMemo(() => new Map(index.map((e) => [e.paragraph.id, paragraphText(doc.source, e.paragraph)])), [index, doc.source]);
  const byArticle = useMemo(() => {
    const groups = new Map<string | null, IndexedParagraph[]>();
    for (const entry of index) {
      const list = groups.get(entry.articleId) ?? [];
      list.push(entry);
      groups.set(entry.articleId, list);
    }
    return groups;
  }, [index]);

  const [editing, setEditing] = useState<string | null>(null);
  const onSelect = useCallback((id: string) => selectParagraph(id, 'issue'), []);
  const onCommitText = useCallback((id: string, text: string) => {
    dispatch({ kind: 'edit-text', paragraph: id, text });
  }, []);
  const onRole = useCallback((id: string, role: BlockRole) => {
    dispatch({ kind: 'set-role', paragraph: id, role, ...(role === 'junk' ? { removalId: freshId('r') } : {}) });
  }, []);
  const onDropOn = useCallback(
    (dragged: string, target: string, before: boolean) => {
      const command = moveParagraphTo(doc, dragged, target, before);
      if (command && dispatch(command)) selectParagraph(dragged, 'issue');
    },
    [doc],
  );
  const onRestore = useCallback(
    (paragraphId: string) => {
      const entry = index.find((e) => e.paragraph.id === paragraphId);
      if (entry?.removalId) dispatch({ kind: 'restore', removal: entry.removalId, newParagraph: freshId('p') });
    },
    [index],
  );

  const onKeyDown = (event: React.KeyboardEvent): void => {
    // Keys inside the role menu or a text field belong to that control.
    if (event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) return;
    const current = index.findIndex((e) => e.paragraph.id === selection.paragraphId);
    const entry = index[current];
    const key = event.key;
    const mod = event.ctrlKey || event.metaKey;
    let handled = true;
    if ((key === 'ArrowUp' || key === 'ArrowDown') && event.altKey && event.shiftKey) {
      if (entry?.articleId) {
        const command = moveArticleBy(doc, entry.articleId, key === 'ArrowUp' ? -1 : 1);
        if (command) dispatch(command);
      }
    } else if (key === 'ArrowDown' && event.altKey && entry) {
      const command = moveParagraphBy(doc, entry.paragraph.id, 1);
      if (command) dispatch(command);
    } else if (key === 'ArrowUp' && event.altKey && entry) {
      const command = moveParagraphBy(doc, entry.paragraph.id, -1);
      if (command) dispatch(command);
    } else if (key === 'ArrowDown' && !mod) {
      const next = index[Math.min(index.length - 1, current + 1)];
      if (next) selectParagraph(next.paragraph.id, 'issue');
    } else if (key === 'ArrowUp' && !mod) {
      const prev = index[Math.max(0, current - 1)];
      if (prev) selectParagraph(prev.paragraph.id, 'issue');
    } else if (key === 'Enter' && mod && entry) {
      const command = splitArticleAt(doc, entry.paragraph.id);
      if (command) dispatch(command);
    } else if (key === 'Backspace' && mod && entry?.articleId) {
      const command = mergeArticleOf(doc, entry.articleId);
      if (command) dispatch(command);
    } else if (key === 'F2' && entry && entry.slot !== 'removed') {
      setEditing(entry.paragraph.id);
    } else if (key.toLowerCase() === 'j' && mod && entry) {
      const command = joinWithNext(doc, entry.paragraph.id);
      if (command) dispatch(command);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  };

  const renderEntry = (entry: IndexedParagraph): React.JSX.Element => (
    <ParagraphItem
      key={entry.paragraph.id}
      entry={entry}
      text={texts.get(entry.paragraph.id) ?? ''}
      selected={entry.paragraph.id === selection.paragraphId}
      scrollIntoView
      t={t}
      onSelect={onSelect}
      onRole={onRole}
      onDropOn={onDropOn}
      onRestore={onRestore}
      source={doc.source}
      editing={editing === entry.paragraph.id}
      onEdit={setEditing}
      onCommitText={onCommitText}
    />
  );

  const removed = byArticle.get(null) ?? [];
  return (
    <div className="issue-pane" data-testid="issue-pane" role="listbox" aria-label={t('issuePane')} onKeyDown={onKeyDown} tabIndex={-1}>
      <div className="outline-bar">
        <select
          aria-label={t('outline')}
          data-testid="outline"
          value=""
          onChange={(e) => {
            const first = index.find((entry) => entry.articleId === e.target.value);
            if (first) selectParagraph(first.paragraph.id, 'issue');
          }}
        >
          <option value="">{`${t('outline')} (${t('articles', { n: doc.articles.length })})`}</option>
          {doc.articles.map((article, i) => {
            const head = article.headline ?? article.paragraphs[0] ?? null;
            const title = head ? (texts.get(head.id) ?? '') : '';
            return (
              <option key={article.id} value={article.id}>
                {`${i + 1}. ${title.slice(0, 40)}`}
              </option>
            );
          })}
        </select>
      </div>
      {doc.articles.map((article, i) => {
        const headline = article.headline ? texts.get(article.headline.id) : undefined;
        return (
          <section
            key={article.id}
            className={`article-card band-${i % 6}`}
            data-testid="article-card"
            data-article-id={article.id}
            aria-label={`${t('article', { n: i + 1 })}${headline ? `: ${headline}` : ''}`}
          >
            <header className="article-header">
              <span className="article-number">{t('article', { n: i + 1 })}</span>
              <span className="article-count">{t('paragraphs', { n: article.paragraphs.length })}</span>
            </header>
            {(byArticle.get(article.id) ?? []).map(renderEntry)}
          </section>
        );
      })}
      <section className="removed-pile" data-testid="removed-pile" aria-label={t('removedPile')}>
        <header className="article-header">
          <span className="article-number">{t('removedPile')}</span>
          <span className="article-count">{removed.length}</span>
        </header>
        {removed.map((entry) => {
          const removal = doc.removed.find((r) => r.id === entry.removalId);
          return (
            <div key={entry.paragraph.id} className="removed-entry">
              {renderEntry(entry)}
              {removal ? <div className="removed-reason">{locale === 'zh' ? removal.reason.zh : removal.reason.en}</div> : null}
            </div>
          );
        })}
      </section>
    </div>
  );
}
