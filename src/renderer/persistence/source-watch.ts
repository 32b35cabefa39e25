/** Notices when the open source changes on disk (checked when the window regains focus). */
import { useEffect } from 'react';
import { galley } from '../galley';
import { createStore } from '../stores/create-store';
import { issueStore } from '../stores/issue-store';

/** 'unchanged' until a check finds the file changed or gone. */
export const sourceWatchStore = createStore<'unchanged' | 'changed' | 'missing'>('unchanged');

/** Check the open source now. */
export async function checkSource(): Promise<void> {
  const state = issueStore.get();
  if (state.status !== 'ready') return;
  const { path, size, mtimeMs, hash } = state.issue;
  const status = await galley().sourceStatus({ path, size, mtimeMs, hash });
  // Another issue may have been opened meanwhile; only report on the one that was checked.
  const now = issueStore.get();
  if (status.ok && now.status === 'ready' && now.issue.path === path && now.issue.hash === hash) sourceWatchStore.set(status.value);
}

/** Check on focus and visibility changes; reset when another issue opens. */
export function useSourceWatch(): void {
  useEffect(() => {
    const check = (): void => void checkSource();
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') check();
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisible);
    const off = issueStore.subscribe(() => {
      if (issueStore.get().status !== 'ready') sourceWatchStore.set('unchanged');
    });
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisible);
      off();
    };
  }, []);
}
