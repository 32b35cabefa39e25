/** The main window's remembered bounds, kept in the preferences. */
import type { Rectangle } from 'electron';
import type { WindowBounds } from '../node/preferences';

/** The size a first window gets. */
export const defaultBounds: WindowBounds = { width: 1400, height: 900, maximized: false };

/** Options for BrowserWindow from saved bounds (position only when it was saved). */
export function windowOptionsFrom(bounds: WindowBounds | null): Partial<Rectangle> & { width: number; height: number } {
  const b = bounds ?? defaultBounds;
  const size = { width: Math.max(800, b.width), height: Math.max(500, b.height) };
  return b.x !== undefined && b.y !== undefined ? { ...size, x: b.x, y: b.y } : size;
}

/** Bounds to save from a window's normal (unmaximised) rectangle. */
export function boundsToSave(normal: Rectangle, maximized: boolean): WindowBounds {
  return { x: normal.x, y: normal.y, width: normal.width, height: normal.height, maximized };
}
