/** One process-wide holder of the preferences: loaded once, updated in order, saved atomically. */
import { addRecentFile, defaultPreferences, loadPreferences, savePreferences, type Preferences } from './preferences';

/** Read and change the preferences. */
export interface PreferencesStore {
  get(): Promise<Preferences>;
  /** Apply a change and save it; updates run one after another so none is lost. */
  update(change: (current: Preferences) => Preferences): Promise<void>;
  /** Put a path at the top of the recent files. */
  addRecent(path: string): Promise<void>;
}

/** Create the store; with no folder (tests, the harness) preferences live in memory only. */
export function createPreferencesStore(dataDir: string | null): PreferencesStore {
  let current: Promise<Preferences> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const get = (): Promise<Preferences> => {
    current ??= dataDir === null ? Promise.resolve(defaultPreferences) : loadPreferences(dataDir).then((loaded) => loaded.preferences);
    return current;
  };
  const update = (change: (p: Preferences) => Preferences): Promise<void> => {
    const run = queue.then(async () => {
      const next = change(await get());
      current = Promise.resolve(next);
      // Losing a preference is not worth an error dialog; the next save tries again.
      if (dataDir !== null) await savePreferences(dataDir, next);
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return { get, update, addRecent: (path) => update((p) => addRecentFile(p, path)) };
}
