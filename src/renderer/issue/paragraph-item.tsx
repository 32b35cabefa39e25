/** One paragraph of the structured issue: text, role, source range; selectable, draggable, editable in place. */
import { memo, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { paragraphText, type BlockRole, type Paragraph } from '../../core';
import type { Translate } from '../i18n/locale-store';
import type { Slot } from './paragraph-index';
import { useFindQuery, withFindMarks } from './find-highlight';
import { EditorDeletionsContext } from './deletions-context';
import { provenanceOf } from './provenance';
import type { ParagraphPreview } from '../review/issue-preview';
import { PreviewText } from '../review/preview-marks';

const roles: readonly BlockRole[] = ['kicker', 'headline', 'subheadline', 'byline', 'body', 'caption', 'junk'];
const dragType = 'application/x-galley-paragraph';

/** What a paragraph row can ask the pane to do (one stable object, so rows re-render only when their data changes). */
export interface ParagraphActions {
  select(id: string): void;
  setRole(id: string, role: BlockRole): void;
  dropOn(draggedId: string, targetId: string, before: boolean): void;
  restore(removalId: string): void;
  edit(id: string | null): void;
  commitText(id: string, text: string): void;
  /** Split a paragraph at a character offset of its text. */
  splitAt(id: string, at: number): void;
}

/** Props of a paragraph row. */
export interface ParagraphItemProps {
  readonly paragraph: Paragraph;
  readonly slot: Slot;
  readonly removalId?: string;
  readonly source: string;
  readonly selected: boolean;
  readonly editing: boolean;
  readonly actions: ParagraphActions;
  readonly t: Translate;
  /** How the active suggestion would change this paragraph, if it touches it. */
  readonly preview?: ParagraphPreview;
}

/** Scroll a row into the middle of its pane when any of it is out of view (the middle leaves room for rows above that grow once drawn). */
function bringIntoView(row: HTMLElement | null): void {
  const pane = row?.closest('[data-testid="issue-pane"]');
  if (!row || !pane) return;
  const box = pane.getBoundingClientRect();
  const r = row.getBoundingClientRect();
  if (r.top < box.top || r.bottom > box.bottom) row.scrollIntoView({ block: r.height > box.height ? 'start' : 'center' });
}

/** A paragraph row. */
export const ParagraphItem = memo(function ParagraphItem(props: ParagraphItemProps): React.JSX.Element {
  const { paragraph, slot, selected, t, actions, source } = props;
  const ref = useRef<HTMLDivElement>(null);
  const id = paragraph.id;
  const text = useMemo(() => paragraphText(source, paragraph), [source, paragraph]);
  const first = paragraph.pieces.find((p) => p.kind === 'source');
  const movable = slot === 'body';
  // Provenance stays visible: what the editor typed is not in the source, and where the source was joined.
  const deletions = useContext(EditorDeletionsContext);
  const provenance = useMemo(() => provenanceOf(source, paragraph.pieces, deletions), [source, paragraph.pieces, deletions]);
  const typed = provenance.typed;
  const roleName = t(slot === 'removed' ? 'removedPile' : slot);
  const findQuery = useFindQuery();

  useEffect(() => {
    if (!selected || props.editing || !ref.current) return;
    bringIntoView(ref.current);
    // Rows above may be laid out only now (content-visibility), moving this one: look again next frame.
    const again = requestAnimationFrame(() => bringIntoView(ref.current));
    // Keyboard focus follows the selection while the user works in this pane. A row that was just drawn
    // anew (moved to another article, split off into a new one) or just left its text field took the focus
    // with it: the page body has it then, and the next key would do nothing, so the row takes it back.
    const active = document.activeElement;
    if (active === null || active === document.body || ref.current.closest('[data-testid="issue-pane"]')?.contains(active)) ref.current.focus();
    return () => cancelAnimationFrame(again);
  }, [selected, props.editing]);

  return (
    <div
      ref={ref}
      role="option"
      aria-selected={selected}
      aria-label={`${roleName}: ${text.slice(0, 40)}`}
      tabIndex={selected ? 0 : -1}
      className={`paragraph slot-${slot}${selected ? ' selected' : ''}${props.preview ? ` preview-${props.preview.kind}` : ''}`}
      data-preview={props.preview?.kind}
      data-testid="paragraph"
      data-paragraph-id={id}
      data-role={slot}
      data-typed={typed || undefined}
      data-joined={provenance.joins > 0 || undefined}
      data-source-start={first?.kind === 'source' ? first.start : undefined}
      data-source-end={first?.kind === 'source' ? first.end : undefined}
      draggable={movable && !props.editing}
      onClick={() => actions.select(id)}
      onDoubleClick={() => slot !== 'removed' && actions.edit(id)}
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
        actions.dropOn(dragged, id, event.clientY < box.top + box.height / 2);
      }}
    >
      <span className="role-tag">{roleName}</span>
      {props.editing ? (
        <InlineEditor
          initial={text}
          label={t('editText')}
          onDone={(next, splitAt) => {
            actions.edit(null);
            if (next !== null && next !== text) actions.commitText(id, next);
            // Editing first (if anything changed), then the split: two steps, each undoable.
            if (next !== null && splitAt !== undefined && splitAt > 0 && splitAt < next.length) actions.splitAt(id, splitAt);
          }}
        />
      ) : props.preview ? (
        <PreviewText paragraph={paragraph} source={source} preview={props.preview} t={t} />
      ) : (
        <span className="paragraph-text">
          {paragraph.pieces.length > 1 || typed
            ? provenance.parts.map((part, i) =>
                part.kind === 'typed' ? (
                  <mark key={i} className="typed" title={t('typedText')}>
                    {withFindMarks(part.text, findQuery)}
                  </mark>
                ) : part.kind === 'join' ? (
                  <span key={i} className="join-mark" data-testid="join-mark" title={t('joinedHere')}>
                    {part.text}
                  </span>
                ) : (
                  <span key={i}>{withFindMarks(part.text, findQuery)}</span>
                ),
              )
            : withFindMarks(text, findQuery)}
        </span>
      )}
      {slot === 'removed' && props.removalId ? (
        <button
          type="button"
          className="small"
          data-testid="restore"
          onClick={(e) => {
            e.stopPropagation();
            actions.restore(props.removalId as string);
          }}
        >
          {t('restore')}
        </button>
      ) : selected ? (
        // One role menu, on the selected row only: thousands of selects would slow a big issue down.
        <select
          className="role-select"
          aria-label={t('setRole')}
          data-testid="role-select"
          value={slot}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => actions.setRole(id, e.target.value as BlockRole)}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(role)}
            </option>
          ))}
        </select>
      ) : (
        <span />
      )}
    </div>
  );
});

interface InlineEditorProps {
  readonly initial: string;
  readonly label: string;
  /** The new text (null when cancelled), and where to split it when Alt+Enter ended the edit. */
  readonly onDone: (text: string | null, splitAt?: number) => void;
}

/** Edits a paragraph's text in place: Enter or leaving the field keeps it, Escape cancels. */
function InlineEditor({ initial, label, onDone }: InlineEditorProps): React.JSX.Element {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const finish = (text: string | null, splitAt?: number): void => {
    if (done.current) return;
    done.current = true;
    onDone(text, splitAt);
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
        else if (e.key === 'Enter' && e.altKey) {
          e.preventDefault();
          finish(value, e.currentTarget.selectionStart);
        } else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(value);
        }
      }}
    />
  );
}
