/** Remembers the main window's bounds between runs in a small JSON file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rectangle } from 'electron';
import { writeFileAtomic } from '../node/atomic-write';

/** Saved window geometry. */
export interface WindowState {
  readonly bounds: Rectangle;
  readonly maximized: boolean;
}

/** The size a first window gets. */
export const defaultWindowState: WindowState = { bounds: { x: 0, y: 0, width: 1400, height: 900 }, maximized: false };

/** Whether parsed JSON is a usable window state. */
export function isWindowState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { bounds?: Record<string, unknown>; maximized?: unknown };
  const b = v.bounds;
  return (
    typeof v.maximized === 'boolean' &&
    typeof b === 'object' &&
    b !== null &&
    ['x', 'y', 'width', 'height'].every((k) => typeof b[k] === 'number' && Number.isFinite(b[k])) &&
    (b.width as number) >= 400 &&
    (b.height as number) >= 300
  );
}

/** Read the saved state (synchronously: the window needs it before it is created). */
export function loadWindowState(dir: string): WindowState {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'));
    return isWindowState(parsed) ? parsed : defaultWindowState;
  } catch {
    return defaultWindowState;
  }
}

/** Save the state; failures only cost the remembered size, so they are ignored. */
export async function saveWindowState(dir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(dir, 'window-state.json'), JSON.stringify(state));
}
