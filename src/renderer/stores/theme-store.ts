/** Light or dark: follows the OS at start, switchable, remembered. */
import { createStore } from './create-store';

/** A UI theme. */
export type Theme = 'light' | 'dark';

const storageKey = 'galley.theme';

function startTheme(): Theme {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Fall through to the OS preference.
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The current theme. */
export const themeStore = createStore<Theme>(startTheme());

const apply = (): void => {
  document.documentElement.dataset.theme = themeStore.get();
  try {
    localStorage.setItem(storageKey, themeStore.get());
  } catch {
    // Not remembered; harmless.
  }
};
themeStore.subscribe(apply);
apply();

/** Switch between light and dark. */
export function toggleTheme(): void {
  themeStore.set((t) => (t === 'light' ? 'dark' : 'light'));
}
