/**
 * A folder workspace: the issue files of a folder with their status. 'new' has no sidecar, 'in-review'
 * has one, 'exported' has an export recorded in the folder's state file (`.galley-workspace.json`,
 * written atomically when an export of one of its issues is written).
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { WorkspaceDto, WorkspaceIssueDto, WorkspaceStatus } from '../shared/ipc';
import { fail, ok, type Result } from '../shared/result';
import { writeFileAtomic } from './atomic-write';
import { errnoCode, readError } from './fs-errors';
import { listDirectory, lstatPath, readBoundedFile, statPath } from './fs-layer';
import { fallbackSidecarPathFor, sidecarPathFor } from './sidecar';

/** The state file of a workspace folder. */
export const workspaceStateName = '.galley-workspace.json';

/** What the state file holds: per issue file name, the ISO time its last export was written. */
export interface WorkspaceState {
  readonly formatVersion: 1;
  readonly exported: Readonly<Record<string, string>>;
}

const emptyState: WorkspaceState = { formatVersion: 1, exported: {} };

/** The largest state file read: a few dozen bytes per exported issue; anything bigger was not written by Galley. */
const maxStateBytes = 4 * 1024 * 1024;

/** Whether a file name is an issue text: not hidden, and not Galley's own export beside its source (`<name>.repaired.txt`). */
export function isIssueFileName(name: string): boolean {
  return /\.txt$/i.test(name) && !name.startsWith('.') && !/\.repaired\.txt$/i.test(name);
}

/** Read a folder's workspace state; a missing or damaged file reads as empty (it only records exports). */
export async function readWorkspaceState(folder: string): Promise<WorkspaceState> {
  try {
    // A planted FIFO, link or huge file here must not hang or flood the folder view: it reads as empty.
    const read = await readBoundedFile(join(folder, workspaceStateName), maxStateBytes);
    if (read.kind !== 'bytes') return emptyState;
    const parsed: unknown = JSON.parse(new TextDecoder().decode(read.bytes));
    if (typeof parsed !== 'object' || parsed === null) return emptyState;
    const exported = (parsed as { exported?: unknown }).exported;
    if (typeof exported !== 'object' || exported === null) return emptyState;
    const entries = Object.entries(exported).filter((e): e is [string, string] => typeof e[1] === 'string');
    return { formatVersion: 1, exported: Object.fromEntries(entries) };
  } catch {
    return emptyState;
  }
}

// Read-modify-write of one folder's state runs one at a time, so two exports never drop each other's record.
const queues = new Map<string, Promise<unknown>>();

/** Record that an export of `sourcePath` was written at `now` (atomically, in the source's folder). */
export function recordExport(sourcePath: string, now: Date = new Date()): Promise<Result<void>> {
  const folder = dirname(resolve(sourcePath));
  const previous = queues.get(folder) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(async (): Promise<Result<void>> => {
    const state = await readWorkspaceState(folder);
    const next: WorkspaceState = { formatVersion: 1, exported: { ...state.exported, [basename(sourcePath)]: now.toISOString() } };
    return writeFileAtomic(join(folder, workspaceStateName), `${JSON.stringify(next, null, 2)}\n`);
  });
  queues.set(folder, run);
  const forget = (): void => {
    if (queues.get(folder) === run) queues.delete(folder);
  };
  // Both paths, so a rejection (a bug) is not also left unhandled by the bookkeeping.
  run.then(forget, forget);
  return run;
}

/** The issues of a folder with their status, in natural name order. */
export async function listWorkspace(folder: string, fallbackDir: string | null): Promise<Result<WorkspaceDto>> {
  const absolute = resolve(folder);
  let names: readonly string[];
  try {
    const stats = await statPath(absolute);
    if (!stats.isDirectory()) return fail('invalid-argument', `${basename(absolute)}: is a file, not a folder`);
    names = await listDirectory(absolute);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return fail('not-found', `${absolute}: no such folder`);
    return { ok: false, error: readError(absolute, error) };
  }
  const state = await readWorkspaceState(absolute);
  const collator = new Intl.Collator(undefined, { numeric: true });
  const issues: WorkspaceIssueDto[] = [];
  for (const name of [...names].filter(isIssueFileName).sort(collator.compare)) {
    const path = join(absolute, name);
    let size: number;
    try {
      const stats = await statPath(path);
      if (!stats.isFile()) continue;
      size = stats.size;
    } catch {
      // Gone between listing and stat: it is simply not part of the workspace any more.
      continue;
    }
    const exportedAt = state.exported[name] ?? null;
    issues.push({ path, name, size, status: exportedAt ? 'exported' : await reviewStatus(path, fallbackDir), exportedAt });
  }
  return ok({ folder: absolute, issues });
}

// The status needs only to know that a sidecar is there, so it is never read: lstat cannot hang on a FIFO,
// follow a link or load a huge file. A damaged one still means someone worked on the issue (opening it says
// what is wrong); anything that is not a plain file is no session of ours.
async function reviewStatus(path: string, fallbackDir: string | null): Promise<WorkspaceStatus> {
  const candidates = [sidecarPathFor(path), ...(fallbackDir ? [fallbackSidecarPathFor(path, fallbackDir)] : [])];
  for (const candidate of candidates) {
    try {
      if ((await lstatPath(candidate)).isFile()) return 'in-review';
    } catch {
      // No sidecar there.
    }
  }
  return 'new';
}
