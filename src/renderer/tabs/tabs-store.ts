/** The open issues, one tab each, and which one is shown. */
import { createStore } from '../stores/create-store';

/** One open issue's tab. */
export interface TabInfo {
  readonly id: string;
  /** The absolute path: opening it again focuses this tab. */
  readonly path: string;
  readonly name: string;
}

/** The tab strip's state. */
export interface TabsState {
  readonly tabs: readonly TabInfo[];
  readonly active: string | null;
}

/** The open tabs. */
export const tabsStore = createStore<TabsState>({ tabs: [], active: null });

/** The tab showing a path, if one is open. */
export function findTab(path: string): TabInfo | null {
  return tabsStore.get().tabs.find((t) => t.path === path) ?? null;
}

/** The tab being shown, if any. */
export function activeTab(): TabInfo | null {
  const { tabs, active } = tabsStore.get();
  return tabs.find((t) => t.id === active) ?? null;
}
