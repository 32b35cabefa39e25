/** Which paragraph is selected, and which pane selected it (so the other pane follows, not echoes). */
import { createStore } from './create-store';

/** The selection shared by both panes. */
export interface Selection {
  readonly paragraphId: string | null;
  /**
   * 'source': the cursor moved in Monaco; 'issue': a card was clicked or navigated by keyboard;
   * 'review': the review queue pointed at a suggestion (the source pane shows the suggestion's ranges instead).
   */
  readonly origin: 'source' | 'issue' | 'review';
}

/** The current selection. */
export const selectionStore = createStore<Selection>({ paragraphId: null, origin: 'issue' });

/** Select a paragraph. */
export function selectParagraph(paragraphId: string | null, origin: Selection['origin']): void {
  const current = selectionStore.get();
  if (current.paragraphId === paragraphId && current.origin === origin) return;
  selectionStore.set({ paragraphId, origin });
}
