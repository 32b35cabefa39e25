/** The opened issue file and the loading state. */
import type { OpenedIssueDto } from '../../shared/ipc';
import type { GalleyError } from '../../shared/result';
import type { LayoutKind } from '../../core/model';
import { createStore } from './create-store';

/** What the app is showing. */
export type IssueState =
  /** Nothing is open: the start screen shows. */
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  /** The file is read and shown; the worker is still analysing it. */
  | { readonly status: 'analysing'; readonly issue: OpenedIssueDto }
  | { readonly status: 'error'; readonly error: GalleyError; readonly previous: OpenedIssueDto | null }
  | { readonly status: 'ready'; readonly issue: OpenedIssueDto; readonly layout: LayoutKind; readonly blockCount: number };

/** The current issue. */
export const issueStore = createStore<IssueState>({ status: 'loading' });

/** The opened issue, if any (also while an error about a later open is shown). */
export function currentIssue(): OpenedIssueDto | null {
  const state = issueStore.get();
  if (state.status === 'ready') return state.issue;
  if (state.status === 'error') return state.previous;
  return null;
}
