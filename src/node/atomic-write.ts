/** Safe saving: temp file in the same folder, write, fsync, rename, fsync the folder; one write per path at a time. */
import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fail, ok, type Result } from '../shared/result';
import { errnoCode, readError, writeError } from './fs-errors';
import { truncateUtf8 } from './utf8-bytes';
import { listDirectory, openFile, readFileBytes, renamePath, statPath, syncDirectory, unlinkPath, type LayerFileHandle } from './fs-layer';

/** What the caller last saw on disk; a save is refused if the file no longer matches. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  /** sha256 of the bytes, hex; when given, a file with a new mtime but the same bytes still matches. */
  readonly hash?: string;
}

/** Options of writeFileAtomic. */
export interface AtomicWriteOptions {
  /** `undefined`: no check; `null`: the target must not exist yet; a stamp: the target must still match it. */
  readonly expected?: FileStamp | null;
  /** `false` refuses to replace an existing file (code 'exists'); default true. */
  readonly overwrite?: boolean;
}

/** Suffix of temporary files, so a leftover from a killed process is recognisable. */
export const tempSuffix = '.galley-tmp';

// Writes to the same path run one after another; different paths run in parallel.
const queues = new Map<string, Promise<unknown>>();

/** Write `data` to `path` atomically: afterwards the file holds either its old content or all of `data`. */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options?: { expected?: FileStamp | null; overwrite?: boolean },
): Promise<Result<void>> {
  const key = resolve(path);
  const previous = queues.get(key) ?? Promise.resolve();
  // A failure is a Result, so `previous` only rejects on a bug; even then the queue must keep moving.
  const run = previous.catch(() => undefined).then(() => writeNow(key, data, options ?? {}));
  queues.set(key, run);
  try {
    return await run;
  } finally {
    // Only the last queued write may remove the entry, or a later write would lose its place.
    if (queues.get(key) === run) queues.delete(key);
  }
}

/** The size and mtime of a file now (to pass as `expected` next time), or an error. */
export async function stampFile(path: string): Promise<Result<FileStamp>> {
  try {
    const stats = await statPath(path);
    return ok({ size: stats.size, mtimeMs: stats.mtimeMs });
  } catch (error) {
    return { ok: false, error: readError(path, error) };
  }
}

/**
 * Remove temp files a killed process left beside `path` (older than `maxAgeMs`, so a save in progress in
 * another process is left alone); returns how many were removed. Failures are ignored: this is tidying.
 */
export async function removeStaleTempFiles(path: string, maxAgeMs = 10 * 60_000, now: number = Date.now()): Promise<number> {
  const folder = dirname(resolve(path));
  const prefix = tempPrefix(basename(path));
  let removed = 0;
  let names: readonly string[];
  try {
    names = await listDirectory(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(tempSuffix) || !/^[0-9a-f]{12}$/.test(name.slice(prefix.length, -tempSuffix.length))) continue;
    try {
      const temp = join(folder, name);
      if (now - (await statPath(temp)).mtimeMs < maxAgeMs) continue;
      await unlinkPath(temp);
      removed += 1;
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

async function writeNow(path: string, data: string | Uint8Array, options: AtomicWriteOptions): Promise<Result<void>> {
  const name = basename(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;

  let mode = 0o666;
  let existing: { size: number; mtimeMs: number } | null = null;
  try {
    const stats = await statPath(path);
    if (stats.isDirectory()) return fail('is-directory', `${name}: not saved, a folder has that name`);
    existing = { size: stats.size, mtimeMs: stats.mtimeMs };
    // Keep the permissions of the file being replaced.
    mode = stats.mode & 0o777;
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') return { ok: false, error: writeError(path, error) };
  }

  const guard = await checkExpected(path, existing, options);
  if (!guard.ok) return guard;

  const temp = join(dirname(path), `${tempPrefix(name)}${randomBytes(6).toString('hex')}${tempSuffix}`);
  let handle: LayerFileHandle | null = null;
  let tempCreated = false;
  try {
    handle = await openFile(temp, 'wx', mode);
    tempCreated = true;
    await handle.write(bytes);
    await handle.sync();
    const closing = handle;
    handle = null;
    await closing.close();
    await renamePath(temp, path);
    tempCreated = false;
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (tempCreated) await removeTemp(temp);
    return { ok: false, error: writeError(path, error) };
  }

  // Best effort: the rename is already visible and complete; a folder that cannot be flushed
  // (Windows, some network file systems) must not turn a finished save into a reported failure.
  await syncDirectory(dirname(path)).catch(() => undefined);
  return ok(undefined);
}

/** `.<name>.`: hidden, and cut so the whole temp name fits NAME_MAX (255 bytes) even for a 255-byte target. */
function tempPrefix(name: string): string {
  return `.${truncateUtf8(name, 255 - 2 - 12 - tempSuffix.length)}.`;
}

async function checkExpected(
  path: string,
  existing: { size: number; mtimeMs: number } | null,
  options: AtomicWriteOptions,
): Promise<Result<void>> {
  const name = basename(path);
  if (existing && options.overwrite === false) return fail('exists', `${name}: already exists`);
  const expected = options.expected;
  if (expected === undefined) return ok(undefined);
  if (expected === null) {
    return existing ? fail('changed-on-disk', `${name}: not saved, a file with this name appeared on disk meanwhile`) : ok(undefined);
  }
  if (!existing) return fail('changed-on-disk', `${name}: not saved, the file was moved or deleted on disk meanwhile`);
  const changed = `${name}: not saved, the file was changed on disk by something else`;
  if (existing.size !== expected.size) return fail('changed-on-disk', changed);
  if (existing.mtimeMs === expected.mtimeMs) return ok(undefined);
  // Same size, other mtime: only the content can tell a touched file from a rewritten one.
  if (expected.hash !== undefined) {
    try {
      const hash = createHash('sha256').update(await readFileBytes(path)).digest('hex');
      return hash === expected.hash ? ok(undefined) : fail('changed-on-disk', changed);
    } catch (error) {
      return { ok: false, error: writeError(path, error) };
    }
  }
  return fail('changed-on-disk', changed);
}

async function removeTemp(temp: string): Promise<void> {
  // One retry: a transient fault (EBUSY, an injected failure) must not leave the temp file behind.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await unlinkPath(temp);
      return;
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return;
    }
  }
}
