/** Debounced autosave: save about `delayMs` after the last change, never two saves at once, flush on demand. */

/** Controls for one document's autosave. */
export interface Autosaver {
  /** Note a change; the save runs once changes pause for `delayMs` (or after `maxWaitMs` of steady changes). */
  schedule(): void;
  /** Save now if a change is pending, and wait until every save has finished (before close or quit). */
  flush(): Promise<void>;
  /** Drop a pending save (the document was closed without keeping changes). */
  cancel(): void;
  /** True while a change is waiting to be saved or a save is running. */
  readonly busy: boolean;
}

/** Create an autosaver around `save`; thrown errors from timer-started saves go to `onError`. */
export function createAutosaver(
  save: () => Promise<unknown>,
  delayMs = 1000,
  options: { readonly maxWaitMs?: number; readonly onError?: (error: unknown) => void } = {},
): Autosaver {
  const maxWaitMs = options.maxWaitMs ?? delayMs * 10;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstChangeAt: number | null = null;
  let dirty = false;
  let running: Promise<void> | null = null;

  const clear = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  // Runs saves back to back while changes keep arriving, so a change made during a save is saved too.
  const drain = (): Promise<void> => {
    running ??= (async () => {
      // Yield first: were the body to finish synchronously, its `finally` would run before `running` is
      // assigned and leave a settled promise in place for ever.
      await null;
      try {
        while (dirty) {
          dirty = false;
          firstChangeAt = null;
          await save();
        }
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    schedule() {
      dirty = true;
      firstChangeAt ??= Date.now();
      clear();
      // Steady typing would postpone a pure debounce forever; maxWaitMs bounds what a crash can lose.
      const wait = Math.max(0, Math.min(delayMs, firstChangeAt + maxWaitMs - Date.now()));
      timer = setTimeout(() => {
        timer = null;
        drain().catch((error: unknown) => options.onError?.(error));
      }, wait);
    },
    async flush() {
      clear();
      if (running) await running.catch(() => undefined);
      await drain();
    },
    cancel() {
      clear();
      dirty = false;
      firstChangeAt = null;
    },
    get busy() {
      return dirty || running !== null;
    },
  };
}
