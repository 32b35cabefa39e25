/** Turns errno failures into one-line messages that name the file and the problem. */
import { basename } from 'node:path';
import type { GalleyError } from '../shared/result';

/** The errno code of a thrown value, if it has one. */
export function errnoCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

const reasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is in use by another program',
  EIO: 'input/output error on the disk',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the file name is too long',
  ENOTDIR: 'a folder in the path is a file',
  ELOOP: 'too many symbolic links',
};

/** The short reason of an errno failure ('permission denied', 'the disk is read-only', …). */
export function reasonOf(error: unknown): string {
  const code = errnoCode(error);
  if (code !== null && reasons[code]) return reasons[code];
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** Describe a failure to read `path`. */
export function readError(path: string, error: unknown): GalleyError {
  const name = basename(path);
  switch (errnoCode(error)) {
    case 'ENOENT':
      return { code: 'not-found', message: `${name}: file not found` };
    case 'EISDIR':
      return { code: 'is-directory', message: `${name}: is a folder, not a file` };
    default:
      return { code: 'unreadable', message: `${name}: cannot be read (${reasonOf(error)})` };
  }
}

/** Describe a failure to write `path`; nothing at `path` was changed. */
export function writeError(path: string, error: unknown): GalleyError {
  const name = basename(path);
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: `${name}: not saved, ${reasonOf(error)}; free some space and save again (the previous version is unchanged)` };
    case 'ENOENT':
      return { code: 'write-failed', message: `${name}: not saved, the folder does not exist` };
    case 'EISDIR':
      return { code: 'is-directory', message: `${name}: not saved, a folder has that name` };
    default:
      return { code: 'write-failed', message: `${name}: not saved (${reasonOf(error)}); the previous version is unchanged` };
  }
}
