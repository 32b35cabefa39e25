/** The UI language: follows navigator.language at start, switchable, remembered. */
import { useCallback } from 'react';
import { createStore, useStore } from '../stores/create-store';
import { format, type Locale, type StringKey } from './strings';

const storageKey = 'galley.locale';

/** The language to start with: a saved choice, else the OS/browser language (Chinese unless it is clearly not). */
export function initialLocale(saved: string | null, languages: readonly string[]): Locale {
  if (saved === 'zh' || saved === 'en') return saved;
  const first = languages[0]?.toLowerCase() ?? 'zh';
  return first.startsWith('en') ? 'en' : 'zh';
}

/** The current language. */
export const localeStore = createStore<Locale>(initialLocale(safeGet(storageKey), typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])));

/** Tell the page its language (screen readers, fonts); a no-op where there is no page (unit tests). */
function markPageLanguage(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
}

localeStore.subscribe(() => {
  const locale = localeStore.get();
  markPageLanguage(locale);
  safeSet(storageKey, locale);
});
markPageLanguage(localeStore.get());

/** Switch between Chinese and English. */
export function toggleLocale(): void {
  localeStore.set((l) => (l === 'zh' ? 'en' : 'zh'));
}

/** A translate function bound to the current language. */
export type Translate = (key: StringKey, values?: Readonly<Record<string, string | number>>) => string;

/** The current language's translate function. */
export function useT(): Translate {
  const locale = useStore(localeStore);
  return useCallback((key, values) => format(locale, key, values), [locale]);
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function safeSet(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be disabled; the choice then lasts for this session only.
  }
}
