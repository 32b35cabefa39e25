/** Finds the issue file named on the command line. */
import { resolve } from 'node:path';
import { APPLY_MODES, type ApplyMode } from '../core/analysis/repair-issue';

/**
 * The first argument that is not a switch and not the app itself, resolved against `cwd`.
 * `argv` is process.argv: [electron, app-or-script, ...rest] in development, [app, ...rest] packaged.
 */
export function startupPathFromArgv(argv: readonly string[], packaged: boolean, cwd: string): string | null {
  const rest = argv.slice(packaged ? 1 : 2);
  const file = rest.find((arg) => arg !== '' && !arg.startsWith('-') && arg !== '.');
  return file === undefined ? null : resolve(cwd, file);
}

/** What opening applies by itself, from a `--apply=confident|all|none` switch (null: the default). */
export function applyModeFromArgv(argv: readonly string[]): ApplyMode | null {
  for (const arg of argv) {
    const mode = arg.startsWith('--apply=') ? arg.slice('--apply='.length) : null;
    if (mode !== null && (APPLY_MODES as readonly string[]).includes(mode)) return mode as ApplyMode;
  }
  return null;
}
