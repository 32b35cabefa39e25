/**
 * Keeps the editing session in the sidecar beside the source: restored on open (when the source is
 * unchanged), autosaved shortly after every change. A sidecar that does not match the source is
 * never replayed silently and never overwritten: the user is told where it is.
 */
import { createSession, parseSessionFile, serializeSession, sessionFromFile, type IssueDocument, type Session, type Suggestion } from '../../core';
import type { OpenedIssueDto, StoredSession } from '../../shared/ipc';
import type { Result } from '../../shared/result';
import { galley } from '../galley';
import { createStore } from '../stores/create-store';
import { sessionStore, startSession, startSessionFrom } from '../stores/session-store';

/** Where the autosave stands. */
export type SaveState = 'clean' | 'pending' | 'saving' | 'saved' | 'not-kept' | 'error' | 'off';

/** The autosave state, for the status bar. */
export const saveStateStore = createStore<{ readonly state: SaveState; readonly message: string | null }>({ state: 'clean', message: null });

/** What happened when an issue's stored session was looked up. */
export type RestoreOutcome =
  | { readonly kind: 'fresh' }
  /** `path` and `savedAt` name the sidecar replayed, so a file planted beside the issue is visible. */
  | { readonly kind: 'restored'; readonly steps: number; readonly path: string; readonly savedAt: string }
  | { readonly kind: 'source-changed'; readonly path: string }
  | { readonly kind: 'damaged'; readonly message: string };

const delayMs = 600;
let target: OpenedIssueDto | null = null;
let baseline: Session | null = null;
let enabled = false;
let timer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;

/** A session from what loadSession answered: the stored log replayed when it belongs to this source, else a fresh one. */
export function sessionFromStored(
  stored: Result<StoredSession | null>,
  initial: IssueDocument,
  suggestions: readonly Suggestion[],
  threshold: number,
): { readonly session: Session; readonly outcome: RestoreOutcome } {
  const fresh = (): Session => createSession(initial, suggestions, threshold);
  // A damaged sidecar is kept as it is (node quarantines nothing silently); we start fresh and do not overwrite it.
  if (!stored.ok) return { session: fresh(), outcome: { kind: 'damaged', message: stored.error.message } };
  if (stored.value === null) return { session: fresh(), outcome: { kind: 'fresh' } };
  if (!stored.value.sourceMatches) return { session: fresh(), outcome: { kind: 'source-changed', path: stored.value.path } };
  const parsed = parseSessionFile(stored.value.session);
  if (!parsed.ok) return { session: fresh(), outcome: { kind: 'damaged', message: parsed.message } };
  const session = sessionFromFile(initial, suggestions, parsed.value);
  return { session, outcome: { kind: 'restored', steps: session.log.length, path: stored.value.path, savedAt: stored.value.savedAt } };
}

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
  const { session, outcome } = sessionFromStored(await galley().loadSession(issue.path, issue.hash), initial, suggestions, threshold);
  // Starting is not an edit: autosave is off until the baseline is set, so opening alone writes no sidecar.
  enabled = false;
  if (outcome.kind === 'fresh') startSession(initial, suggestions, threshold);
  else startSessionFrom(session);
  baseline = sessionStore.get().session;
  // Only a fresh or restored session may be written: anything else would overwrite edits the user has not seen.
  enabled = outcome.kind === 'fresh' || outcome.kind === 'restored';
  saveStateStore.set({ state: enabled ? 'clean' : 'off', message: null });
  return outcome;
}

/** The autosave's hold on one issue, parked with its tab. */
export interface PersistenceSnapshot {
  readonly target: OpenedIssueDto | null;
  readonly enabled: boolean;
  readonly saveState: ReturnType<typeof saveStateStore.get>;
}

/** Save the current issue's pending change and return its autosave state, to park it with its tab. */
export async function parkPersistence(): Promise<PersistenceSnapshot> {
  await flushSession();
  return { target, enabled, saveState: saveStateStore.get() };
}

/** Resume autosaving a parked issue (call before its session is restored), or stop autosaving (null). */
export function resumePersistence(snapshot: PersistenceSnapshot | null, session: Session | null): void {
  target = snapshot?.target ?? null;
  enabled = snapshot?.enabled ?? false;
  // What was parked was saved, so restoring it is not a change to save again.
  baseline = session;
  saveStateStore.set(snapshot?.saveState ?? { state: 'clean', message: null });
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
  // An empty path: the host could keep the session nowhere. The status bar says so in words, not "Saved".
  if (saved.ok) saveStateStore.set({ state: saved.value.path === '' ? 'not-kept' : 'saved', message: saved.value.notice ?? saved.value.path });
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
