/**
 * One key per decision: accept, reject or choose a candidate for the active suggestion, then point at
 * the next pending one. Each decision is one undo step (see session-store), named by history-label.
 */
import { activeEntries, type Command, type LogEntry, type Reason, type Session, type Suggestion } from '../../core';
import { format, strings, type Locale } from '../i18n/strings';
import { focusSuggestion, nextPendingAfter, reviewStore } from '../stores/review-store';
import { acceptSuggestion, acceptWith, sessionStore } from '../stores/session-store';
import { rejectAndTell } from './held-fixes';

/** The most candidates a key picks from (keys 1–3). */
export const maxCandidates = 3;

/** A candidate repair of a suggestion: its own command first, then the alternatives the engine weighed. */
export interface Candidate {
  readonly command: Command;
  readonly confidence: number;
  readonly reason: Suggestion['reason'];
  readonly ranges: Suggestion['ranges'];
}

/** The candidates keys 1–3 choose from, best first (1 is the suggestion itself). */
export function candidatesOf(suggestion: Suggestion): readonly Candidate[] {
  const own: Candidate = { command: suggestion.command, confidence: suggestion.confidence, reason: suggestion.reason, ranges: suggestion.ranges };
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
  rejectAndTell(suggestion.id);
  advanceFrom(suggestion.id);
  return true;
}

/** The undo label of choosing candidate `n`, in both languages. */
function candidateLabel(suggestion: Suggestion, n: number): Reason {
  const named = (locale: Locale): string => format(locale, 'cmdChooseAlternative', { n, kind: strings[locale][`kind-${suggestion.kind}`] });
  return { zh: named('zh'), en: named('en') };
}

/**
 * Apply candidate `n` (1-based) of the active suggestion and move on. Candidate 1 is the suggestion
 * itself; another replaces its command (session-store's acceptWith). False when there is no such
 * candidate or it cannot apply.
 */
export function chooseCandidate(n: number): boolean {
  const suggestion = activeSuggestion();
  const candidate = suggestion ? candidatesOf(suggestion)[n - 1] : undefined;
  if (!suggestion || !candidate) return false;
  if (n === 1) acceptSuggestion(suggestion.id);
  else if (!acceptWith(suggestion.id, candidate.command, candidateLabel(suggestion, n))) return false;
  advanceFrom(suggestion.id);
  return true;
}

/** Alternatives by command, per suggestion list (it stays the same object while the log grows). */
const alternativesByList = new WeakMap<readonly Suggestion[], ReadonlyMap<string, { readonly id: string; readonly n: number }>>();
/** A log entry's command as a key, per entry (entries are never changed once recorded). */
const entryKeys = new WeakMap<LogEntry, string>();

function alternativesOf(suggestions: readonly Suggestion[]): ReadonlyMap<string, { readonly id: string; readonly n: number }> {
  let byCommand = alternativesByList.get(suggestions);
  if (!byCommand) {
    const made = new Map<string, { readonly id: string; readonly n: number }>();
    for (const s of suggestions) {
      (s.alternatives ?? []).slice(0, maxCandidates - 1).forEach((a, i) => made.set(JSON.stringify(a.command), { id: s.id, n: i + 2 }));
    }
    alternativesByList.set(suggestions, (byCommand = made));
  }
  return byCommand;
}

/**
 * Which candidate (2 or more) is in effect for each suggestion whose alternative was chosen: accepted
 * with an alternative's command, or decided and followed by the editor's command that is one. Run on
 * every decision, so what does not change between decisions is kept.
 */
export function chosenCandidates(session: Session): ReadonlyMap<string, number> {
  const byCommand = alternativesOf(session.suggestions);
  const chosen = new Map<string, number>();
  if (byCommand.size === 0) return chosen;
  for (const entry of activeEntries(session)) {
    if (entry.type === 'reject') continue;
    let key = entryKeys.get(entry);
    if (key === undefined) entryKeys.set(entry, (key = JSON.stringify(entry.command)));
    const hit = byCommand.get(key);
    if (hit && (entry.type === 'command' || entry.suggestion === hit.id)) chosen.set(hit.id, hit.n);
  }
  return chosen;
}
