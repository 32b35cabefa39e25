/** The open folder workspace: its issues with their status, refreshed when an issue is saved or exported. */
import type { WorkspaceDto } from '../../shared/ipc';
import { openPath } from '../actions';
import { galley } from '../galley';
import { saveStateStore } from '../persistence/session-persistence';
import { createStore } from '../stores/create-store';
import { issueStore } from '../stores/issue-store';
import { notifyKey } from '../stores/ui-store';
import { activeTab } from '../tabs/tabs-store';
import { nextIssue } from './next-issue';

/** The open workspace, or null. */
export const workspaceStore = createStore<WorkspaceDto | null>(null);

/** Open a folder as the workspace; its first issue not yet exported is opened too. */
export async function openWorkspace(folder: string): Promise<boolean> {
  const listed = await galley().listWorkspace(folder);
  if (!listed.ok) {
    issueStore.set((s) => ({ status: 'error', error: listed.error, previous: s.status === 'ready' ? s.issue : null }));
    return false;
  }
  workspaceStore.set(listed.value);
  return true;
}

/** List the workspace folder again (statuses change when an issue is first saved or exported). */
export async function refreshWorkspace(): Promise<void> {
  const current = workspaceStore.get();
  if (!current) return;
  const listed = await galley().listWorkspace(current.folder);
  // A folder that vanished keeps its last listing; the next open of one of its issues says what is wrong.
  if (listed.ok && workspaceStore.get()?.folder === current.folder) workspaceStore.set(listed.value);
}

/** Close the workspace panel (open tabs stay open). */
export function closeWorkspace(): void {
  workspaceStore.set(null);
}

/** Open the next issue of the workspace that is not exported yet. */
export async function openNextIssue(): Promise<boolean> {
  const workspace = workspaceStore.get();
  if (!workspace) return false;
  const next = nextIssue(workspace.issues, activeTab()?.path ?? null);
  if (!next) {
    notifyKey('nextIssueNone');
    return false;
  }
  return openPath(next.path);
}

// A 'new' issue becomes 'in review' when its first edit is saved: only then is the folder listed again.
saveStateStore.subscribe(() => {
  const workspace = workspaceStore.get();
  const path = activeTab()?.path;
  if (!workspace || saveStateStore.get().state !== 'saved' || !path) return;
  if (workspace.issues.some((i) => i.path === path && i.status === 'new')) void refreshWorkspace();
});
