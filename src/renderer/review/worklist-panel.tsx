/** The worklist view of the review panel: paragraphs that look misplaced, each with partners joined by one key. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { paragraphText, type IssueDocument } from '../../core';
import { useT } from '../i18n/locale-store';
import { indexParagraphs } from '../issue/paragraph-index';
import { selectParagraph } from '../stores/selection-store';
import { dispatch } from '../stores/session-store';
import { leaveReview } from './review-keys';
import { buildWorklist, type WorklistEntry } from './worklist';

/** Characters of a paragraph shown for it (its end for an unfinished one, its opening for a partner). */
const excerptChars = 36;

function excerpt(text: string, from: 'start' | 'end'): string {
  if (text.length <= excerptChars) return text;
  return from === 'start' ? `${text.slice(0, excerptChars)}…` : `…${text.slice(-excerptChars)}`;
}

/** Props: the document the worklist is built from. */
export interface WorklistPanelProps {
  readonly doc: IssueDocument;
}

/** The worklist: ↑/↓ pick a paragraph (the issue pane shows it), 1–3 join it with a partner. */
export function WorklistPanel({ doc }: WorklistPanelProps): React.JSX.Element {
  const t = useT();
  const entries = useMemo(() => buildWorklist(doc), [doc]);
  const texts = useMemo(() => new Map(indexParagraphs(doc).map((e) => [e.paragraph.id, e.paragraph])), [doc]);
  const textOf = (id: string): string => {
    const p = texts.get(id);
    return p ? paragraphText(doc.source, p) : '';
  };
  const [activeId, setActiveId] = useState<string | null>(null);
  // After a fix the entry is gone: the one now at its place becomes active.
  const activeIndex = Math.max(0, entries.findIndex((e) => e.paragraph === activeId));
  const active: WorklistEntry | undefined = entries[activeIndex];
  const list = useRef<HTMLUListElement>(null);
  const activeParagraph = active?.paragraph ?? null;
  useEffect(() => {
    if (activeParagraph) selectParagraph(activeParagraph, 'review');
  }, [activeParagraph]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || !active) return;
    let handled = true;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = entries[Math.max(0, Math.min(entries.length - 1, activeIndex + (event.key === 'ArrowDown' ? 1 : -1)))];
      if (next) setActiveId(next.paragraph);
    } else if (/^[1-3]$/.test(event.key)) {
      const partner = active.partners[Number(event.key) - 1];
      if (partner && dispatch(partner.command)) {
        // Keep the place in the list: the next entry (now at this index) becomes active.
        const following = entries[activeIndex + 1] ?? entries[activeIndex - 1];
        setActiveId(following && following.paragraph !== partner.paragraph ? following.paragraph : null);
      }
    } else if (event.key === 'Escape') {
      leaveReview();
    } else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  if (entries.length === 0) return <p className="muted">{t('worklistEmpty')}</p>;
  return (
    <>
      <p className="review-hint">{t('worklistHint')}</p>
      <ul ref={list} className="worklist" role="listbox" tabIndex={0} aria-label={t('worklistTab')} data-testid="worklist" onKeyDown={onKeyDown}>
        {entries.map((entry, i) => {
          const isActive = i === activeIndex;
          return (
            <li
              key={entry.paragraph}
              role="option"
              aria-selected={isActive}
              className={`worklist-item${isActive ? ' active' : ''}`}
              data-testid="worklist-item"
              data-paragraph-id={entry.paragraph}
              onClick={() => setActiveId(entry.paragraph)}
            >
              <span className="worklist-reasons">
                {entry.reasons.map((r) => t(r === 'unfinished' ? 'worklistUnfinished' : 'worklistContinuation')).join(' · ')}
              </span>
              <span className="worklist-text">{excerpt(textOf(entry.paragraph), entry.reasons[0] === 'unfinished' ? 'end' : 'start')}</span>
              {isActive ? (
                <ol className="worklist-partners" data-testid="worklist-partners">
                  {entry.partners.map((partner, n) => (
                    <li key={partner.paragraph} data-testid="worklist-partner" data-paragraph-id={partner.paragraph}>
                      <kbd>{n + 1}</kbd> <span className="confidence">{Math.round(partner.score * 100)}%</span>{' '}
                      <span>{excerpt(textOf(partner.paragraph), entry.reasons[0] === 'unfinished' ? 'start' : 'end')}</span>{' '}
                      <button
                        type="button"
                        className="small"
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={(e) => {
                          e.stopPropagation();
                          dispatch(partner.command);
                        }}
                      >
                        {t('worklistJoin')}
                      </button>
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
