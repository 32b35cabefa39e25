/** The one door to the file system for the node services, so tests can make any operation fail. */
import { constants, promises as fsp, type Stats } from 'node:fs';

/** The kinds of file-system operation the node services perform. */
export type FsOp =
  | 'stat'
  | 'readFile'
  | 'open'
  | 'write'
  | 'sync'
  | 'close'
  | 'rename'
  | 'unlink'
  | 'mkdir'
  | 'readdir'
  | 'syncDir';

/** Decides, per operation, whether to fail it with an errno code (`null` lets it run). */
export type FaultHook = (op: FsOp, path: string) => string | null;

/** An open file as the layer exposes it: every call is a counted, fault-injectable operation. */
export interface LayerFileHandle {
  /** Write all bytes at the current position. */
  write(data: Uint8Array): Promise<void>;
  /** Flush the file's data to the disk. */
  sync(): Promise<void>;
  /** Close the file. */
  close(): Promise<void>;
}

let faultHook: FaultHook | null = null;

/** Install (or with `null` remove) a fault hook; tests only. */
export function setFaultHook(hook: FaultHook | null): void {
  faultHook = hook;
}

/** A hook failing the nth operation (1-based) from now with `code`, optionally only among `ops`. */
export function failNthOperation(n: number, code: string, ops?: readonly FsOp[]): FaultHook {
  let seen = 0;
  return (op) => {
    if (ops && !ops.includes(op)) return null;
    seen += 1;
    return seen === n ? code : null;
  };
}

/** A hook that fails nothing and records every operation, to learn how many a task performs. */
export function recordOperations(log: { op: FsOp; path: string }[]): FaultHook {
  return (op, path) => {
    log.push({ op, path });
    return null;
  };
}

function gate(op: FsOp, path: string): void {
  const code = faultHook?.(op, path) ?? null;
  if (code === null) return;
  // Shaped like a real errno error so callers cannot tell an injected fault from a real one.
  const error = new Error(`${code}: injected fault, ${op} '${path}'`) as NodeJS.ErrnoException;
  error.code = code;
  error.syscall = op;
  error.path = path;
  throw error;
}

/** stat(2), following symlinks. */
export async function statPath(path: string): Promise<Stats> {
  gate('stat', path);
  return fsp.stat(path);
}

/** Read a whole file. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  gate('readFile', path);
  return fsp.readFile(path);
}

/** lstat(2): a symbolic link is described, not followed. */
export async function lstatPath(path: string): Promise<Stats> {
  gate('stat', path);
  return fsp.lstat(path);
}

/** What readBoundedFile found at a path. */
export type BoundedRead =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  /** A link, FIFO, device, socket or folder: never read, so a planted one cannot hang or flood us. */
  | { readonly kind: 'not-a-file'; readonly what: string }
  | { readonly kind: 'too-large'; readonly size: number };

/**
 * Read a regular file of at most `maxBytes`, without following a symbolic link (O_NOFOLLOW) or
 * waiting on a FIFO (O_NONBLOCK); what is there is judged on the open descriptor, so a swap between
 * check and read changes nothing. Errno failures (ENOENT…) are thrown as by readFileBytes.
 */
export async function readBoundedFile(path: string, maxBytes: number): Promise<BoundedRead> {
  gate('readFile', path);
  const linkStats = await fsp.lstat(path);
  if (!linkStats.isFile()) return { kind: 'not-a-file', what: describeKind(linkStats) };
  // Not every platform has these flags (Windows has neither, and no FIFOs in the file system either).
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  const handle = await fsp.open(path, flags);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { kind: 'not-a-file', what: describeKind(stats) };
    if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size };
    // Read one byte more than allowed, so a file that grew since fstat is still caught.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { kind: 'too-large', size: length };
    return { kind: 'bytes', bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

function describeKind(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Open a file (flags as for fs.open). */
export async function openFile(path: string, flags: string, mode?: number): Promise<LayerFileHandle> {
  gate('open', path);
  const handle = await fsp.open(path, flags, mode);
  return {
    write: async (data) => {
      gate('write', path);
      await handle.writeFile(data);
    },
    sync: async () => {
      gate('sync', path);
      await handle.sync();
    },
    close: async () => {
      // Closing always releases the descriptor, even when the injected fault reports a failure,
      // so a test never leaks descriptors.
      try {
        gate('close', path);
      } finally {
        await handle.close();
      }
    },
  };
}

/** rename(2): atomic replacement within one file system. */
export async function renamePath(from: string, to: string): Promise<void> {
  gate('rename', to);
  await fsp.rename(from, to);
}

/** Remove a file. */
export async function unlinkPath(path: string): Promise<void> {
  gate('unlink', path);
  await fsp.unlink(path);
}

/** Create a folder and its parents. */
export async function makeDirectory(path: string): Promise<void> {
  gate('mkdir', path);
  await fsp.mkdir(path, { recursive: true });
}

/** List a folder's entry names. */
export async function listDirectory(path: string): Promise<readonly string[]> {
  gate('readdir', path);
  return fsp.readdir(path);
}

/** Flush a folder's entries (makes a rename durable); throws where folders cannot be opened (Windows). */
export async function syncDirectory(path: string): Promise<void> {
  gate('syncDir', path);
  const handle = await fsp.open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
