/** Whether two paths name one file: the same path, or (through a link or another spelling) the same inode. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/** True when `a` and `b` are one file on disk; a path that does not exist is only equal to itself. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** The first of `candidates` that is the same file as `path`, or null. */
export async function sameFileAmong(path: string, candidates: readonly string[]): Promise<string | null> {
  for (const candidate of candidates) if (await isSameFile(path, candidate)) return candidate;
  return null;
}
