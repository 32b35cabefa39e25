/** Electron main: one window, menus, and the IPC binding of the node services. Nothing else lives here. */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, ipcMain, Menu, session, type BrowserWindow } from 'electron';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from '../shared/csp';
import { droppedPathChannel, eventChannels, type EditLabels, type GalleyEvents, type MenuCommand } from '../shared/ipc';
import { createGalleyService } from '../node/services';
import { createPathGrants, guardCalls } from '../node/path-grants';
import { createPreferencesStore } from '../node/preferences-store';
import { createHostService } from './host-service';
import { bindCalls, senderIsApp } from './ipc-binding';
import { buildMenuTemplate } from './menu';
import { applyContentSecurityPolicy, isAppUrl } from './security';
import { createOpenRequests } from './open-requests';
import { applyModeFromArgv, startupPathFromArgv } from './startup-path';
import { createMainWindow } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const devUrl = process.env.ELECTRON_RENDERER_URL;
const pageFile = join(here, '../renderer/index.html');
const appUrl = devUrl ?? pathToFileURL(pageFile).href;
const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(here, '../../resources');

let mainWindow: BrowserWindow | null = null;
let labels: EditLabels = { undo: null, redo: null, locale: 'zh' };
let closeAllowed = false;
let closeTimer: ReturnType<typeof setTimeout> | null = null;

/** Let the window close once the renderer has flushed its saves (or after a grace period if it hangs). */
function allowClose(): void {
  if (closeTimer) clearTimeout(closeTimer);
  closeAllowed = true;
  mainWindow?.close();
}

function beforeClose(): boolean {
  if (closeAllowed) return true;
  send('beforeClose', true);
  closeTimer ??= setTimeout(allowClose, 3000);
  return false;
}

const send = <E extends keyof GalleyEvents>(event: E, payload: GalleyEvents[E]): void => {
  mainWindow?.webContents.send(eventChannels[event], payload);
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const preferences = createPreferencesStore(app.getPath('userData'));
  // The renderer may only reach paths the user gave us: command line, OS requests, dialogs, drops, recents.
  const grants = createPathGrants();
  const argvPath = startupPathFromArgv(process.argv, app.isPackaged, process.cwd());
  const applyMode = applyModeFromArgv(process.argv);
  if (argvPath) grants.grantFile(argvPath);
  const openRequests = createOpenRequests((path) => send('openPath', path));
  // Registered before 'ready': macOS delivers the file that launched the app this early.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    grants.grantFile(path);
    openRequests.request(path);
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  const service = createGalleyService({
    startupPath: argvPath,
    resourcesDir,
    stateDir: app.getPath('userData'),
    preferences,
  });

  const refreshMenu = async (): Promise<void> => {
    const recent = await service.recentFiles();
    const template = buildMenuTemplate({
      labels,
      recent: recent.ok ? recent.value : [],
      isMac: process.platform === 'darwin',
      send: (command: MenuCommand) => send('menuCommand', command),
      openRecent: (path) => send('openPath', path),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const host = createHostService(
    () => mainWindow,
    (next) => {
      labels = next;
      void refreshMenu();
    },
    allowClose,
  );
  // Opening a file changes Open Recent, so the menu is rebuilt after every open.
  const guarded = guardCalls({ ...service, ...host }, grants);
  const calls = {
    ...guarded,
    openIssue: async (...args: Parameters<typeof service.openIssue>) => {
      const result = await guarded.openIssue(...args);
      void refreshMenu();
      return result;
    },
    // The start-up issue is asked for once the page runs, so later OS requests go to it as events.
    startupIssue: async () => {
      const path = openRequests.startupPath(argvPath);
      openRequests.attach();
      return path === argvPath ? guarded.startupIssue() : calls.openIssue(path ?? '');
    },
  };

  app.on('second-instance', (_event, argv, cwd) => {
    const path = startupPathFromArgv(argv, app.isPackaged, cwd);
    if (path) {
      grants.grantFile(path);
      openRequests.request(path);
    }
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    // Belt and braces: no window or webview other than ours may ever open.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(async () => {
    applyContentSecurityPolicy(session.defaultSession, devUrl ? developmentContentSecurityPolicy : contentSecurityPolicy);
    // Files in Open Recent were opened by the user before; the menu and the start page offer them again.
    for (const path of (await preferences.get()).recentFiles) grants.grantFile(path);
    const trusted = senderIsApp(() => appUrl, isAppUrl);
    bindCalls(ipcMain, calls, trusted);
    // The preload reports the path of a file the user dropped (only a real drop has one); the page cannot send this.
    ipcMain.on(droppedPathChannel, (event, path: unknown) => {
      if (trusted(event) && typeof path === 'string' && path !== '' && !path.includes('\0')) grants.grantFile(path);
    });
    await refreshMenu();
    mainWindow = createMainWindow({
      preload: join(here, '../preload/index.cjs'),
      page: devUrl ? { url: devUrl } : { file: pageFile },
      ...(applyMode ? { query: { apply: applyMode } } : {}),
      appUrl,
      development: !app.isPackaged,
      bounds: (await preferences.get()).windowBounds,
      saveBounds: (bounds) => void preferences.update((p) => ({ ...p, windowBounds: bounds })),
      beforeClose,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
      openRequests.detach();
    });
  });

  app.on('window-all-closed', () => app.quit());
}
