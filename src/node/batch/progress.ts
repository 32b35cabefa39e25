/** Progress of a batch on a terminal (one redrawn bar with ETA) or in a log (one plain line per issue). */
export interface ProgressReporter {
  /** One issue finished; `reason` says why it failed. */
  tick(name: string, ok: boolean, reason?: string): void;
  /** The batch is over: end the bar's line. */
  done(): void;
}

/** Format seconds as m:ss (or h:mm:ss). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** A reporter writing to `write`; `interactive` picks the redrawn bar, `now` is the clock in ms. */
export function createProgress(
  total: number,
  write: (text: string) => void,
  interactive: boolean,
  now: () => number = Date.now,
): ProgressReporter {
  const started = now();
  let finished = 0;
  let failed = 0;
  return {
    tick(name, ok, reason) {
      finished++;
      if (!ok) failed++;
      const elapsed = (now() - started) / 1000;
      const eta = finished > 0 ? (elapsed / finished) * (total - finished) : 0;
      const percent = total > 0 ? Math.floor((finished / total) * 100) : 100;
      if (interactive) {
        const width = 30;
        const filled = Math.round((finished / Math.max(total, 1)) * width);
        const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
        write(`\r${bar} ${finished}/${total} ${percent}% ETA ${formatDuration(eta)}${failed ? ` (${failed} failed)` : ''}  `);
      } else {
        // The reason belongs on the line: a log of bare "FAILED" lines makes the reader rerun to find out why.
        const why = !ok && reason ? `: ${reason}` : '';
        write(`galley batch: ${finished}/${total} ${percent}% ${ok ? 'ok' : 'FAILED'} ${name}${why} (ETA ${formatDuration(eta)})\n`);
      }
    },
    done() {
      if (interactive) write('\n');
    },
  };
}
