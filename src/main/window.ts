/** Creates the main window with the secure settings, the CSP, navigation guards and remembered bounds. */
import { BrowserWindow, shell } from 'electron';
import { guardNavigation, secureWebPreferences } from './security';
import type { WindowBounds } from '../node/preferences';
import { boundsToSave, windowOptionsFrom } from './window-state';

/** Where the window's files are. */
export interface WindowPaths {
  readonly preload: string;
  /** The renderer page: a file path (built) or a dev-server URL. */
  readonly page: { readonly file: string } | { readonly url: string };
  readonly appUrl: string;
  /** Where the window was last time (null on a first run). */
  readonly bounds: WindowBounds | null;
  /** A development build (DevTools allowed); false for the packaged app. */
  readonly development?: boolean;
  /** Query parameters for the page (`apply`: what opening an issue applies by itself). */
  readonly query?: Readonly<Record<string, string>>;
  /** Called with the bounds to remember when the window closes. */
  readonly saveBounds: (bounds: WindowBounds) => void;
  /** Asked on close: true lets the window close now; false holds it until the renderer is ready. */
  readonly beforeClose?: () => boolean;
}

/** Create and load the main window. */
export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const win = new BrowserWindow({
    ...windowOptionsFrom(paths.bounds),
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Galley',
    backgroundColor: '#1e1e1e',
    webPreferences: secureWebPreferences(paths.preload, paths.development === true),
  });
  if (paths.bounds?.maximized) win.maximize();
  guardNavigation(win.webContents, paths.appUrl, (url) => void shell.openExternal(url));
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    paths.saveBounds(boundsToSave(win.getNormalBounds(), win.isMaximized()));
    // The renderer may still have an autosave pending: let it finish first (it answers readyToClose).
    if (paths.beforeClose && !paths.beforeClose()) event.preventDefault();
  });
  if ('file' in paths.page) void (paths.query ? win.loadFile(paths.page.file, { query: { ...paths.query } }) : win.loadFile(paths.page.file));
  else void win.loadURL(paths.page.url);
  return win;
}
