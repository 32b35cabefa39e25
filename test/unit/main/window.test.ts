import { describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; instance: Record<string, unknown> }[] = [];

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    maximize = vi.fn();
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    constructor(options: Record<string, unknown>) {
      created.push({ options, instance: this as unknown as Record<string, unknown> });
    }
  }
  return { BrowserWindow, shell: { openExternal: vi.fn() } };
});

const { createMainWindow } = await import('../../../src/main/window');

describe('createMainWindow', () => {
  it('creates the window with the secure settings and guards its navigation', () => {
    const win = createMainWindow({
      preload: '/app/out/preload/index.cjs',
      page: { file: '/app/out/renderer/index.html' },
      appUrl: 'file:///app/out/renderer/index.html',
      bounds: null,
      saveBounds: () => undefined,
    }) as unknown as { webContents: { on: ReturnType<typeof vi.fn>; setWindowOpenHandler: ReturnType<typeof vi.fn> }; loadFile: ReturnType<typeof vi.fn> };
    const { options } = created[created.length - 1];
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(win.webContents.on.mock.calls.map((c) => c[0])).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect']));
    expect(win.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
    // With no saved state the default size is used.
    expect(options).toMatchObject({ width: 1400, height: 900 });
  });
});

describe('remembered bounds', () => {
  it('reopens where the window was and saves its bounds on close', () => {
    const saved: unknown[] = [];
    const win = createMainWindow({
      preload: '/p.cjs',
      page: { url: 'http://localhost:5173/' },
      appUrl: 'http://localhost:5173/',
      bounds: { x: 10, y: 20, width: 1000, height: 700, maximized: true },
      saveBounds: (b) => saved.push(b),
    }) as unknown as { maximize: ReturnType<typeof vi.fn>; on: ReturnType<typeof vi.fn>; getNormalBounds?: unknown; isMaximized?: unknown };
    const { options } = created[created.length - 1];
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    expect(win.maximize).toHaveBeenCalled();
    const close = win.on.mock.calls.find((c) => c[0] === 'close')?.[1] as () => void;
    Object.assign(win, { getNormalBounds: () => ({ x: 1, y: 2, width: 900, height: 600 }), isMaximized: () => false });
    close();
    expect(saved).toEqual([{ x: 1, y: 2, width: 900, height: 600, maximized: false }]);
  });
});

describe('closing', () => {
  it('holds the close until the renderer says its saves are done', () => {
    let ready = false;
    const win = createMainWindow({
      preload: '/p.cjs',
      page: { file: '/i.html' },
      appUrl: 'file:///i.html',
      bounds: null,
      saveBounds: () => undefined,
      beforeClose: () => ready,
    }) as unknown as { on: ReturnType<typeof vi.fn> };
    Object.assign(win, { getNormalBounds: () => ({ x: 0, y: 0, width: 900, height: 600 }), isMaximized: () => false });
    const close = win.on.mock.calls.find((c) => c[0] === 'close')?.[1] as (e: { preventDefault: () => void }) => void;
    const held = { preventDefault: vi.fn() };
    close(held);
    expect(held.preventDefault).toHaveBeenCalled();
    ready = true;
    const allowed = { preventDefault: vi.fn() };
    close(allowed);
    expect(allowed.preventDefault).not.toHaveBeenCalled();
  });
});
