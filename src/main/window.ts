/** Creates the main window with the secure settings, the CSP, navigation guards and remembered bounds. */
import { BrowserWindow, shell } from 'electron';
import { guardNavigation, secureWebPreferences } from './security';
import { loadWindowState, saveWindowState } from './window-state';

/** Where the window's files are. */
export interface WindowPaths {
  readonly preload: string;
  /** The renderer page: a file path (built) or a dev-server URL. */
  readonly page: { readonly file: string } | { readonly url: string };
  readonly appUrl: string;
  readonly stateDir: string;
}

/** Create and load the main window. */
export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const state = loadWindowState(paths.stateDir);
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Galley',
    backgroundColor: '#1e1e1e',
    webPreferences: secureWebPreferences(paths.preload),
  });
  if (state.maximized) win.maximize();
  guardNavigation(win.webContents, paths.appUrl, (url) => void shell.openExternal(url));
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    void saveWindowState(paths.stateDir, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });
  if ('file' in paths.page) void win.loadFile(paths.page.file);
  else void win.loadURL(paths.page.url);
  return win;
}
