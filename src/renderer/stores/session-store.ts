/**
 * The editing session (core's Session: initial document, automatic fixes, the editor's log with a
 * cursor) and the document derived from it. The UI never mutates the document: it records commands
 * and decisions; undo/redo move the log's cursor, so there is one history for everything.
 */
import {
  accept,
  applyCommand,
  canRedo,
  canUndo,
  createSession,
  perform,
  redo as redoSession,
  reject,
  SessionReplayer,
  suggestionStatuses,
  undo as undoSession,
  type Command,
  type IssueDocument,
  type Reason,
  type Session,
  type Suggestion,
  type SuggestionStatus,
} from '../../core';
import { commandReason } from '../shell/history-label';
import { createStore } from './create-store';

/** The session and what is derived from it. */
export interface SessionView {
  readonly session: Session | null;
  readonly doc: IssueDocument | null;
  readonly statuses: ReadonlyMap<string, SuggestionStatus>;
  /** Steps that no longer applied when replayed, by step key, with why. */
  readonly skipped: ReadonlyMap<string, string>;
}

const empty: SessionView = { session: null, doc: null, statuses: new Map(), skipped: new Map() };

/** The current session. */
export const sessionStore = createStore<SessionView>(empty);

let replayer = new SessionReplayer();

function commit(session: Session): void {
  const state = replayer.stateOf(session);
  sessionStore.set({ session, doc: state.doc, statuses: suggestionStatuses(session), skipped: state.skipped });
}

/** Start a session on a freshly analysed issue: suggestions at or above the threshold apply automatically. */
export function startSession(initial: IssueDocument, suggestions: readonly Suggestion[], threshold: number): void {
  replayer = new SessionReplayer();
  commit(createSession(initial, suggestions, threshold));
}

/** Continue a stored session (restored from the sidecar). */
export function startSessionFrom(session: Session): void {
  replayer = new SessionReplayer();
  commit(session);
}

/** Apply an editor's command as one undoable step; returns false (and records nothing) if it cannot apply. */
export function dispatch(command: Command, label: Reason = commandReason(command.kind)): boolean {
  const { session, doc } = sessionStore.get();
  if (!session || !doc) return false;
  if (!applyCommand(doc, command).applied) return false;
  commit(perform(session, command, label));
  return true;
}

/** Accept a suggestion (undoable). */
export function acceptSuggestion(id: string): void {
  const { session } = sessionStore.get();
  if (session) commit(accept(session, id));
}

/** Reject a suggestion; an automatic one is taken back out of the document (undoable). */
export function rejectSuggestion(id: string): void {
  const { session } = sessionStore.get();
  if (session) commit(reject(session, id));
}

/** Accept every pending suggestion at or above a confidence; each acceptance is its own undo step. */
export function acceptAllAbove(threshold: number): number {
  const { session, statuses } = sessionStore.get();
  if (!session) return 0;
  let next = session;
  let count = 0;
  for (const s of session.suggestions) {
    if (s.confidence >= threshold && statuses.get(s.id) === 'pending') {
      next = accept(next, s.id);
      count++;
    }
  }
  if (count > 0) commit(next);
  return count;
}

/** Undo the last step. */
export function undo(): boolean {
  const { session } = sessionStore.get();
  if (!session || !canUndo(session)) return false;
  commit(undoSession(session));
  return true;
}

/** Redo the last undone step. */
export function redo(): boolean {
  const { session } = sessionStore.get();
  if (!session || !canRedo(session)) return false;
  commit(redoSession(session));
  return true;
}
