/** The right pane: the structured issue as article cards plus the removed pile, keyboard-first. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { paragraphText, type BlockRole, type IssueDocument } from '../../core';
import { localeStore, useT } from '../i18n/locale-store';
import { useStore } from '../stores/create-store';
import { selectParagraph, selectionStore } from '../stores/selection-store';
import { dispatch } from '../stores/session-store';
import { ArticleCard } from './article-card';
import { freshId, joinWithNext, mergeArticleOf, moveArticleBy, moveArticleTo, moveParagraphBy, moveParagraphTo, splitArticleAt } from './edit-commands';
import { indexParagraphs } from './paragraph-index';
import { ParagraphItem, type ParagraphActions } from './paragraph-item';
import { articleEntries } from './article-card';
import { useProgressiveCount } from './use-progressive-count';

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

  // The article holding the selection must be rendered even while later articles are still coming in.
  const selectedArticle = useMemo(
    () => (selection.paragraphId === null ? -1 : doc.articles.findIndex((a) => articleEntries(a).some((e) => e.paragraph.id === selection.paragraphId))),
    [doc, selection.paragraphId],
  );
  const weights = useMemo(() => doc.articles.map((a) => a.paragraphs.length + a.captions.length + 4), [doc]);
  const shown = useProgressiveCount(weights, selectedArticle + 1);
  const complete = shown >= doc.articles.length;

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
    <div
      className="issue-pane"
      data-testid="issue-pane"
      data-complete={complete}
      role="listbox"
      aria-label={t('issuePane')}
      aria-busy={!complete}
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      <Outline doc={doc} label={t('outline')} summary={t('articles', { n: doc.articles.length })} />
      {doc.articles.slice(0, shown).map((article, i) => (
        <ArticleCard
          key={article.id}
          article={article}
          number={i + 1}
          source={doc.source}
          selectedId={selection.paragraphId}
          editingId={editing}
          actions={actions}
          t={t}
          onArticleDrop={onArticleDrop}
        />
      ))}
      <section className="removed-pile" data-testid="removed-pile" aria-label={t('removedPile')}>
        <header className="article-header">
          <span className="article-number">{t('removedPile')}</span>
          <span className="article-count">{doc.removed.length}</span>
        </header>
        {doc.removed.map((removal) => (
          <div key={removal.id} className="removed-entry">
            <ParagraphItem
              paragraph={removal.paragraph}
              slot="removed"
              removalId={removal.id}
              source={doc.source}
              selected={removal.paragraph.id === selection.paragraphId}
              editing={false}
              actions={actions}
              t={t}
            />
            <div className="removed-reason">{locale === 'zh' ? removal.reason.zh : removal.reason.en}</div>
          </div>
        ))}
      </section>
    </div>
  );
}

/** Jump to an article of a big issue. */
function Outline({ doc, label, summary }: { readonly doc: IssueDocument; readonly label: string; readonly summary: string }): React.JSX.Element {
  const options = useMemo(
    () =>
      doc.articles.map((article, i) => {
        const head = article.headline ?? article.paragraphs[0] ?? null;
        return { id: article.id, title: `${i + 1}. ${head ? paragraphText(doc.source, head).slice(0, 40) : ''}` };
      }),
    [doc],
  );
  return (
    <div className="outline-bar">
      <select
        aria-label={label}
        data-testid="outline"
        value=""
        onChange={(e) => {
          const article = doc.articles.find((a) => a.id === e.target.value);
          const first = article ? (article.kicker ?? article.headline ?? article.subheadline ?? article.byline ?? article.paragraphs[0]) : null;
          if (first) selectParagraph(first.id, 'issue');
        }}
      >
        <option value="">{`${label} (${summary})`}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
          </option>
        ))}
      </select>
    </div>
  );
}
