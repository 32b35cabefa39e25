/** Which dialog is open and the last notice shown. */
import type { StringKey } from '../i18n/strings';
import { createStore } from './create-store';

/** The dialogs of the workbench. */
export type Dialog = 'none' | 'open' | 'open-folder' | 'export' | 'export-all' | 'issue-properties' | 'shortcuts' | 'palette';

/** UI state that is not the document. */
export interface UiState {
  readonly dialog: Dialog;
  readonly notice: Notice | null;
}

/** A status-bar notice: text as given, or a string key shown in the current language (so it follows a language switch). */
export type Notice = string | { readonly key: StringKey; readonly values?: Readonly<Record<string, string | number>> };

/** The current UI state. */
export const uiStore = createStore<UiState>({ dialog: 'none', notice: null });

/** Open a dialog (or close with 'none'). */
export function showDialog(dialog: Dialog): void {
  uiStore.set((s) => ({ ...s, dialog }));
}

/** Show a short notice in the status bar (null clears it). */
export function notify(notice: Notice | null): void {
  uiStore.set((s) => ({ ...s, notice }));
}

/** Show a notice by string key, translated when shown. */
export function notifyKey(key: StringKey, values?: Readonly<Record<string, string | number>>): void {
  notify({ key, values });
}
