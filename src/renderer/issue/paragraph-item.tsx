/** One paragraph of the structured issue: text, role, source range; selectable, draggable, keyboard-movable. */
import { memo, useEffect, useRef, useState } from 'react';
import { pieceText, type BlockRole } from '../../core';
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
  /** The source text, to show typed pieces apart from source pieces. */
  readonly source: string;
  readonly editing: boolean;
  readonly onEdit: (id: string | null) => void;
  readonly onCommitText: (id: string, text: string) => void;
}

const dragType = 'application/x-galley-paragraph';

/** A paragraph row. */
export const ParagraphItem = memo(function ParagraphItem(props: ParagraphItemProps): React.JSX.Element {
  const { entry, text, selected, t } = props;
  const ref = useRef<HTMLDivElement>(null);
  const id = entry.paragraph.id;
  const range = entry.ranges[0];
  const movable = entry.slot === 'body';
  // Typed text stays marked, so provenance is visible: what the editor typed is not in the source.
  const typed = entry.paragraph.pieces.some((p) => p.kind === 'typed');

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
      data-typed={typed || undefined}
      data-source-start={range?.start}
      data-source-end={range?.end}
      draggable={movable}
      onClick={() => props.onSelect(id)}
      onDoubleClick={() => entry.slot !== 'removed' && props.onEdit(id)}
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
      {props.editing ? (
        <InlineEditor initial={text} label={t('editText')} onDone={(next) => {
          props.onEdit(null);
          if (next !== null && next !== text) props.onCommitText(id, next);
        }} />
      ) : (
        <span className="paragraph-text">
          {typed
            ? entry.paragraph.pieces.map((piece, i) =>
                piece.kind === 'typed' ? (
                  <mark key={i} className="typed" title={t('typedText')}>
                    {piece.text}
                  </mark>
                ) : (
                  <span key={i}>{pieceText(props.source, piece)}</span>
                ),
              )
            : text}
        </span>
      )}
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

interface InlineEditorProps {
  readonly initial: string;
  readonly label: string;
  /** The new text, or null when cancelled. */
  readonly onDone: (text: string | null) => void;
}

/** Edits a paragraph's text in place: Enter or leaving the field keeps it, Escape cancels. */
function InlineEditor({ initial, label, onDone }: InlineEditorProps): React.JSX.Element {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const finish = (text: string | null): void => {
    if (done.current) return;
    done.current = true;
    onDone(text);
  };
  return (
    <textarea
      className="inline-editor"
      data-testid="inline-editor"
      aria-label={label}
      autoFocus
      value={value}
      rows={Math.max(2, Math.ceil(value.length / 40))}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') finish(null);
        else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(value);
        }
      }}
    />
  );
}
