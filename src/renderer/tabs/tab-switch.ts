/**
 * Several issues open at once. The stores hold the shown issue; the others are parked here with
 * everything that makes them theirs (issue, session and undo groups, autosave target), and brought
 * back when their tab is chosen. Leaving a tab saves its pending change first.
 */
import { parkPersistence, resumePersistence, type PersistenceSnapshot } from '../persistence/session-persistence';
import { sourceWatchStore, checkSource } from '../persistence/source-watch';
import { disposeModel } from '../source/model-registry';
import { issueStore, type IssueState } from '../stores/issue-store';
import { focusSuggestion } from '../stores/review-store';
import { selectParagraph } from '../stores/selection-store';
import { notify } from '../stores/ui-store';
import { openErrorStore } from '../stores/open-error-store';
import { captureSession, restoreSession, type SessionSnapshot } from '../stores/session-store';
import { activeTab, tabsStore, type TabInfo } from './tabs-store';

interface ParkedTab {
  readonly issue: IssueState;
  readonly session: SessionSnapshot;
  readonly persistence: PersistenceSnapshot;
}

const parked = new Map<string, ParkedTab>();
let nextId = 1;

/** Whether the shown issue is still being read or analysed (its tab cannot be left half-made). */
export function tabBusy(): boolean {
  const status = issueStore.get().status;
  return status === 'loading' || status === 'analysing';
}

// The last ready state of each tab: an open that failed shows its error over the tab's own issue, and
// that issue (not the error) is what is parked.
const lastReady = new Map<string, IssueState>();
issueStore.subscribe(() => {
  const tab = activeTab();
  const state = issueStore.get();
  if (tab && state.status === 'ready') lastReady.set(tab.id, state);
});

async function parkActive(): Promise<void> {
  const tab = activeTab();
  if (!tab) return;
  const persistence = await parkPersistence();
  const issue = issueStore.get();
  const own = issue.status === 'error' ? (lastReady.get(tab.id) ?? { status: 'empty' as const }) : issue;
  parked.set(tab.id, { issue: own, session: captureSession(), persistence });
}

function show(id: string | null): void {
  const entry = id === null ? undefined : parked.get(id);
  if (id !== null) parked.delete(id);
  resumePersistence(entry?.persistence ?? null, entry?.session.view.session ?? null);
  restoreSession(entry?.session ?? null);
  selectParagraph(null, 'issue');
  focusSuggestion(null);
  // A notice (or a failed open) is about the issue it was given for: it does not follow to another tab.
  notify(null);
  openErrorStore.set(null);
  sourceWatchStore.set('unchanged');
  issueStore.set(entry?.issue ?? { status: 'empty' });
  tabsStore.set((s) => ({ ...s, active: id }));
  if (entry) void checkSource();
}

/** Open a new tab for an issue about to be shown (the current one is parked, its change saved). */
export async function addTab(path: string, name: string): Promise<void> {
  await parkActive();
  const tab: TabInfo = { id: `tab-${nextId++}`, path, name };
  tabsStore.set((s) => ({ tabs: [...s.tabs, tab], active: tab.id }));
}

/** Show another open tab. */
export async function activateTab(id: string): Promise<void> {
  if (tabsStore.get().active === id || tabBusy()) return;
  await parkActive();
  show(id);
}

/** Close a tab: its pending change is saved and its Monaco model disposed; a neighbour (or the start screen) shows. */
export async function closeTab(id: string): Promise<void> {
  const { tabs, active } = tabsStore.get();
  const index = tabs.findIndex((t) => t.id === id);
  if (index < 0 || (id === active && tabBusy())) return;
  const tab = tabs[index];
  if (id === active) {
    // Parking flushes the save; the parked state is then dropped with the tab.
    await parkActive();
    parked.delete(id);
  } else {
    parked.delete(id);
  }
  lastReady.delete(id);
  disposeModel(tab.path);
  const rest = tabs.filter((t) => t.id !== id);
  tabsStore.set({ tabs: rest, active: id === active ? null : active });
  if (id === active) show(rest[Math.min(index, rest.length - 1)]?.id ?? null);
}

/** Rename a tab's path after its issue was reopened (the same file, so only the name may differ). */
export function updateTab(id: string, path: string, name: string): void {
  tabsStore.set((s) => ({ ...s, tabs: s.tabs.map((t) => (t.id === id ? { ...t, path, name } : t)) }));
}
