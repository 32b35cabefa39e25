/** The Electron security settings, in one place so tests can assert them. */
import type { Session, WebContents, WebPreferences } from 'electron';
import { contentSecurityPolicy } from '../shared/csp';

/** webPreferences for every window: isolated, sandboxed, no Node in the page; DevTools only in development. */
export function secureWebPreferences(preloadPath: string, development = false): WebPreferences {
  return {
    preload: preloadPath,
    // A packaged app has no use for DevTools, and they are a console into the page for anyone at the keyboard.
    devTools: development,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** The Content Security Policy (one definition, shared with the harness). */
export { contentSecurityPolicy };

/** Send the CSP as a response header on every response of the session (the page also carries it in a meta tag). */
export function applyContentSecurityPolicy(session: Session, policy: string = contentSecurityPolicy): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
  // No permission (camera, notifications, geolocation, clipboard-read…) is ever needed: refused when
  // asked, and reported as not granted when the page merely checks (navigator.permissions.query).
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Whether a frame URL is our own renderer page (the only sender IPC accepts). */
export function isAppUrl(url: string, appUrl: string): boolean {
  let parsed: URL;
  let app: URL;
  try {
    parsed = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  // file://other-host/<same path> is a network share (UNC on Windows), not our page: the host must match too.
  if (app.protocol === 'file:') return parsed.protocol === 'file:' && parsed.host === app.host && parsed.pathname === app.pathname;
  return parsed.origin === app.origin;
}

/** Deny navigation away from the app and every new window; allow-listed https links go to the system browser. */
export function guardNavigation(contents: WebContents, appUrl: string, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) {
      event.preventDefault();
      if (isAllowedExternalUrl(url)) openExternal(url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** External links the app may open in the system browser: https and these exact origins only. */
export const externalOrigins: readonly string[] = ['https://github.com', 'https://www.iptc.org'];

/** Whether a URL may be opened in the system browser. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && externalOrigins.includes(parsed.origin);
}
