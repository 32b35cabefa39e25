/**
 * The suggestion the review queue is pointing at (both panes preview it) and which list the review
 * panel shows: the engine's suggestions, or the worklist of paragraphs that look misplaced.
 */
import type { Command, IssueDocument, Suggestion } from '../../core';
import { indexParagraphs, paragraphAtOffset } from '../issue/paragraph-index';
import { previewCommand } from '../review/issue-preview';
import { createStore } from './create-store';
import { selectParagraph } from './selection-store';
import { sessionStore } from './session-store';

/** What the review panel shows. */
export type ReviewView = 'suggestions' | 'worklist';

/** The active suggestion, if any, and the panel's view. */
export const reviewStore = createStore<{ readonly active: string | null; readonly view: ReviewView }>({ active: null, view: 'suggestions' });

/** The paragraph a command is first about (the join's head, the paragraph moved, the article's new start). */
function primaryParagraph(command: Command): string | null {
  switch (command.kind) {
    case 'join':
      return command.first;
    case 'move-paragraph':
    case 'remove-text':
    case 'set-role':
    case 'set-field-from-text':
    case 'edit-text':
    case 'split-paragraph':
      return command.paragraph;
    case 'split-article':
      return command.at;
    default:
      return null;
  }
}

/**
 * The paragraph to select for a suggestion: where its result shows; else the paragraph it is about, if
 * still in the document; else (a fix already applied and built on) the paragraph now holding its text.
 */
export function paragraphToShow(doc: IssueDocument, suggestion: Suggestion): string | null {
  const focus = previewCommand(doc, suggestion.command)?.focus;
  if (focus) return focus;
  const index = indexParagraphs(doc);
  const primary = primaryParagraph(suggestion.command);
  if (primary !== null && index.some((e) => e.paragraph.id === primary)) return primary;
  return suggestion.ranges.length > 0 ? (paragraphAtOffset(index, suggestion.ranges[0].start)?.paragraph.id ?? null) : null;
}

/**
 * Point at a suggestion. The issue pane selects and scrolls to the paragraph where it acts (any earlier
 * selection is cleared, so only one highlight shows); the source pane reveals its ranges.
 */
export function focusSuggestion(id: string | null): void {
  reviewStore.set({ ...reviewStore.get(), active: id });
  if (id === null) return;
  const { session, doc } = sessionStore.get();
  const suggestion = session?.suggestions.find((s) => s.id === id);
  if (!suggestion || !doc) return;
  selectParagraph(paragraphToShow(doc, suggestion), 'review');
}

/** Show the suggestions or the worklist. */
export function showReviewView(view: ReviewView): void {
  if (reviewStore.get().view !== view) reviewStore.set({ ...reviewStore.get(), view });
}

/** Move to the next (or previous) problem: pending suggestions, or every suggestion when none is pending. */
export function stepProblem(delta: 1 | -1): void {
  const { session, statuses } = sessionStore.get();
  showReviewView('suggestions');
  if (!session || session.suggestions.length === 0) return;
  const pending = session.suggestions.filter((s) => statuses.get(s.id) === 'pending');
  const list = pending.length > 0 ? pending : session.suggestions;
  const current = list.findIndex((s) => s.id === reviewStore.get().active);
  const next = current < 0 ? (delta > 0 ? 0 : list.length - 1) : (current + delta + list.length) % list.length;
  focusSuggestion(list[next].id);
}

/**
 * After a decision on `decided`, the next pending suggestion after it (wrapping), or `decided` itself
 * when none is left, so the result stays in view.
 */
export function nextPendingAfter(decided: string): string {
  const { session, statuses } = sessionStore.get();
  if (!session) return decided;
  const all = session.suggestions;
  const at = all.findIndex((s) => s.id === decided);
  for (let k = 1; k <= all.length; k++) {
    const s = all[(at + k + all.length) % all.length];
    if (s.id !== decided && statuses.get(s.id) === 'pending') return s.id;
  }
  return decided;
}
