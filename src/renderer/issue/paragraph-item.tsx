/** One paragraph of the structured issue: text, role, source range; selectable, draggable, keyboard-movable. */
import { memo, useEffect, useRef } from 'react';
import type { BlockRole } from '../../core';
import type { Translate } from '../i18n/locale-store';
import type { IndexedParagraph } from './paragraph-index';

const roles: readonly BlockRole[] = ['kicker', 'headline', 'subheadline', 'byline', 'body', 'caption', 'junk'];

/** Props of a paragraph row. */
export interface ParagraphItemProps {
  readonly entry: IndexedParagraph;
  readonly text: string;
  readonly selected: boolean;
  readonly scrollIntoView: boolean;
  readonly t: Translate;
  readonly onSelect: (id: string) => void;
  readonly onRole: (id: string, role: BlockRole) => void;
  readonly onDropOn: (draggedId: string, targetId: string, before: boolean) => void;
  readonly onRestore?: (id: string) => void;
}

const dragType = 'application/x-galley-paragraph';

/** A paragraph row. */
export const ParagraphItem = memo(function ParagraphItem(props: ParagraphItemProps): React.JSX.Element {
  const { entry, text, selected, t } = props;
  const ref = useRef<HTMLDivElement>(null);
  const id = entry.paragraph.id;
  const range = entry.ranges[0];
  const movable = entry.slot === 'body';

  useEffect(() => {
    if (selected && props.scrollIntoView) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected, props.scrollIntoView]);

  useEffect(() => {
    // Keyboard focus follows the selection so arrow keys keep working after a click or a move.
    if (selected && ref.current && ref.current.closest('[data-testid="issue-pane"]')?.contains(document.activeElement)) ref.current.focus();
  }, [selected]);

  return (
    <div
      ref={ref}
      role="option"
      aria-selected={selected}
      aria-label={`${t(entry.slot === 'removed' ? 'removedPile' : entry.slot)}: ${text.slice(0, 40)}`}
      tabIndex={selected ? 0 : -1}
      className={`paragraph slot-${entry.slot}${selected ? ' selected' : ''}`}
      data-testid="paragraph"
      data-paragraph-id={id}
      data-role={entry.slot}
      data-source-start={range?.start}
      data-source-end={range?.end}
      draggable={movable}
      onClick={() => props.onSelect(id)}
      onDragStart={(event) => {
        event.dataTransfer.setData(dragType, id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (movable && event.dataTransfer.types.includes(dragType)) event.preventDefault();
      }}
      onDrop={(event) => {
        const dragged = event.dataTransfer.getData(dragType);
        if (!dragged || !movable) return;
        event.preventDefault();
        const box = event.currentTarget.getBoundingClientRect();
        props.onDropOn(dragged, id, event.clientY < box.top + box.height / 2);
      }}
    >
      <span className="role-tag">{t(entry.slot === 'removed' ? 'removedPile' : entry.slot)}</span>
      <span className="paragraph-text">{text}</span>
      {entry.slot === 'removed' && props.onRestore ? (
        <button type="button" className="small" data-testid="restore" onClick={(e) => { e.stopPropagation(); props.onRestore?.(id); }}>
          {t('restore')}
        </button>
      ) : (
        <select
          className="role-select"
          aria-label={t('setRole')}
          data-testid="role-select"
          value={entry.slot}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => props.onRole(id, e.target.value as BlockRole)}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(role)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
});
