/** The removed pile with the reason for each removal; a virtual issue pane draws it in parts. */
import { memo } from 'react';
import type { Removal } from '../../core';
import type { Translate } from '../i18n/locale-store';
import { ParagraphItem, type ParagraphActions } from './paragraph-item';

/** Props of the removed pile (or a part of it). */
export interface RemovedPileProps {
  readonly cardKey: string;
  readonly removals: readonly Removal[];
  /** The pile's size, shown in the header of its first part (null: a later part, no header). */
  readonly total: number | null;
  /** How many of them the editor deleted while editing text (counted apart from what analysis removed). */
  readonly byEditor?: number;
  readonly source: string;
  readonly selectedId: string | null;
  readonly actions: ParagraphActions;
  readonly t: Translate;
  readonly locale: 'zh' | 'en';
  readonly measureRef?: (el: HTMLElement | null) => void;
}

/** The removed pile (or a part of it in a virtual pane), with the reason for each removal; skipped when nothing it shows changed. */
export const RemovedPile = memo(function RemovedPile({ cardKey, removals, total, byEditor = 0, source, selectedId, actions, t, locale, measureRef }: RemovedPileProps): React.JSX.Element {
  return (
    <section ref={measureRef} className="removed-pile" data-testid="removed-pile" data-card-key={cardKey} aria-label={t('removedPile')}>
      {total === null ? null : (
        <header className="article-header">
          <span className="article-number">{t('removedPile')}</span>
          <span className="article-count" data-testid="removed-count">
            {total - byEditor}
          </span>
          {byEditor > 0 ? (
            <span className="article-count by-editor" data-testid="editor-deletion-count">
              {t('editorDeletions', { n: byEditor })}
            </span>
          ) : null}
        </header>
      )}
      {removals.map((removal) => (
        <div key={removal.id} className={`removed-entry${removal.kind === 'editor' ? ' by-editor' : ''}`} data-removal-kind={removal.kind}>
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
          <div className="removed-reason">
            {removal.kind === 'editor' ? <span className="by-editor-tag">{t('editorDeletion')}</span> : null}
            {locale === 'zh' ? removal.reason.zh : removal.reason.en}
          </div>
        </div>
      ))}
    </section>
  );
}, sameRemovedPile);

function sameRemovedPile(prev: RemovedPileProps, next: RemovedPileProps): boolean {
  if (
    prev.removals !== next.removals ||
    prev.total !== next.total ||
    prev.byEditor !== next.byEditor ||
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
