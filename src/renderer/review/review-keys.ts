/** The review panel's keys: one key per decision, with focus kept in the panel. */
import { focusSuggestion } from '../stores/review-store';
import { selectionStore } from '../stores/selection-store';
import { acceptActive, chooseCandidate, rejectActive } from './review-decisions';

/** The review keys as the F1 sheet lists them (label keys of strings.ts). */
export const reviewShortcuts = [
  { label: 'accept', shortcut: 'Enter' },
  { label: 'reject', shortcut: 'Backspace / Delete' },
  { label: 'chooseCandidate', shortcut: '1 / 2 / 3' },
  { label: 'leaveReview', shortcut: 'Esc' },
] as const;

/** Focus the review list (F8 brings the keyboard there, so decisions need no mouse). */
export function focusReviewList(): void {
  const list = document.querySelector<HTMLElement>('[data-testid="review-list"]');
  list?.focus({ preventScroll: true });
}

/** Leave review: no active suggestion (the preview goes), focus back to the selected paragraph. */
export function leaveReview(): void {
  focusSuggestion(null);
  const id = selectionStore.get().paragraphId;
  const row = id ? document.querySelector<HTMLElement>(`[data-testid="issue-pane"] [data-paragraph-id="${CSS.escape(id)}"]`) : null;
  (row ?? document.querySelector<HTMLElement>('[data-testid="issue-pane"]'))?.focus();
}

/**
 * Handle a key pressed in the review list; returns whether it was a review key. `step` moves the
 * active row (↑/↓) within the rows shown.
 */
export function handleReviewKey(event: KeyboardEvent | React.KeyboardEvent, step: (delta: 1 | -1) => void): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  switch (event.key) {
    case 'Enter':
      return acceptActive();
    case 'Backspace':
    case 'Delete':
      return rejectActive();
    case '1':
    case '2':
    case '3':
      return chooseCandidate(Number(event.key));
    case 'Escape':
      leaveReview();
      return true;
    case 'ArrowDown':
      step(1);
      return true;
    case 'ArrowUp':
      step(-1);
      return true;
    default:
      return false;
  }
}
