import type { Command, IssueDocument, Reason, Suggestion } from '../model';
import { applyCommand } from './apply';

/** One thing the editor did, as stored in the history and the sidecar. */
export type LogEntry =
  | { readonly type: 'accept'; readonly suggestion: string; readonly command: Command }
  | { readonly type: 'reject'; readonly suggestion: string }
  | { readonly type: 'command'; readonly command: Command; readonly label: Reason };

/** A suggestion applied automatically when the issue was opened. */
export interface AutomaticFix {
  readonly suggestion: string;
  readonly command: Command;
}

/** Where a suggestion stands in review. */
export type SuggestionStatus = 'automatic' | 'accepted' | 'rejected' | 'pending';

/**
 * An editing session: the unrepaired document, the automatic fixes made on open and the editor's log.
 * The current document is derived by replaying; undo/redo move a cursor through the log.
 */
export interface Session {
  readonly initial: IssueDocument;
  readonly suggestions: readonly Suggestion[];
  readonly threshold: number;
  readonly automatic: readonly AutomaticFix[];
  readonly log: readonly LogEntry[];
  /** Entries before the cursor are in effect; those after it can be redone. */
  readonly cursor: number;
}

/** Open a session: suggestions at or above the threshold are applied automatically, in order. */
export function createSession(initial: IssueDocument, suggestions: readonly Suggestion[], threshold: number): Session {
  const automatic = suggestions
    .filter((s) => s.confidence >= threshold)
    .map((s) => ({ suggestion: s.id, command: s.command }));
  return { initial, suggestions, threshold, automatic, log: [], cursor: 0 };
}

/** Restore a session from stored automatic fixes and a log (a sidecar); the cursor defaults to the end. */
export function restoreSession(
  initial: IssueDocument,
  suggestions: readonly Suggestion[],
  threshold: number,
  automatic: readonly AutomaticFix[],
  log: readonly LogEntry[],
  cursor: number = log.length,
): Session {
  // A stored cursor is clamped so a hand-edited sidecar cannot point outside the log.
  const clamped = Number.isSafeInteger(cursor) ? Math.min(Math.max(cursor, 0), log.length) : log.length;
  return { initial, suggestions, threshold, automatic, log, cursor: clamped };
}

/** Record an entry; anything that could be redone is dropped, as in every editor. */
export function record(session: Session, entry: LogEntry): Session {
  return { ...session, log: [...session.log.slice(0, session.cursor), entry], cursor: session.cursor + 1 };
}

/**
 * The command of a suggestion: from the current suggestions, else from the automatic fixes (a restored
 * session may carry automatic fixes that a newer analysis no longer proposes).
 */
function commandOf(session: Session, suggestionId: string): Command | null {
  const suggestion = session.suggestions.find((s) => s.id === suggestionId);
  if (suggestion) return suggestion.command;
  return session.automatic.find((fix) => fix.suggestion === suggestionId)?.command ?? null;
}

/** Accept a suggestion (pending or rejected). */
export function accept(session: Session, suggestionId: string): Session {
  const command = commandOf(session, suggestionId);
  if (!command) return session;
  const status = suggestionStatus(session, suggestionId);
  if (status === 'accepted' || status === 'automatic') return session;
  return record(session, { type: 'accept', suggestion: suggestionId, command });
}

/** Reject a suggestion; an automatic or accepted one is taken back out of the document. */
export function reject(session: Session, suggestionId: string): Session {
  // An unknown id would only add an undo step that does nothing.
  if (!commandOf(session, suggestionId)) return session;
  if (suggestionStatus(session, suggestionId) === 'rejected') return session;
  return record(session, { type: 'reject', suggestion: suggestionId });
}

/** Apply an editor's command, with a label for the Edit menu. */
export function perform(session: Session, command: Command, label: Reason): Session {
  return record(session, { type: 'command', command, label });
}

/** Whether undo has something to undo. */
export function canUndo(session: Session): boolean {
  return session.cursor > 0;
}

/** Whether redo has something to redo. */
export function canRedo(session: Session): boolean {
  return session.cursor < session.log.length;
}

/** Step back one entry. */
export function undo(session: Session): Session {
  return canUndo(session) ? { ...session, cursor: session.cursor - 1 } : session;
}

/** Step forward one entry. */
export function redo(session: Session): Session {
  return canRedo(session) ? { ...session, cursor: session.cursor + 1 } : session;
}

/** The entries in effect. */
export function activeEntries(session: Session): readonly LogEntry[] {
  return session.log.slice(0, session.cursor);
}

/** The entry undo would take back, if any. */
export function undoEntry(session: Session): LogEntry | null {
  return canUndo(session) ? session.log[session.cursor - 1] : null;
}

/** The entry redo would bring back, if any. */
export function redoEntry(session: Session): LogEntry | null {
  return canRedo(session) ? session.log[session.cursor] : null;
}

/** The status of every suggestion, after the entries in effect. */
export function suggestionStatuses(session: Session): ReadonlyMap<string, SuggestionStatus> {
  const statuses = new Map<string, SuggestionStatus>();
  for (const s of session.suggestions) statuses.set(s.id, 'pending');
  for (const fix of session.automatic) statuses.set(fix.suggestion, 'automatic');
  for (const entry of activeEntries(session)) {
    if (entry.type === 'accept') statuses.set(entry.suggestion, 'accepted');
    else if (entry.type === 'reject') statuses.set(entry.suggestion, 'rejected');
  }
  return statuses;
}

/** The status of one suggestion. */
export function suggestionStatus(session: Session, suggestionId: string): SuggestionStatus {
  return suggestionStatuses(session).get(suggestionId) ?? 'pending';
}

/** A command in the replay, with what it came from. */
export interface ReplayStep {
  /** A suggestion id, or `edit:<log index>` for an editor command. */
  readonly key: string;
  readonly command: Command;
}

/**
 * The commands in effect, in order: automatic fixes first, then the log. A rejected suggestion's
 * command is left out wherever it stood; commands after it replay on top of what remains.
 */
export function replaySteps(session: Session): readonly ReplayStep[] {
  const entries = activeEntries(session);
  const lastDecision = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (entry.type !== 'command') lastDecision.set(entry.suggestion, index);
  });
  const steps: ReplayStep[] = [];
  for (const fix of session.automatic) {
    const decided = lastDecision.get(fix.suggestion);
    if (decided === undefined) steps.push({ key: fix.suggestion, command: fix.command });
  }
  entries.forEach((entry, index) => {
    if (entry.type === 'command') steps.push({ key: `edit:${index}`, command: entry.command });
    else if (entry.type === 'accept' && lastDecision.get(entry.suggestion) === index)
      steps.push({ key: entry.suggestion, command: entry.command });
  });
  return steps;
}

/** The document after replaying, and the steps that no longer applied (with why). */
export interface SessionState {
  readonly doc: IssueDocument;
  readonly skipped: ReadonlyMap<string, string>;
}

/**
 * Replays sessions and remembers the documents after each step, so an edit at the end of a long
 * history costs one command, and a rejection only replays what follows it.
 */
export class SessionReplayer {
  private steps: ReplayStep[] = [];
  private docs: IssueDocument[] = [];
  private problems: (string | null)[] = [];
  private initial: IssueDocument | null = null;

  /** The current document of a session. */
  stateOf(session: Session): SessionState {
    const steps = replaySteps(session);
    let common = 0;
    if (this.initial === session.initial) {
      const limit = Math.min(steps.length, this.steps.length);
      while (common < limit && steps[common].key === this.steps[common].key && steps[common].command === this.steps[common].command)
        common++;
    } else {
      this.initial = session.initial;
    }
    // Steps, documents and problems grow together, so the cache stays consistent even if a step throws.
    this.steps.length = common;
    this.docs.length = common;
    this.problems.length = common;
    let doc = common > 0 ? this.docs[common - 1] : session.initial;
    for (let i = common; i < steps.length; i++) {
      const outcome = applyCommand(doc, steps[i].command);
      doc = outcome.doc;
      this.docs.push(doc);
      this.problems.push(outcome.applied ? null : outcome.problem);
      this.steps.push(steps[i]);
    }
    const skipped = new Map<string, string>();
    steps.forEach((step, i) => {
      const problem = this.problems[i];
      if (problem) skipped.set(step.key, problem);
    });
    return { doc, skipped };
  }
}

/** The current document of a session, replayed from scratch. */
export function documentOf(session: Session): IssueDocument {
  return new SessionReplayer().stateOf(session).doc;
}
