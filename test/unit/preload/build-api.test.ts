import { describe, expect, it, vi } from 'vitest';
import { callChannels, droppedPathChannel, eventChannels } from '../../../src/shared/ipc';

vi.mock('electron', () => ({}));

const { buildGalleyApi } = await import('../../../src/preload/build-api');

function fakeIpc() {
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  return {
    listeners,
    invoke: vi.fn((..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, value: null })),
    send: vi.fn(),
    on: vi.fn((channel: string, l: (...a: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(l);
    }),
    removeListener: vi.fn((channel: string, l: (...a: unknown[]) => void) => listeners.get(channel)?.delete(l)),
  };
}

describe('buildGalleyApi', () => {
  it('exposes the contract calls, `on` and `pathForFile`, and nothing of ipcRenderer', () => {
    const api = buildGalleyApi(fakeIpc(), { getPathForFile: () => '' });
    expect(Object.keys(api).sort()).toEqual([...Object.keys(callChannels), 'on', 'pathForFile'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect('invoke' in api).toBe(false);
    expect('send' in api).toBe(false);
  });

  it('forwards calls to their channel with the arguments only', async () => {
    const ipc = fakeIpc();
    const api = buildGalleyApi(ipc, { getPathForFile: () => '' });
    await api.openIssue('/x.txt');
    expect(ipc.invoke).toHaveBeenCalledWith('galley:open-issue', '/x.txt');
  });

  it('subscriptions hide the event object and return an unsubscribe function', () => {
    const ipc = fakeIpc();
    const api = buildGalleyApi(ipc, { getPathForFile: () => '' });
    const seen: unknown[] = [];
    const off = api.on('menuCommand', (command) => seen.push(command));
    const channel = eventChannels.menuCommand;
    for (const l of ipc.listeners.get(channel)!) l({ sender: 'secret' }, 'export');
    expect(seen).toEqual(['export']);
    off();
    expect(ipc.listeners.get(channel)!.size).toBe(0);
  });

  it('asks for the start-up issue as it is built and gives that answer to the first caller only', async () => {
    const ipc = fakeIpc();
    let answer = 0;
    ipc.invoke.mockImplementation(() => Promise.resolve({ ok: true, value: ++answer }));
    const api = buildGalleyApi(ipc, { getPathForFile: () => '' });
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
    expect(ipc.invoke).toHaveBeenCalledWith(callChannels.startupIssue);
    expect(await api.startupIssue()).toEqual({ ok: true, value: 1 });
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
    // A reload of the app asks the host again.
    expect(await api.startupIssue()).toEqual({ ok: true, value: 2 });
    expect(ipc.invoke).toHaveBeenCalledTimes(2);
  });

  it('a failed early request is not an unhandled rejection, and its first caller sees the failure', async () => {
    const ipc = fakeIpc();
    ipc.invoke.mockImplementationOnce(() => Promise.reject(new Error('host gone')));
    const api = buildGalleyApi(ipc, { getPathForFile: () => '' });
    await new Promise((r) => setTimeout(r, 0));
    await expect(api.startupIssue()).rejects.toThrow('host gone');
  });

  it('pathForFile returns null when there is no path', () => {
    expect(buildGalleyApi(fakeIpc(), { getPathForFile: () => '' }).pathForFile({})).toBeNull();
    const ipc = fakeIpc();
    expect(buildGalleyApi(ipc, { getPathForFile: () => '/a.txt' }).pathForFile({})).toBe('/a.txt');
    // Main is told, so it lets the page open the dropped file.
    expect(ipc.send).toHaveBeenCalledWith(droppedPathChannel, '/a.txt');
    expect(buildGalleyApi(fakeIpc(), { getPathForFile: () => { throw new Error('x'); } }).pathForFile({})).toBeNull();
  });
});
