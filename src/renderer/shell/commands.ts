/**
 * Every app command with its shortcut, in one table: the keyboard handler, the F1 sheet, the command
 * palette and the host's menu commands all run from here.
 */
import type { MenuCommand } from '../../shared/ipc';
import type { StringKey } from '../i18n/strings';
import { toggleLocale } from '../i18n/locale-store';
import { galley } from '../galley';
import { openPath } from '../actions';
import { openNextIssue, openWorkspace } from '../workspace/workspace-store';
import { redo, undo } from '../stores/session-store';
import { toggleTheme } from '../stores/theme-store';
import { showDialog } from '../stores/ui-store';
import { openFind } from '../stores/find-store';
import { reviewStore, stepProblem } from '../stores/review-store';
import { rejectAndTell } from '../review/held-fixes';
import { acceptSuggestion } from '../stores/session-store';
import { focusReviewList } from '../review/review-keys';

/** A command the user can run. */
export interface AppCommand {
  readonly id: string;
  readonly label: StringKey;
  /** Display form, e.g. "Ctrl+Shift+P"; matched against key events by `matchesShortcut`. */
  readonly shortcut: string | null;
  /** Other keys for the same command (Ctrl+Y for redo, as on Windows and Linux). */
  readonly alsoKeys?: readonly string[];
  /** More words the palette finds it by (e.g. "dark" for the theme). */
  readonly keywords?: StringKey;
  readonly run: () => void;
}

/** A command the palette lists beside the global ones: one of the issue pane's, run on the selected paragraph. */
export interface PaletteCommand {
  readonly id: string;
  readonly label: StringKey;
  /** A role name put into the label ("Make it {role}"). */
  readonly role?: StringKey;
  /** The pane key that does the same, shown beside it (not matched globally: the pane handles it). */
  readonly hint: string;
  readonly run: () => void;
}

/** Ask for a file: the native dialog in Electron, the path field in the harness. */
export async function chooseAndOpen(): Promise<void> {
  const info = await galley().hostInfo();
  if (info.ok && info.value.nativeDialogs) {
    const picked = await galley().pickOpenPath();
    if (picked.ok && picked.value) await openPath(picked.value);
    return;
  }
  showDialog('open');
}

/** Ask for a folder of issues: the native dialog in Electron, the path field in the harness. */
export async function chooseFolder(): Promise<void> {
  const info = await galley().hostInfo();
  if (info.ok && info.value.nativeDialogs) {
    const picked = await galley().pickFolder();
    if (picked.ok && picked.value) await openWorkspace(picked.value);
    return;
  }
  showDialog('open-folder');
}

/** Run a review decision on the suggestion F8 is pointing at. */
function withActive(decide: (id: string) => void): void {
  const active = reviewStore.get().active;
  if (active) decide(active);
}

/** F8 / Shift+F8: point at the next or previous problem and give the keyboard to the review list. */
function reviewStep(delta: 1 | -1): void {
  stepProblem(delta);
  // The list is drawn once the suggestions view is shown (it may have been the worklist).
  requestAnimationFrame(focusReviewList);
}

/** The app's global commands (pane-local keys such as Alt+↑ are listed in `paneShortcuts`). */
export const appCommands: readonly AppCommand[] = [
  { id: 'open', label: 'open', shortcut: 'Ctrl+O', run: () => void chooseAndOpen() },
  { id: 'open-folder', label: 'openFolder', shortcut: 'Ctrl+Shift+O', run: () => void chooseFolder() },
  { id: 'next-issue', label: 'nextIssue', shortcut: 'Ctrl+Alt+N', run: () => void openNextIssue() },
  { id: 'export', label: 'export', shortcut: 'Ctrl+E', run: () => showDialog('export') },
  { id: 'issue-properties', label: 'issueProperties', shortcut: 'Ctrl+I', run: () => showDialog('issue-properties') },
  { id: 'undo', label: 'undo', shortcut: 'Ctrl+Z', run: () => void undo() },
  { id: 'redo', label: 'redo', shortcut: 'Ctrl+Shift+Z', alsoKeys: ['Ctrl+Y'], run: () => void redo() },
  { id: 'find', label: 'find', shortcut: 'Ctrl+F', run: openFind },
  { id: 'palette', label: 'palette', shortcut: 'Ctrl+Shift+P', run: () => showDialog('palette') },
  { id: 'shortcuts', label: 'shortcuts', shortcut: 'F1', run: () => showDialog('shortcuts') },
  { id: 'next-problem', label: 'nextProblem', shortcut: 'F8', run: () => reviewStep(1) },
  { id: 'prev-problem', label: 'prevProblem', shortcut: 'Shift+F8', run: () => reviewStep(-1) },
  { id: 'accept-active', label: 'accept', shortcut: 'Alt+A', run: () => withActive(acceptSuggestion) },
  { id: 'reject-active', label: 'reject', shortcut: 'Alt+X', run: () => withActive(rejectAndTell) },
  { id: 'print', label: 'print', shortcut: 'Ctrl+P', run: () => window.print() },
  { id: 'toggle-theme', label: 'theme', shortcut: null, keywords: 'paletteKeywordsTheme', run: toggleTheme },
  { id: 'toggle-language', label: 'languageLabel', shortcut: null, run: toggleLocale },
];

/** Keys that work in the structured issue pane. */
export const paneShortcuts: readonly { readonly label: StringKey; readonly shortcut: string }[] = [
  { label: 'selectNext', shortcut: '↓' },
  { label: 'selectPrev', shortcut: '↑' },
  { label: 'moveDown', shortcut: 'Alt+↓' },
  { label: 'moveUp', shortcut: 'Alt+↑' },
  { label: 'splitArticle', shortcut: 'Ctrl+Enter' },
  { label: 'mergeArticle', shortcut: 'Ctrl+Backspace' },
  { label: 'joinNext', shortcut: 'Ctrl+J' },
  { label: 'moveArticleUp', shortcut: 'Alt+Shift+↑' },
  { label: 'moveArticleDown', shortcut: 'Alt+Shift+↓' },
  { label: 'editText', shortcut: 'F2' },
  { label: 'splitParagraph', shortcut: 'Alt+Enter (F2)' },
  { label: 'setRole', shortcut: 'Alt+1…7' },
  { label: 'restore', shortcut: 'Alt+R' },
];

/** Run a command named by the host's menu. */
export function runMenuCommand(command: MenuCommand): void {
  appCommands.find((c) => c.id === command)?.run();
}

/** Whether a key event matches a shortcut string like "Ctrl+Shift+P" (Ctrl means Cmd on macOS too). */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1];
  const wantCtrl = parts.includes('Ctrl');
  const wantShift = parts.includes('Shift');
  const wantAlt = parts.includes('Alt');
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl !== wantCtrl || event.shiftKey !== wantShift || event.altKey !== wantAlt) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}
