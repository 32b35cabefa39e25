/** Has an open issue's source changed on disk since it was read? (For the "changed on disk" banner.) */
import { createHash } from 'node:crypto';
import { ok, type Result } from '../shared/result';
import { errnoCode, readError } from './fs-errors';
import { readFileBytes, statPath } from './fs-layer';

/** What is known about the file as it was read. */
export interface KnownSource {
  readonly size: number;
  readonly mtimeMs: number;
  /** sha256 of the bytes, hex. */
  readonly hash: string;
}

/** 'unchanged', 'changed' (other bytes), or 'missing' (moved or deleted). */
export type SourceStatus = 'unchanged' | 'changed' | 'missing';

/** Compare the file at `path` with what was read; a touched file with the same bytes counts as unchanged. */
export async function sourceStatus(path: string, known: KnownSource): Promise<Result<SourceStatus>> {
  try {
    const stats = await statPath(path);
    if (!stats.isFile()) return ok('missing');
    if (stats.size !== known.size) return ok('changed');
    if (stats.mtimeMs === known.mtimeMs) return ok('unchanged');
    const hash = createHash('sha256').update(await readFileBytes(path)).digest('hex');
    return ok(hash === known.hash ? 'unchanged' : 'changed');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return ok('missing');
    return { ok: false, error: readError(path, error) };
  }
}
