/** Finds the issue file named on the command line. */
import { resolve } from 'node:path';

/**
 * The first argument that is not a switch and not the app itself, resolved against `cwd`.
 * `argv` is process.argv: [electron, app-or-script, ...rest] in development, [app, ...rest] packaged.
 */
export function startupPathFromArgv(argv: readonly string[], packaged: boolean, cwd: string): string | null {
  const rest = argv.slice(packaged ? 1 : 2);
  const file = rest.find((arg) => arg !== '' && !arg.startsWith('-') && arg !== '.');
  return file === undefined ? null : resolve(cwd, file);
}
