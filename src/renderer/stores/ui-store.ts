/** Which dialog is open and the last notice shown. */
import { createStore } from './create-store';

/** The dialogs of the workbench. */
export type Dialog = 'none' | 'open' | 'open-folder' | 'export' | 'export-all' | 'issue-properties' | 'shortcuts' | 'palette';

/** UI state that is not the document. */
export interface UiState {
  readonly dialog: Dialog;
  readonly notice: string | null;
}

/** The current UI state. */
export const uiStore = createStore<UiState>({ dialog: 'none', notice: null });

/** Open a dialog (or close with 'none'). */
export function showDialog(dialog: Dialog): void {
  uiStore.set((s) => ({ ...s, dialog }));
}

/** Show a short notice in the status bar. */
export function notify(notice: string | null): void {
  uiStore.set((s) => ({ ...s, notice }));
}
