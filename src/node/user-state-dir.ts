/** The per-user folder for app state when no host gave one (the browser harness): where the bundled sample's edits are kept. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * `GALLEY_STATE_DIR` when set (tests point it at a temp folder), else the platform's per-user data folder
 * with a `galley` folder in it: %LOCALAPPDATA% on Windows, ~/Library/Application Support on macOS,
 * $XDG_STATE_HOME or ~/.local/state elsewhere.
 */
export function userStateDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.GALLEY_STATE_DIR) return env.GALLEY_STATE_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'galley');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'galley');
  return join(env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state'), 'galley');
}
