import type { Command, IssueDocument, Reason, Suggestion } from '../model';
import { applyCommands } from './apply';
import { automaticSuggestions } from './automatic';
import { aimOf } from './step-aim';

/** One thing the editor did, as stored in the history and the sidecar. */
export type LogEntry =
  | { readonly type: 'accept'; readonly suggestion: string; readonly command: Command }
  /**
   * `held`: the replay steps (suggestion ids, or `edit:<log index>` for editor commands) that depended on
   * the rejected fix (see `SessionReplayer.dependentsOf`); they stay out of the document while it is
   * rejected, and come back if it is accepted again.
   */
  | { readonly type: 'reject'; readonly suggestion: string; readonly held?: readonly string[] }
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
  const automatic = automaticSuggestions(suggestions, threshold).map((s) => ({ suggestion: s.id, command: s.command }));
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

/**
 * Reject a suggestion; an automatic or accepted one is taken back out of the document. `held` names the
 * steps that depended on it (`SessionReplayer.dependentsOf`): they are taken out with it, never replayed
 * against a document without it, and held suggestions wait in review as pending.
 */
export function reject(session: Session, suggestionId: string, held: readonly string[] = []): Session {
  // An unknown id would only add an undo step that does nothing.
  if (!commandOf(session, suggestionId)) return session;
  if (suggestionStatus(session, suggestionId) === 'rejected') return session;
  return record(session, held.length > 0 ? { type: 'reject', suggestion: suggestionId, held } : { type: 'reject', suggestion: suggestionId });
}

/**
 * The steps held out of the document, each with the rejected suggestion it depends on: held by a reject
 * in effect, until that suggestion is accepted again or the step itself is decided.
 */
export function heldSteps(session: Session): ReadonlyMap<string, string> {
  const holds = new Map<string, string>();
  for (const entry of activeEntries(session)) {
    if (entry.type === 'command') continue;
    holds.delete(entry.suggestion);
    if (entry.type === 'accept') {
      for (const [key, by] of holds) if (by === entry.suggestion) holds.delete(key);
    } else for (const key of entry.held ?? []) holds.set(key, entry.suggestion);
  }
  return holds;
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
  // A held fix is out of the document and waits for the editor.
  for (const key of heldSteps(session).keys()) if (statuses.has(key)) statuses.set(key, 'pending');
  return statuses;
}

/** The status of one suggestion. */
export function suggestionStatus(session: Session, suggestionId: string): SuggestionStatus {
  // As suggestionStatuses gives it, without a map of every suggestion (a 50 MB issue has 100 000).
  if (heldSteps(session).has(suggestionId)) return 'pending';
  let status: SuggestionStatus = planOf(session).automaticIds.has(suggestionId) ? 'automatic' : 'pending';
  for (const entry of activeEntries(session)) {
    if (entry.type !== 'command' && entry.suggestion === suggestionId) status = entry.type === 'accept' ? 'accepted' : 'rejected';
  }
  return status;
}

/** A command in the replay, with what it came from. */
export interface ReplayStep {
  /** A suggestion id, or `edit:<log index>` for an editor command. */
  readonly key: string;
  readonly command: Command;
}

/** A step with its place in the analysis's plan. */
interface RankedStep {
  readonly rank: number;
  readonly step: ReplayStep;
}

/** The plan of a session's suggestions and automatic fixes, which rarely change while the log grows. */
interface Plan {
  readonly automatic: readonly AutomaticFix[];
  readonly ranks: ReadonlyMap<string, number>;
  /** The automatic fixes as steps, in plan order. */
  readonly automaticSteps: readonly RankedStep[];
  readonly automaticIds: ReadonlySet<string>;
}

/** Plans by suggestion list: replaySteps runs on every decision, and a large issue has thousands of fixes. */
const plans = new WeakMap<readonly Suggestion[], Plan>();

/**
 * Where each suggestion stands in the analysis's plan: its index in the suggestions; an automatic fix a
 * newer analysis no longer proposes stands right after the automatic fix stored before it (the stored
 * fixes were a plan in that order); anything else stands last.
 */
function planOf(session: Session): Plan {
  const cached = plans.get(session.suggestions);
  if (cached && cached.automatic === session.automatic) return cached;
  const ranks = new Map<string, number>();
  session.suggestions.forEach((s, i) => ranks.set(s.id, i));
  let previous = -1;
  session.automatic.forEach((fix, j) => {
    const known = ranks.get(fix.suggestion);
    if (known !== undefined) previous = known;
    else ranks.set(fix.suggestion, previous + (j + 1) / (session.automatic.length + 1));
  });
  const automaticSteps = session.automatic.map((fix) => ({ rank: ranks.get(fix.suggestion) ?? Infinity, step: { key: fix.suggestion, command: fix.command } }));
  const automaticIds = new Set(session.automatic.map((fix) => fix.suggestion));
  const plan = { automatic: session.automatic, ranks, automaticSteps: sortedByRank(automaticSteps), automaticIds };
  plans.set(session.suggestions, plan);
  return plan;
}

/** Steps in plan order; stable, so steps unknown to the plan keep the order they came in. */
function sortedByRank(steps: RankedStep[]): RankedStep[] {
  for (let i = 1; i < steps.length; i++) if (steps[i - 1].rank > steps[i].rank) return steps.sort((a, b) => a.rank - b.rank);
  return steps;
}

/**
 * The commands in effect, in order. Suggestions in effect (automatic and not rejected, or accepted)
 * replay in the analysis's order, which is a consistent plan: re-accepting a rejected suggestion puts
 * it back where it stood, so the document is exactly what it was before the reject. Editor commands
 * replay in log order, and a suggestion never moves ahead of an editor command recorded before it was
 * first accepted: that command was made on a document without it (and edit-text stores the whole new
 * text, so replaying it after a join it never saw would throw the joined text away). Automatic fixes
 * and suggestions accepted before any editor command therefore replay purely in suggestion order.
 */
export function replaySteps(session: Session): readonly ReplayStep[] {
  const plan = planOf(session);
  /** The last decision on each suggestion decided in the log. */
  const accepted = new Map<string, boolean>();
  /** Per accepted suggestion: the editor commands before its first accept, and the accepted command. */
  const firstAccept = new Map<string, { readonly edits: number; readonly command: Command }>();
  const edits: ReplayStep[] = [];
  const held = heldSteps(session);
  const entries = activeEntries(session);
  entries.forEach((entry, index) => {
    // A held editor command keeps its place among the edits (groups count them) but does not replay.
    if (entry.type === 'command') edits.push({ key: `edit:${index}`, command: entry.command });
    else {
      accepted.set(entry.suggestion, entry.type === 'accept');
      if (entry.type === 'accept' && !firstAccept.has(entry.suggestion)) firstAccept.set(entry.suggestion, { edits: edits.length, command: entry.command });
    }
  });
  // groups[g]: the suggestions that replay after the first g editor commands. Automatic fixes stand in
  // group 0 even when re-accepted after a reject: that is where they stood.
  const groups: RankedStep[][] = [plan.automaticSteps.filter((s) => accepted.get(s.step.key) !== false && !held.has(s.step.key))];
  for (let g = 0; g < edits.length; g++) groups.push([]);
  const added = new Set<number>();
  for (const [suggestion, first] of firstAccept) {
    if (!accepted.get(suggestion) || plan.automaticIds.has(suggestion) || held.has(suggestion)) continue;
    groups[first.edits].push({ rank: plan.ranks.get(suggestion) ?? Infinity, step: { key: suggestion, command: first.command } });
    added.add(first.edits);
  }
  const steps: ReplayStep[] = [];
  groups.forEach((group, g) => {
    for (const { step } of added.has(g) ? sortedByRank(group) : group) steps.push(step);
    if (g < edits.length && !held.has(edits[g].key)) steps.push(edits[g]);
  });
  return steps;
}

/** The document after replaying, and the steps that no longer applied (with why). */
export interface SessionState {
  readonly doc: IssueDocument;
  readonly skipped: ReadonlyMap<string, string>;
}

/**
 * Steps between kept documents by default: a change at step k replays at most this many steps before
 * it, and each kept document costs a copy of the arrays the next steps change.
 */
export const CHECKPOINT_EVERY = 256;

/**
 * Replays sessions and remembers the document after every `checkpointEvery`-th step (and after the
 * last), so an edit at the end of a long history costs one command, and a decision at step k replays
 * from the nearest kept document before it. Keeping every step's document would hold thousands of
 * large documents and spend the replay collecting garbage.
 */
export class SessionReplayer {
  private steps: ReplayStep[] = [];
  /** The problem of each step (null when it applied). */
  private problems: (string | null)[] = [];
  /** The aim of each step on the document it was applied to (see step-aim.ts; null: none). */
  private aims: (string | null)[] = [];
  /** Kept documents: after step `step` (-1: the initial document). */
  private checkpoints: { readonly step: number; readonly doc: IssueDocument }[] = [];
  private initial: IssueDocument | null = null;

  constructor(private readonly checkpointEvery: number = CHECKPOINT_EVERY) {}

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
      this.checkpoints = [{ step: -1, doc: session.initial }];
    }
    // Resume from the last document kept within the common prefix.
    while (this.checkpoints.length > 1 && this.checkpoints[this.checkpoints.length - 1].step >= common) this.checkpoints.pop();
    const resume = this.checkpoints[this.checkpoints.length - 1];
    const from = resume.step + 1;
    // Steps, problems and aims grow together with the kept documents, so the cache stays consistent even if a step throws.
    this.steps.length = from;
    this.problems.length = from;
    this.aims.length = from;
    const last = steps.length - 1;
    const doc = applyCommands(
      resume.doc,
      steps.slice(from).map((step) => step.command),
      (i) => this.isKept(steps, from + i, last),
      (i, outcome) => {
        this.steps.push(steps[from + i]);
        this.problems.push(outcome.applied ? null : outcome.problem);
        const step = from + i;
        if (this.isKept(steps, step, last)) this.checkpoints.push({ step, doc: outcome.doc });
      },
      (i, before) => {
        this.aims.push(aimOf(before, steps[from + i].command));
        return true;
      },
    );
    const skipped = new Map<string, string>();
    steps.forEach((step, i) => {
      const problem = this.problems[i];
      if (problem) skipped.set(step.key, problem);
    });
    return { doc, skipped };
  }

  /**
   * The steps of `session` that depend on step `key` (a suggestion id, or `edit:<log index>`), in replay
   * order: replayed without it, each would act elsewhere than it did (a different article, a different
   * field displaced; see step-aim.ts). Found by replaying from the kept document before `key` without
   * it, leaving out each dependent as it is found, so that dependents of dependents are found too. That
   * replay is the document of the session with the step rejected and its dependents held (`reject`), so
   * it is remembered: the replay of that session right after costs nothing. Empty when the step is not
   * in effect or did not apply.
   */
  dependentsOf(session: Session, key: string): string[] {
    this.stateOf(session);
    const index = this.steps.findIndex((step) => step.key === key);
    if (index < 0 || this.problems[index] !== null) return [];
    let c = this.checkpoints.length - 1;
    while (this.checkpoints[c].step >= index) c--;
    const resume = this.checkpoints[c];
    const from = resume.step + 1;
    const old = { steps: this.steps, aims: this.aims };
    const steps = old.steps.slice(0, from);
    const problems = this.problems.slice(0, from);
    const aims = old.aims.slice(0, from);
    const held: string[] = [];
    const leftOut = new Set<number>();
    // Cleared first: if a step throws, the cache holds only what is consistent (the documents up to `c`).
    this.steps = steps.slice();
    this.problems = problems.slice();
    this.aims = aims.slice();
    this.checkpoints.length = c + 1;
    const doc = applyCommands(
      resume.doc,
      old.steps.slice(from).map((step) => step.command),
      () => false,
      (i, outcome) => {
        if (leftOut.has(i)) return;
        steps.push(old.steps[from + i]);
        problems.push(outcome.applied ? null : outcome.problem);
      },
      (i, before) => {
        const step = from + i;
        const aim = old.aims[step];
        const same = step < index || (step > index && (aim === null || aimOf(before, old.steps[step].command) === aim));
        if (same) aims.push(aim);
        else {
          leftOut.add(i);
          if (step > index) held.push(old.steps[step].key);
        }
        return same;
      },
    );
    this.steps = steps;
    this.problems = problems;
    this.aims = aims;
    if (steps.length > from) this.checkpoints.push({ step: steps.length - 1, doc });
    return held;
  }

  /**
   * Whether the document after `step` is kept: every `checkpointEvery`-th step and the last, but not
   * inside a run of article splits or of joins and text removals, which `applyCommands` applies as one
   * block only between kept documents; the document right after such a run is kept instead.
   */
  private isKept(steps: readonly ReplayStep[], step: number, last: number): boolean {
    if (step === last) return true;
    const family = blockFamily(steps[step].command);
    if (family !== null && family === blockFamily(steps[step + 1].command)) return false;
    // The end of a run is kept too: a decision after it then starts there, not before the run.
    return step % this.checkpointEvery === this.checkpointEvery - 1 || family !== null;
  }
}

/** Which run of commands `applyCommands` applies as one block a command belongs to, if any. */
function blockFamily(command: Command): 'split' | 'edit' | null {
  if (command.kind === 'split-article') return 'split';
  return command.kind === 'join' || command.kind === 'remove-text' ? 'edit' : null;
}

/** The current document of a session, replayed from scratch. */
export function documentOf(session: Session): IssueDocument {
  return new SessionReplayer().stateOf(session).doc;
}
