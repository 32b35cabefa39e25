/**
 * The document being edited and its one undo history. The UI never mutates the document: it
 * dispatches commands (core's applyCommand); undo/redo step through immutable snapshots, so an undo
 * restores exactly what was there.
 */
import { applyCommand, type Command, type IssueDocument } from '../../core';
import { createStore } from './create-store';

/** One undoable step. */
export interface HistoryEntry {
  /** What the step did, as a command kind or a UI action (for the Edit menu label). */
  readonly label: HistoryLabel;
  readonly before: IssueDocument;
  readonly after: IssueDocument;
}

/** Names of undoable steps. */
export type HistoryLabel = Command['kind'] | 'accept' | 'reject' | 'accept-all';

/** The document and its history. */
export interface SessionState {
  readonly doc: IssueDocument | null;
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
  /** Why the last dispatched command did nothing, if it did nothing. */
  readonly problem: string | null;
}

/** The current session. */
export const sessionStore = createStore<SessionState>({ doc: null, undo: [], redo: [], problem: null });

/** Start a new session on a freshly opened document (history cleared). */
export function resetSession(doc: IssueDocument): void {
  sessionStore.set({ doc, undo: [], redo: [], problem: null });
}

/** Apply commands as one undoable step; returns whether anything changed. */
export function dispatch(commands: readonly Command[], label: HistoryLabel = commands[0]?.kind ?? 'set-meta'): boolean {
  const state = sessionStore.get();
  if (!state.doc) return false;
  let doc = state.doc;
  let problem: string | null = null;
  for (const command of commands) {
    const outcome = applyCommand(doc, command);
    if (outcome.applied) doc = outcome.doc;
    else problem = outcome.problem;
  }
  if (doc === state.doc) {
    sessionStore.set({ ...state, problem });
    return false;
  }
  sessionStore.set({
    doc,
    undo: [...state.undo, { label, before: state.doc, after: doc }],
    redo: [],
    problem,
  });
  return true;
}

/** Replace the document as one undoable step (for UI actions that are not single commands). */
export function commitDocument(doc: IssueDocument, label: HistoryLabel): void {
  const state = sessionStore.get();
  if (!state.doc || doc === state.doc) return;
  sessionStore.set({ doc, undo: [...state.undo, { label, before: state.doc, after: doc }], redo: [], problem: null });
}

/** Undo the last step. */
export function undo(): boolean {
  const state = sessionStore.get();
  const entry = state.undo[state.undo.length - 1];
  if (!entry) return false;
  sessionStore.set({ doc: entry.before, undo: state.undo.slice(0, -1), redo: [...state.redo, entry], problem: null });
  return true;
}

/** Redo the last undone step. */
export function redo(): boolean {
  const state = sessionStore.get();
  const entry = state.redo[state.redo.length - 1];
  if (!entry) return false;
  sessionStore.set({ doc: entry.after, undo: [...state.undo, entry], redo: state.redo.slice(0, -1), problem: null });
  return true;
}
