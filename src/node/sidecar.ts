/** The sidecar `<name>.galley.json` beside an issue: the editing session, saved atomically, loaded with validation. */
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fail, ok, type GalleyError, type Result } from '../shared/result';
import { removeStaleTempFiles, writeFileAtomic, type FileStamp } from './atomic-write';
import { errnoCode, readError } from './fs-errors';
import { makeDirectory, readBoundedFile, renamePath, unlinkPath } from './fs-layer';

/** The sidecar format this code writes; older ones are read, newer ones refused. */
export const sidecarFormatVersion = 1;

/**
 * The largest sidecar read. A session log holds decisions and edits, not the text: even a day's work on a
 * big issue is a few megabytes, so anything far larger was not written by Galley and is refused unread.
 */
export const maxSidecarBytes = 32 * 1024 * 1024;

/** The deepest nesting a sidecar may have; the session log is a handful of levels deep. */
export const maxSidecarDepth = 64;

/** What a sidecar holds. `log` is the document's session log, opaque here; `meta` is issue metadata. */
export interface SidecarData {
  readonly formatVersion: number;
  /** sha256 (hex) of the source bytes the log was made against. */
  readonly sourceHash: string;
  readonly sourceName: string;
  /** ISO 8601 time of the save. */
  readonly savedAt: string;
  readonly meta: Readonly<Record<string, unknown>>;
  readonly log: readonly unknown[];
}

/** What the caller supplies to save. */
export interface SidecarSaveInput {
  readonly sourcePath: string;
  readonly sourceHash: string;
  readonly meta: Readonly<Record<string, unknown>>;
  readonly log: readonly unknown[];
  /** The app's data folder, used when the source's folder is not writable; null disables the fallback. */
  readonly fallbackDir: string | null;
  /** The time to record (passed in so tests and replays are deterministic); defaults to now. */
  readonly now?: Date;
  /** Guard against another program or Galley window having rewritten the sidecar. */
  readonly expected?: FileStamp | null;
}

/** Where a sidecar went; `notice` tells the user when it is not beside the source. */
export interface SidecarSaved {
  readonly path: string;
  readonly fellBack: boolean;
  readonly notice: string | null;
}

/** A loaded sidecar; `sourceMatches` is false when the source changed since the log was written. */
export interface LoadedSidecar {
  readonly data: SidecarData;
  readonly path: string;
  readonly fromFallback: boolean;
  readonly sourceMatches: boolean;
  /** Problems with other copies (a damaged sidecar next to a good fallback, …), one line each. */
  readonly warnings: readonly string[];
}

/** The sidecar path beside a source file. */
export function sidecarPathFor(sourcePath: string): string {
  const absolute = resolve(sourcePath);
  return join(dirname(absolute), `${basename(absolute)}.galley.json`);
}

/** The sidecar path in the app's data folder; a hash of the source's full path keeps same-named issues apart. */
export function fallbackSidecarPathFor(sourcePath: string, fallbackDir: string): string {
  const absolute = resolve(sourcePath);
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 16);
  return join(fallbackDir, `${basename(absolute)}.${key}.galley.json`);
}

/** Save the sidecar beside the source, or in `fallbackDir` when that folder cannot be written. */
export async function saveSidecar(input: SidecarSaveInput): Promise<Result<SidecarSaved>> {
  const sourceName = basename(resolve(input.sourcePath));
  const data: SidecarData = {
    formatVersion: sidecarFormatVersion,
    sourceHash: input.sourceHash,
    sourceName,
    savedAt: (input.now ?? new Date()).toISOString(),
    meta: input.meta,
    log: input.log,
  };
  let text: string;
  try {
    text = JSON.stringify(data);
  } catch (error) {
    // A log that cannot be serialised (a cycle, a BigInt) is a bug in the caller, not a user-facing failure.
    throw new Error(`saveSidecar: the session log is not JSON-serialisable: ${(error as Error).message}`, { cause: error });
  }

  const primary = sidecarPathFor(input.sourcePath);
  const written = await writeFileAtomic(primary, text, input.expected === undefined ? {} : { expected: input.expected });
  if (written.ok) {
    // A copy in the app data folder is older than what was just saved: remove it, so loading never
    // has to guess between two copies saved within the same millisecond.
    if (input.fallbackDir !== null) await unlinkPath(fallbackSidecarPathFor(input.sourcePath, input.fallbackDir)).catch(() => undefined);
    return ok({ path: primary, fellBack: false, notice: null });
  }
  // A guard failure means someone else wrote the sidecar: saving elsewhere would hide that conflict.
  if (written.error.code !== 'write-failed' && written.error.code !== 'disk-full') return written;
  if (input.fallbackDir === null) return written;

  const fallback = fallbackSidecarPathFor(input.sourcePath, input.fallbackDir);
  try {
    await makeDirectory(input.fallbackDir);
  } catch (error) {
    return fail(written.error.code, `${written.error.message}; the app data folder ${input.fallbackDir} cannot be created either (${errnoCode(error) ?? 'error'})`);
  }
  const second = await writeFileAtomic(fallback, text);
  if (!second.ok) return fail(second.error.code, `${written.error.message}; saving to ${fallback} failed too: ${second.error.message}`);
  return ok({
    path: fallback,
    fellBack: true,
    notice: `${sourceName}: its folder cannot be written (${reasonOf(written.error)}), so your work is saved in ${fallback}`,
  });
}

/** Load the newest valid sidecar for a source (beside it or in `fallbackDir`); `null` when there is none. */
export async function loadSidecar(sourcePath: string, currentSourceHash: string, fallbackDir: string | null): Promise<Result<LoadedSidecar | null>> {
  const places = [
    { path: sidecarPathFor(sourcePath), fromFallback: false },
    ...(fallbackDir === null ? [] : [{ path: fallbackSidecarPathFor(sourcePath, fallbackDir), fromFallback: true }]),
  ];
  // A crash mid-save can strand a temp file beside the sidecar (never a damaged sidecar): tidy it here.
  await Promise.all(places.map((place) => removeStaleTempFiles(place.path)));
  const found: { path: string; fromFallback: boolean; data: SidecarData }[] = [];
  const problems: string[] = [];
  let firstError: Result<never> | null = null;
  for (const place of places) {
    const read = await readSidecar(place.path);
    if (read.ok) {
      if (read.value) found.push({ ...place, data: read.value });
    } else {
      problems.push(read.error.message);
      firstError ??= read;
    }
  }
  if (found.length === 0) return firstError ?? ok(null);
  // Both copies exist only if removing the fallback failed after the folder became writable again: the
  // later save is the user's latest work, and on a tie the fallback (written only after a failure) is.
  found.sort((a, b) => Date.parse(b.data.savedAt) - Date.parse(a.data.savedAt) || Number(b.fromFallback) - Number(a.fromFallback));
  const best = found[0];
  return ok({ data: best.data, path: best.path, fromFallback: best.fromFallback, sourceMatches: best.data.sourceHash === currentSourceHash, warnings: problems });
}

/** Move a damaged sidecar aside (`….corrupt-<time>`) so the next save cannot destroy what is left of it. */
export async function quarantineSidecar(path: string, now: Date = new Date()): Promise<Result<string>> {
  const aside = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await renamePath(path, aside);
    return ok(aside);
  } catch (error) {
    return { ok: false, error: readError(path, error) };
  }
}

/** Read and validate one sidecar file; `null` when it does not exist. */
export async function readSidecar(path: string): Promise<Result<SidecarData | null>> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const read = await readBoundedFile(path, maxSidecarBytes);
    if (read.kind === 'not-a-file') return fail('corrupt', `${name}: the saved editing state is ${read.what}, not a file; it was not read`);
    if (read.kind === 'too-large') {
      return fail('corrupt', `${name}: the saved editing state is ${megabytes(read.size)}, over the ${megabytes(maxSidecarBytes)} a session can be; it was not read`);
    }
    bytes = read.bytes;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return ok(null);
    return { ok: false, error: readError(path, error) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('corrupt', `${name}: the saved editing state is damaged (not valid JSON)`);
  }
  // Too deep to be ours, and a value this deep would break whatever serialises it next (Electron's IPC).
  if (nestingExceeds(parsed, maxSidecarDepth)) return fail('corrupt', `${name}: the saved editing state is damaged (nested more than ${maxSidecarDepth} levels deep)`);
  const problem = sidecarProblem(parsed);
  return problem === null ? ok(parsed as SidecarData) : fail('corrupt', `${name}: the saved editing state is damaged (${problem})`);
}

/** Why a parsed value is not a SidecarData this version can use, or null. */
function sidecarProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not an object';
  const { formatVersion, sourceHash, sourceName, savedAt, meta, log } = value;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) return 'no valid formatVersion';
  if (formatVersion > sidecarFormatVersion) return `format ${formatVersion} was written by a newer Galley; this one reads up to ${sidecarFormatVersion}`;
  if (typeof sourceHash !== 'string' || !/^[0-9a-f]{64}$/.test(sourceHash)) return 'no valid sourceHash';
  if (typeof sourceName !== 'string') return 'no sourceName';
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return 'no valid savedAt';
  if (!isRecord(meta)) return 'meta is not an object';
  if (!Array.isArray(log)) return 'log is not a list';
  return null;
}

/** The short reason inside a write error's message ("permission denied", "the disk is full"). */
function reasonOf(error: GalleyError): string {
  if (error.code === 'disk-full') return 'the disk is full';
  return /\(([^()]+)\)/.exec(error.message)?.[1] ?? 'it cannot be written';
}

/** Whether a parsed JSON value nests deeper than `limit` (walked with a stack, so depth cannot overflow it). */
export function nestingExceeds(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop() as { value: unknown; depth: number };
    if (typeof top.value !== 'object' || top.value === null) continue;
    if (top.depth >= limit) return true;
    for (const child of Object.values(top.value)) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: top.depth + 1 });
  }
  return false;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
