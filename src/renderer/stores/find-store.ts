/** The issue pane's find bar: whether it is open, what it looks for and which occurrence is current. */
import { createStore } from './create-store';

/** The find bar's state. */
export interface FindState {
  readonly open: boolean;
  readonly query: string;
  readonly replacement: string;
  /** Index of the current occurrence in reading order. */
  readonly current: number;
  /** Bumped on every Ctrl+F, so the bar takes focus again even when it is already open. */
  readonly focusRequest: number;
}

/** The find bar's state (one for the app: it searches the issue shown). */
export const findStore = createStore<FindState>({ open: false, query: '', replacement: '', current: 0, focusRequest: 0 });

/** Open the find bar (or focus it again), starting from the selected text when there is some. */
export function openFind(): void {
  const picked = window.getSelection()?.toString().trim() ?? '';
  findStore.set((s) => ({ ...s, open: true, query: picked && !picked.includes('\n') ? picked : s.query, current: 0, focusRequest: s.focusRequest + 1 }));
}

/** Close the find bar (its text is kept for the next Ctrl+F). */
export function closeFind(): void {
  findStore.set((s) => ({ ...s, open: false }));
}
