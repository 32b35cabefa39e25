/**
 * Keeps the editing session in the sidecar beside the source: restored on open (when the source is
 * unchanged), autosaved shortly after every change. A sidecar that does not match the source is
 * never replayed silently and never overwritten: the user is told where it is.
 */
import { parseSessionFile, serializeSession, sessionFromFile, type IssueDocument, type Session, type Suggestion } from '../../core';
import type { OpenedIssueDto } from '../../shared/ipc';
import { galley } from '../galley';
import { createStore } from '../stores/create-store';
import { sessionStore, startSession, startSessionFrom } from '../stores/session-store';

/** Where the autosave stands. */
export type SaveState = 'clean' | 'pending' | 'saving' | 'saved' | 'error' | 'off';

/** The autosave state, for the status bar. */
export const saveStateStore = createStore<{ readonly state: SaveState; readonly message: string | null }>({ state: 'clean', message: null });

/** What happened when an issue's stored session was looked up. */
export type RestoreOutcome =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'restored'; readonly steps: number }
  | { readonly kind: 'source-changed'; readonly path: string }
  | { readonly kind: 'damaged'; readonly message: string };

const delayMs = 600;
let target: OpenedIssueDto | null = null;
let baseline: Session | null = null;
let enabled = false;
let timer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;

/** Start the session of a freshly opened issue, from its sidecar when there is a matching one. */
export async function openSession(
  issue: OpenedIssueDto,
  initial: IssueDocument,
  suggestions: readonly Suggestion[],
  threshold: number,
): Promise<RestoreOutcome> {
  // The previous issue's pending change is saved before its session is replaced.
  await flushSession();
  target = issue;
  enabled = true;
  let outcome: RestoreOutcome = { kind: 'fresh' };
  const stored = await galley().loadSession(issue.path, issue.hash);
  if (!stored.ok) {
    // A damaged sidecar is kept as it is (node quarantines nothing silently); we start fresh and do not overwrite it.
    enabled = false;
    outcome = { kind: 'damaged', message: stored.error.message };
    startSession(initial, suggestions, threshold);
  } else if (stored.value === null) {
    startSession(initial, suggestions, threshold);
  } else if (!stored.value.sourceMatches) {
    enabled = false;
    outcome = { kind: 'source-changed', path: stored.value.path };
    startSession(initial, suggestions, threshold);
  } else {
    const parsed = parseSessionFile(stored.value.session);
    if (parsed.ok) {
      const session = sessionFromFile(initial, suggestions, parsed.value);
      startSessionFrom(session);
      outcome = { kind: 'restored', steps: session.log.length };
    } else {
      enabled = false;
      outcome = { kind: 'damaged', message: parsed.message };
      startSession(initial, suggestions, threshold);
    }
  }
  baseline = sessionStore.get().session;
  saveStateStore.set({ state: enabled ? 'clean' : 'off', message: null });
  return outcome;
}

async function saveNow(): Promise<void> {
  const session = sessionStore.get().session;
  const issue = target;
  if (!session || !issue || !enabled) return;
  saveStateStore.set({ state: 'saving', message: null });
  const saved = await galley().saveSession({
    sourcePath: issue.path,
    sourceHash: issue.hash,
    session: serializeSession(session) as unknown as Readonly<Record<string, unknown>>,
  });
  if (issue !== target) return;
  if (saved.ok) saveStateStore.set({ state: 'saved', message: saved.value.notice ?? saved.value.path });
  else saveStateStore.set({ state: 'error', message: saved.error.message });
  // A change made while saving is saved next.
  if (sessionStore.get().session !== session) schedule();
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  saveStateStore.set({ state: 'pending', message: null });
  timer = setTimeout(() => {
    timer = null;
    saving = (saving ?? Promise.resolve()).then(saveNow);
  }, delayMs);
}

sessionStore.subscribe(() => {
  const session = sessionStore.get().session;
  if (!enabled || !session || session === baseline) return;
  schedule();
});

/** Save a pending change now and wait for every save to finish (before the window closes). */
export async function flushSession(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
    saving = (saving ?? Promise.resolve()).then(saveNow);
  }
  await saving;
}
