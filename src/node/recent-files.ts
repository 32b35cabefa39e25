/** The recently opened files list, kept in a small JSON file in the app's state folder. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

const maxRecent = 10;

/** A list of recent paths, newest first. */
export interface RecentFiles {
  /** Newest first. */
  list(): Promise<readonly string[]>;
  /** Put a path at the top. */
  add(path: string): Promise<void>;
}

/** Create the recent-files store; with no folder it lives in memory only (tests, harness). */
export function createRecentFiles(stateDir: string | null): RecentFiles {
  const file = stateDir === null ? null : join(stateDir, 'recent-files.json');
  let cache: readonly string[] | null = null;

  const load = async (): Promise<readonly string[]> => {
    if (cache) return cache;
    cache = [];
    if (file) {
      try {
        const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
        if (Array.isArray(parsed)) cache = parsed.filter((p): p is string => typeof p === 'string').slice(0, maxRecent);
      } catch {
        // A missing or damaged list is not worth an error: start a new one.
      }
    }
    return cache;
  };

  return {
    list: load,
    add: async (path) => {
      const next = [path, ...(await load()).filter((p) => p !== path)].slice(0, maxRecent);
      cache = next;
      // Losing the recent list is harmless, so a failed write is ignored.
      if (file) await writeFileAtomic(file, JSON.stringify(next, null, 2));
    },
  };
}
