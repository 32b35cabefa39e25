// Wires src/main/index.ts against a fake `electron` module: the app's start-up without the binary.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { callChannels, droppedPathChannel, eventChannels } from '../../../src/shared/ipc';

const userData = await mkdtemp(join(tmpdir(), 'galley-main-'));
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
const windows: { options: Record<string, unknown>; sent: unknown[][]; listeners: Map<string, (...a: unknown[]) => void>; loaded: string[] }[] = [];
const menus: unknown[] = [];
const headerHooks: unknown[] = [];
let ready: () => void = () => undefined;
const whenReady = new Promise<void>((resolve) => (ready = resolve));

vi.mock('electron', () => {
  class BrowserWindow {
    record = { options: {} as Record<string, unknown>, sent: [] as unknown[][], listeners: new Map<string, (...a: unknown[]) => void>(), loaded: [] as string[] };
    webContents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      send: (...args: unknown[]) => this.record.sent.push(args),
    };
    constructor(options: Record<string, unknown>) {
      this.record.options = options;
      windows.push(this.record);
    }
    maximize = vi.fn();
    once = vi.fn();
    show = vi.fn();
    on = (event: string, listener: (...a: unknown[]) => void) => this.record.listeners.set(event, listener);
    loadFile = (file: string) => {
      this.record.loaded.push(file);
      return Promise.resolve();
    };
    loadURL = vi.fn(() => Promise.resolve());
    getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
    isMaximized = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    close = vi.fn();
  }
  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: vi.fn(),
      whenReady: () => whenReady,
      getPath: () => userData,
    },
    ipcMain: {
      handle: (channel: string, h: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(channel, h),
      on: (channel: string, l: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, l),
      removeHandler: vi.fn(),
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => menus.push(m) },
    session: { defaultSession: { webRequest: { onHeadersReceived: (hook: unknown) => headerHooks.push(hook) }, setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
});

afterAll(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('main process start-up', () => {
  it('binds every IPC channel, sets the CSP and the menu, and opens one secure window on the renderer page', async () => {
    await import('../../../src/main/index');
    ready();
    await vi.waitFor(() => expect(windows.length).toBe(1));
    expect([...handlers.keys()].sort()).toEqual(Object.values(callChannels).sort());
    expect(headerHooks).toHaveLength(1);
    expect(menus.length).toBeGreaterThan(0);
    const [win] = windows;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    // Not packaged here: a development build keeps DevTools.
    expect((win.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.loaded[0]).toMatch(/renderer[\\/]index\.html$/);
  });

  it('serves the bundled sample to the page and refuses other senders', async () => {
    const page = { senderFrame: { url: `file://${windows[0].loaded[0]}` } };
    const startup = (await handlers.get(callChannels.startupIssue)!(page)) as { ok: boolean; value: { name: string } };
    expect(startup).toMatchObject({ ok: true, value: { name: 'shuozhou-daily-2023-05-27.txt' } });
    expect(await handlers.get(callChannels.startupIssue)!({ senderFrame: { url: 'https://evil.example/' } })).toMatchObject({ ok: false });
  });

  it('holds the window open until the renderer has saved', async () => {
    const win = windows[0];
    const event = { preventDefault: vi.fn() };
    win.listeners.get('close')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(win.sent).toContainEqual([eventChannels.beforeClose, true]);
    const page = { senderFrame: { url: `file://${win.loaded[0]}` } };
    await handlers.get(callChannels.readyToClose)!(page);
    const again = { preventDefault: vi.fn() };
    win.listeners.get('close')!(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it("opens files the OS sends with macOS 'open-file' and a second instance in the window", async () => {
    const { app } = await import('electron');
    const handlerOf = (name: string) => (app.on as unknown as { mock: { calls: [string, (...a: unknown[]) => void][] } }).mock.calls.find(([event]) => event === name)![1];
    const win = windows[0];
    const event = { preventDefault: vi.fn() };
    handlerOf('open-file')(event, '/issues/opened-with.txt');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(win.sent).toContainEqual([eventChannels.openPath, '/issues/opened-with.txt']);
    handlerOf('second-instance')({}, ['electron', 'app', 'second.txt'], '/issues');
    expect(win.sent).toContainEqual([eventChannels.openPath, join('/issues', 'second.txt')]);
  });

  it('asks for a workspace folder with the native folder dialog', async () => {
    const { dialog } = await import('electron');
    const show = dialog.showOpenDialog as unknown as ReturnType<typeof vi.fn>;
    show.mockResolvedValueOnce({ canceled: false, filePaths: ['/issues'] });
    const page = { senderFrame: { url: `file://${windows[0].loaded[0]}` } };
    expect(await handlers.get(callChannels.pickFolder)!(page)).toEqual({ ok: true, value: '/issues' });
    expect(show.mock.calls.at(-1)?.at(-1)).toMatchObject({ properties: expect.arrayContaining(['openDirectory']) });
    show.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handlers.get(callChannels.pickFolder)!(page)).toEqual({ ok: true, value: null });
  });

  it('refuses renderer requests for paths the user did not grant, and allows what a dialog or a drop granted', async () => {
    const { dialog } = await import('electron');
    const page = { senderFrame: { url: `file://${windows[0].loaded[0]}` } };
    const call = (name: keyof typeof callChannels, ...args: unknown[]) => handlers.get(callChannels[name])!(page, ...args) as Promise<{ ok: boolean; error?: { code: string } }>;
    const dir = await mkdtemp(join(tmpdir(), 'galley-grants-'));
    try {
      const secret = join(dir, 'secret.txt');
      await writeFile(secret, 'not for the renderer\n');
      const victim = join(dir, 'victim.conf');
      await writeFile(victim, 'keep me\n');
      expect(await call('openIssue', secret)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(await call('openIssue', '/etc/passwd')).toMatchObject({ ok: false });
      expect(await call('listWorkspace', dir)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(await call('writeExport', { path: victim, data: 'x', encoding: 'utf8', overwrite: true })).toMatchObject({ ok: false });
      expect(await call('saveSession', { sourcePath: secret, sourceHash: 'a'.repeat(64), session: {} })).toMatchObject({ ok: false });
      expect(await call('loadSession', secret, 'a'.repeat(64))).toMatchObject({ ok: false });
      expect(await call('writeExport', { path: join(dir, 'out.txt'), data: 'x', encoding: 'utf8', overwrite: false, sourcePath: secret })).toMatchObject({ ok: false });
      expect(await readFile(victim, 'utf8')).toBe('keep me\n');
      expect(await readdir(dir)).toEqual(['secret.txt', 'victim.conf']);

      // Chosen in the Open dialog: now it opens, and its session and exports beside it are allowed.
      (dialog.showOpenDialog as unknown as ReturnType<typeof vi.fn>).mockResolvedValueOnce({ canceled: false, filePaths: [secret] });
      await call('pickOpenPath');
      expect(await call('openIssue', secret)).toMatchObject({ ok: true });
      expect(await call('loadSession', secret, 'a'.repeat(64))).toMatchObject({ ok: true });
      expect(await call('writeExport', { path: join(dir, 'out.txt'), data: 'x', encoding: 'utf8', overwrite: false, sourcePath: secret })).toMatchObject({ ok: true });
      // Never over the issue itself.
      expect(await call('writeExport', { path: secret, data: 'x', encoding: 'utf8', overwrite: true })).toMatchObject({ ok: false });
      expect(await readFile(secret, 'utf8')).toBe('not for the renderer\n');

      // A dropped file: the preload reports its path, then the page may open it.
      const dropped = join(dir, 'dropped.txt');
      await writeFile(dropped, '标题\n\n正文。\n');
      expect(await call('openIssue', dropped)).toMatchObject({ ok: false });
      listeners.get(droppedPathChannel)!(page, dropped);
      expect(await call('openIssue', dropped)).toMatchObject({ ok: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
