/** The suggestion the review queue is pointing at (the source pane reveals its ranges). */
import { createStore } from './create-store';
import { sessionStore } from './session-store';

/** The active suggestion, if any. */
export const reviewStore = createStore<{ readonly active: string | null }>({ active: null });

/** Point at a suggestion. */
export function focusSuggestion(id: string | null): void {
  reviewStore.set({ active: id });
}

/** Move to the next (or previous) problem: pending suggestions, or every suggestion when none is pending. */
export function stepProblem(delta: 1 | -1): void {
  const { session, statuses } = sessionStore.get();
  if (!session || session.suggestions.length === 0) return;
  const pending = session.suggestions.filter((s) => statuses.get(s.id) === 'pending');
  const list = pending.length > 0 ? pending : session.suggestions;
  const current = list.findIndex((s) => s.id === reviewStore.get().active);
  const next = current < 0 ? (delta > 0 ? 0 : list.length - 1) : (current + delta + list.length) % list.length;
  focusSuggestion(list[next].id);
}
