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
  heldSteps,
  perform,
  record,
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
import { keepUnchanged } from './keep-unchanged';

/** The session and what is derived from it. */
export interface SessionView {
  readonly session: Session | null;
  readonly doc: IssueDocument | null;
  readonly statuses: ReadonlyMap<string, SuggestionStatus>;
  /** Steps that no longer applied when replayed, by step key, with why. */
  readonly skipped: ReadonlyMap<string, string>;
  /** Steps held out with a rejected fix they depend on, by step key, with that fix's suggestion id. */
  readonly held: ReadonlyMap<string, string>;
}

const empty: SessionView = { session: null, doc: null, statuses: new Map(), skipped: new Map(), held: new Map() };

/** The current session. */
export const sessionStore = createStore<SessionView>(empty);

let replayer = new SessionReplayer();

// Steps recorded together (accept all) undo and redo together. Core's log keeps one entry per
// decision (what the sidecar stores); these groups are the UI's view of it, keyed by log position.
let groupsByEnd = new Map<number, number>();
let groupsByStart = new Map<number, number>();

function forgetGroupsAfter(cursor: number): void {
  for (const [end, size] of groupsByEnd) {
    if (end > cursor) {
      groupsByEnd.delete(end);
      groupsByStart.delete(end - size);
    }
  }
}

function commit(session: Session): void {
  const state = replayer.stateOf(session);
  const doc = keepUnchanged(sessionStore.get().doc, state.doc);
  sessionStore.set({ session, doc, statuses: suggestionStatuses(session), skipped: state.skipped, held: heldSteps(session) });
}

/** Start a session on a freshly analysed issue: suggestions at or above the threshold apply automatically. */
export function startSession(initial: IssueDocument, suggestions: readonly Suggestion[], threshold: number): void {
  replayer = new SessionReplayer();
  groupsByEnd = new Map();
  groupsByStart = new Map();
  commit(createSession(initial, suggestions, threshold));
}

/** Continue a stored session (restored from the sidecar). */
export function startSessionFrom(session: Session): void {
  replayer = new SessionReplayer();
  groupsByEnd = new Map();
  groupsByStart = new Map();
  commit(session);
}

/** Apply an editor's command as one undoable step; returns false (and records nothing) if it cannot apply. */
export function dispatch(command: Command, label: Reason = commandReason(command.kind)): boolean {
  const { session, doc } = sessionStore.get();
  if (!session || !doc) return false;
  if (!applyCommand(doc, command).applied) return false;
  forgetGroupsAfter(session.cursor);
  commit(perform(session, command, label));
  return true;
}

/**
 * Apply several editor commands as one undo step (replace all); commands that cannot apply are left out.
 * Returns how many applied.
 */
export function dispatchAll(commands: readonly Command[], label: Reason): number {
  const { session, doc } = sessionStore.get();
  if (!session || !doc) return 0;
  let next = session;
  let current = doc;
  let count = 0;
  for (const command of commands) {
    const outcome = applyCommand(current, command);
    if (!outcome.applied) continue;
    current = outcome.doc;
    next = perform(next, command, label);
    count++;
  }
  if (count === 0) return 0;
  forgetGroupsAfter(session.cursor);
  markGroup(session.cursor, next.cursor);
  commit(next);
  return count;
}

/** Steps from `start` to `end` of the log undo and redo together (nothing to do for a single step). */
function markGroup(start: number, end: number): void {
  if (end - start < 2) return;
  groupsByEnd.set(end, end - start);
  groupsByStart.set(start, end - start);
}

/** Accept a suggestion (undoable). */
export function acceptSuggestion(id: string): void {
  const { session } = sessionStore.get();
  if (!session) return;
  forgetGroupsAfter(session.cursor);
  commit(accept(session, id));
}

/**
 * Apply another command the engine weighed for a suggestion (one of its alternatives) instead of its
 * own, as one undo step. A pending suggestion is accepted with that command (it keeps its place in the
 * plan). A decided one (automatic, accepted or rejected) is rejected if in effect and the alternative
 * is recorded as the editor's command, labelled `label`; the two entries undo and redo together.
 * False (nothing recorded) when the alternative cannot apply.
 */
export function acceptWith(id: string, command: Command, label: Reason): boolean {
  const { session, statuses, doc } = sessionStore.get();
  const status = statuses.get(id);
  if (!session || !doc || status === undefined) return false;
  if (status === 'pending') {
    if (!applyCommand(doc, command).applied) return false;
    forgetGroupsAfter(session.cursor);
    commit(record(session, { type: 'accept', suggestion: id, command }));
    return true;
  }
  // Replay takes a suggestion's first accepted command, and an automatic fix's own: once decided,
  // the alternative is the editor's command beside the rejected suggestion.
  forgetGroupsAfter(session.cursor);
  const without = status === 'rejected' ? session : reject(session, id, replayer.dependentsOf(session, id));
  if (!applyCommand(replayer.stateOf(without).doc, command).applied) return false;
  const next = perform(without, command, label);
  markGroup(session.cursor, next.cursor);
  commit(next);
  return true;
}

/**
 * Reject a suggestion; an automatic one is taken back out of the document (undoable), together with the
 * steps that depend on it (they would act on another article without it). Returns those steps' keys.
 */
export function rejectSuggestion(id: string): string[] {
  const { session } = sessionStore.get();
  if (!session) return [];
  const held = replayer.dependentsOf(session, id);
  forgetGroupsAfter(session.cursor);
  commit(reject(session, id, held));
  return held;
}

/** Accept every pending suggestion at or above a confidence, as one undo step. */
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
  if (count > 0) {
    forgetGroupsAfter(session.cursor);
    markGroup(session.cursor, next.cursor);
    commit(next);
  }
  return count;
}

/** Undo the last step. */
export function undo(): boolean {
  const { session } = sessionStore.get();
  if (!session || !canUndo(session)) return false;
  let next = session;
  for (let i = groupsByEnd.get(session.cursor) ?? 1; i > 0; i--) next = undoSession(next);
  commit(next);
  return true;
}

/** Redo the last undone step. */
export function redo(): boolean {
  const { session } = sessionStore.get();
  if (!session || !canRedo(session)) return false;
  let next = session;
  for (let i = groupsByStart.get(session.cursor) ?? 1; i > 0; i--) next = redoSession(next);
  commit(next);
  return true;
}

/** How many log entries the next undo (or redo) takes back (more than one for a grouped step). */
export function groupSize(direction: 'undo' | 'redo', cursor: number): number {
  return (direction === 'undo' ? groupsByEnd.get(cursor) : groupsByStart.get(cursor)) ?? 1;
}

/** Everything this store holds for one issue, so a tab can park its issue and bring it back (undo groups included). */
export interface SessionSnapshot {
  readonly view: SessionView;
  readonly replayer: SessionReplayer;
  readonly groupsByEnd: Map<number, number>;
  readonly groupsByStart: Map<number, number>;
}

/** The current issue's session, to park while another tab is shown. */
export function captureSession(): SessionSnapshot {
  return { view: sessionStore.get(), replayer, groupsByEnd, groupsByStart };
}

/** Bring back a parked session, or clear the store (null) when no issue is open. */
export function restoreSession(snapshot: SessionSnapshot | null): void {
  replayer = snapshot?.replayer ?? new SessionReplayer();
  groupsByEnd = snapshot?.groupsByEnd ?? new Map();
  groupsByStart = snapshot?.groupsByStart ?? new Map();
  sessionStore.set(snapshot?.view ?? empty);
}
