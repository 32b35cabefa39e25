import { describe, expect, it, vi } from 'vitest';
import type { GalleyCalls } from '../../../src/shared/ipc';
import { callChannels } from '../../../src/shared/ipc';

vi.mock('electron', () => ({}));

const { bindCalls, senderIsApp } = await import('../../../src/main/ipc-binding');
const { isAppUrl } = await import('../../../src/main/security');

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

function fakeCalls(): GalleyCalls {
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  return {
    startupIssue: vi.fn(() => ok({} as never)),
    openIssue: vi.fn(() => ok({} as never)),
    listWorkspace: vi.fn(() => ok({ folder: '/x', issues: [] })),
    writeExport: vi.fn(() => ok({ path: '/x', bytes: 1 })),
    writeExportFiles: vi.fn(() => ok({ folder: '/x', paths: [] })),
    lexicon: vi.fn(() => ok({ zh: '', en: '' })),
    recentFiles: vi.fn(() => ok([])),
    saveSession: vi.fn(() => ok({ path: '/x.galley.json', notice: null })),
    loadSession: vi.fn(() => ok(null)),
    sourceStatus: vi.fn(() => ok('unchanged' as const)),
    hostInfo: vi.fn(() => ok({ kind: 'electron' as const, nativeDialogs: true, platform: 'linux' })),
    pickOpenPath: vi.fn(() => ok(null)),
    pickFolder: vi.fn(() => ok(null)),
    pickSavePath: vi.fn(() => ok(null)),
    setEditLabels: vi.fn(() => ok(undefined)),
    openExternal: vi.fn(() => ok(undefined)),
    readyToClose: vi.fn(() => ok(undefined)),
  };
}

const appUrl = 'file:///app/out/renderer/index.html';
const fromApp = { senderFrame: { url: appUrl } };
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } };

describe('bindCalls', () => {
  it('binds every channel of the contract, all with the galley: prefix', () => {
    const ipc = fakeIpcMain();
    bindCalls(ipc as never, fakeCalls(), () => true);
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(callChannels).sort());
    expect([...ipc.handlers.keys()].every((c) => c.startsWith('galley:'))).toBe(true);
  });

  it('refuses senders that are not the app page, without calling the service', async () => {
    const ipc = fakeIpcMain();
    const calls = fakeCalls();
    bindCalls(ipc as never, calls, senderIsApp(() => appUrl, isAppUrl));
    const result = await ipc.handlers.get('galley:open-issue')!(fromElsewhere, '/etc/passwd');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(calls.openIssue).not.toHaveBeenCalled();
    const noFrame = await ipc.handlers.get('galley:startup-issue')!({ senderFrame: null });
    expect(noFrame).toMatchObject({ ok: false });
  });

  it('validates arguments before calling the service', async () => {
    const ipc = fakeIpcMain();
    const calls = fakeCalls();
    bindCalls(ipc as never, calls, senderIsApp(() => appUrl, isAppUrl));
    const open = ipc.handlers.get('galley:open-issue')!;
    for (const bad of [[], [42], [''], ['a\0b'], ['a', 'b'], [{ path: '/x' }]]) {
      expect(await open(fromApp, ...bad)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    const write = ipc.handlers.get('galley:write-export')!;
    expect(await write(fromApp, { path: '/x', data: 5, encoding: 'utf8', overwrite: false })).toMatchObject({ ok: false });
    expect(await write(fromApp, { path: '/x', data: 'a', encoding: 'latin1', overwrite: false })).toMatchObject({ ok: false });
    expect(await write(fromApp, { path: '/x', data: 'a', encoding: 'utf8' })).toMatchObject({ ok: false });
    expect(await write(fromApp, '/x')).toMatchObject({ ok: false });
    expect(calls.openIssue).not.toHaveBeenCalled();
    expect(calls.writeExport).not.toHaveBeenCalled();
    expect(await open(fromApp, '/tmp/issue.txt')).toMatchObject({ ok: true });
    expect(calls.openIssue).toHaveBeenCalledWith('/tmp/issue.txt');
    expect(await write(fromApp, { path: '/x', data: 'hi', encoding: 'utf8', overwrite: false })).toMatchObject({ ok: true });
  });

  it('turns a thrown error into an internal Result', async () => {
    const ipc = fakeIpcMain();
    const calls = { ...fakeCalls(), recentFiles: vi.fn(() => Promise.reject(new Error('boom'))) };
    bindCalls(ipc as never, calls, () => true);
    expect(await ipc.handlers.get('galley:recent-files')!(fromApp)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('can be unbound', () => {
    const ipc = fakeIpcMain();
    const unbind = bindCalls(ipc as never, fakeCalls(), () => true);
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });
});
