/**
 * The issue pane's editing commands for the command palette: the same edits as its keys (Ctrl+Enter,
 * Alt+↓, Alt+1…7…), run on the selected paragraph.
 */
import type { BlockRole, Command, IssueDocument } from '../../core';
import { changeRole } from '../issue/change-role';
import { freshId, joinWithNext, mergeArticleOf, moveParagraphBy, splitArticleAt } from '../issue/edit-commands';
import { indexParagraphs, type IndexedParagraph } from '../issue/paragraph-index';
import { selectionStore } from '../stores/selection-store';
import { dispatch, sessionStore } from '../stores/session-store';
import { notifyKey } from '../stores/ui-store';
import type { PaletteCommand } from './commands';

/** The selected paragraph's entry, or null (the status bar then says to select one first). */
function selected(): IndexedParagraph | null {
  const { doc } = sessionStore.get();
  const id = selectionStore.get().paragraphId;
  const entry = doc && id ? (indexParagraphs(doc).find((e) => e.paragraph.id === id) ?? null) : null;
  if (!entry) notifyKey('paletteNoSelection');
  return entry;
}

/** Build a command from the document and the selected paragraph, and run it. */
function onSelected(build: (entry: IndexedParagraph, doc: IssueDocument) => Command | null): () => void {
  return () => {
    const entry = selected();
    const doc = sessionStore.get().doc;
    if (!entry || !doc) return;
    const command = build(entry, doc);
    if (command) dispatch(command);
  };
}

const roles: readonly BlockRole[] = ['kicker', 'headline', 'subheadline', 'byline', 'body', 'caption', 'junk'];

/** The pane's commands as the palette lists them. */
export const paneCommands: readonly PaletteCommand[] = [
  { id: 'split-article', label: 'splitArticle', hint: 'Ctrl+Enter', run: onSelected((e, doc) => splitArticleAt(doc, e.paragraph.id)) },
  { id: 'merge-article', label: 'mergeArticle', hint: 'Ctrl+Backspace', run: onSelected((e, doc) => (e.articleId ? mergeArticleOf(doc, e.articleId) : null)) },
  { id: 'move-down', label: 'moveDown', hint: 'Alt+↓', run: onSelected((e, doc) => moveParagraphBy(doc, e.paragraph.id, 1)) },
  { id: 'move-up', label: 'moveUp', hint: 'Alt+↑', run: onSelected((e, doc) => moveParagraphBy(doc, e.paragraph.id, -1)) },
  { id: 'join-next', label: 'joinNext', hint: 'Ctrl+J', run: onSelected((e, doc) => joinWithNext(doc, e.paragraph.id)) },
  {
    id: 'restore',
    label: 'restore',
    hint: 'Alt+R',
    run: onSelected((e) => (e.removalId ? { kind: 'restore', removal: e.removalId, newParagraph: freshId('p') } : null)),
  },
  ...roles.map(
    (role, i): PaletteCommand => ({
      id: `role-${role}`,
      label: 'roleAs',
      role,
      hint: `Alt+${i + 1}`,
      run: () => {
        const entry = selected();
        const doc = sessionStore.get().doc;
        if (entry && doc && entry.slot !== 'removed') void changeRole(doc, entry.paragraph.id, role);
      },
    }),
  ),
];
