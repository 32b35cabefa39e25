/**
 * One key per decision: accept, reject or choose a candidate for the active suggestion, then point at
 * the next pending one. Each decision is one undo step (see session-store), named by history-label.
 */
import type { Command, Suggestion } from '../../core';
import { focusSuggestion, nextPendingAfter, reviewStore } from '../stores/review-store';
import { acceptSuggestion, acceptWith, rejectSuggestion, sessionStore } from '../stores/session-store';

/** The most candidates a key picks from (keys 1–3). */
export const maxCandidates = 3;

/** A candidate repair of a suggestion: its own command first, then the alternatives the engine weighed. */
export interface Candidate {
  readonly command: Command;
  readonly confidence: number;
  readonly reason: Suggestion['reason'];
}

/** The candidates keys 1–3 choose from, best first (1 is the suggestion itself). */
export function candidatesOf(suggestion: Suggestion): readonly Candidate[] {
  const own: Candidate = { command: suggestion.command, confidence: suggestion.confidence, reason: suggestion.reason };
  return [own, ...(suggestion.alternatives ?? [])].slice(0, maxCandidates);
}

/** The active suggestion, if it still exists. */
function activeSuggestion(): Suggestion | null {
  const id = reviewStore.get().active;
  return sessionStore.get().session?.suggestions.find((s) => s.id === id) ?? null;
}

/** After a decision: point at the next pending suggestion. */
function advanceFrom(id: string): void {
  focusSuggestion(nextPendingAfter(id));
}

/** Accept the active suggestion and move on; false when none is active. */
export function acceptActive(): boolean {
  const suggestion = activeSuggestion();
  if (!suggestion) return false;
  acceptSuggestion(suggestion.id);
  advanceFrom(suggestion.id);
  return true;
}

/** Reject the active suggestion and move on; false when none is active. */
export function rejectActive(): boolean {
  const suggestion = activeSuggestion();
  if (!suggestion) return false;
  rejectSuggestion(suggestion.id);
  advanceFrom(suggestion.id);
  return true;
}

/**
 * Apply candidate `n` (1-based) of the active suggestion and move on. Candidate 1 is the suggestion
 * itself; another candidate replaces its command, which only a suggestion not in effect (pending or
 * rejected) can take: an applied one is rejected first. False when there is no such candidate.
 */
export function chooseCandidate(n: number): boolean {
  const suggestion = activeSuggestion();
  const candidate = suggestion ? candidatesOf(suggestion)[n - 1] : undefined;
  if (!suggestion || !candidate) return false;
  if (n === 1) acceptSuggestion(suggestion.id);
  else {
    const status = sessionStore.get().statuses.get(suggestion.id);
    if (status !== 'pending' && status !== 'rejected') return false;
    acceptWith(suggestion.id, candidate.command);
  }
  advanceFrom(suggestion.id);
  return true;
}
