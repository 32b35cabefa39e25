import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { callChannels } from '../../src/shared/ipc';
import { bridgeScript } from '../../src/node/web-bridge';

/** Run the bridge in a bare context with a recording fetch; returns the window it defined `galley` on. */
function loadBridge() {
  const requests: string[] = [];
  const window = {} as { galley: Record<string, (...args: unknown[]) => Promise<unknown>> };
  const fetch = (url: string) => {
    requests.push(url);
    return Promise.resolve({ ok: true, json: () => Promise.resolve({ ok: true, value: requests.length }) });
  };
  runInNewContext(bridgeScript(), { window, fetch, location: { search: '?token=t' }, URLSearchParams, Object, JSON });
  return { api: window.galley, requests };
}

describe('the harness bridge', () => {
  it('defines every call of the contract on window.galley', () => {
    const { api } = loadBridge();
    for (const name of Object.keys(callChannels)) expect(typeof api[name]).toBe('function');
  });

  it('asks for the start-up issue as the page starts and gives that answer to the first caller only', async () => {
    const { api, requests } = loadBridge();
    expect(requests).toEqual(['/api/startupIssue']);
    expect(await api.startupIssue()).toEqual({ ok: true, value: 1 });
    expect(requests).toHaveLength(1);
    expect(await api.startupIssue()).toEqual({ ok: true, value: 2 });
    expect(requests).toEqual(['/api/startupIssue', '/api/startupIssue']);
  });
});
