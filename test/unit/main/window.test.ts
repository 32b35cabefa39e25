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
      stateDir: '/nonexistent-state-dir',
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
