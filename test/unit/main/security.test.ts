import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { applyContentSecurityPolicy, contentSecurityPolicy, guardNavigation, isAllowedExternalUrl, isAppUrl, secureWebPreferences } =
  await import('../../../src/main/security');

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    }),
    emit(event: string, url: string) {
      const prevented = { value: false };
      listeners.get(event)?.({ preventDefault: () => (prevented.value = true) }, url);
      return prevented.value;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the page', () => {
    const prefs = secureWebPreferences('/app/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(secureWebPreferences('/p', true).devTools).toBe(true);
  });
});

describe('content security policy', () => {
  it('allows only our own scripts and no eval', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy).toContain("object-src 'none'");
  });

  it('is added as a header to every response of the session and denies permissions', () => {
    let headersHook: ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void) | null = null;
    let permissionHook: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let checkHook: ((c: unknown, p: string) => boolean) | null = null;
    const session = {
      webRequest: { onHeadersReceived: vi.fn((hook) => (headersHook = hook)) },
      setPermissionRequestHandler: vi.fn((hook) => (permissionHook = hook)),
      setPermissionCheckHandler: vi.fn((hook) => (checkHook = hook)),
    };
    applyContentSecurityPolicy(session as never);
    const callback = vi.fn();
    headersHook!({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
    const granted = vi.fn();
    permissionHook!(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    // A page only checking (navigator.permissions.query) is told "not granted" as well.
    expect(checkHook!(null, 'clipboard-read')).toBe(false);
  });

  it('is the same policy the page carries in its meta tag', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    // frame-ancestors is ignored in a meta tag, so the page omits it; everything else matches.
    expect(meta).toBe(contentSecurityPolicy.replace("; frame-ancestors 'none'", ''));
  });
});

describe('navigation guards', () => {
  const appUrl = 'file:///opt/galley/out/renderer/index.html';

  it('denies navigation away from the app and opens only allow-listed links externally', () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(contents as never, appUrl, openExternal);
    expect(contents.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
    expect(contents.emit('will-navigate', 'https://github.com/galley')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://github.com/galley');
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-navigate', appUrl)).toBe(false);
    expect(contents.emit('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
  });

  it('denies every new window', () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(contents as never, appUrl, openExternal);
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.open('https://github.com/x')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('knows its own page and external allow-list', () => {
    expect(isAppUrl(appUrl, appUrl)).toBe(true);
    expect(isAppUrl('file:///opt/galley/out/renderer/other.html', appUrl)).toBe(false);
    // The same path on another host is a network share, not our page.
    expect(isAppUrl('file://other-host/opt/galley/out/renderer/index.html', appUrl)).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', appUrl)).toBe(false);
    expect(isAllowedExternalUrl('https://github.com/a')).toBe(true);
    expect(isAllowedExternalUrl('http://github.com/a')).toBe(false);
    expect(isAllowedExternalUrl('https://github.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
  });
});
