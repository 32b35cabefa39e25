/**
 * The browser harness: a loopback HTTP server that serves the built renderer and binds the same
 * service object Electron binds to IPC, over POST /api/<call>. Random port, random token; requests
 * without the token (query, header or the cookie set on the first page load) get 403. Calls need the
 * token in the query or header (never the cookie alone) and are refused from any other origin, so a
 * page on another 127.0.0.1 port cannot drive the services (CSRF).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { argValidators, isCallName, type GalleyCalls } from '../shared/ipc';
import { fail } from '../shared/result';
import { bridgeScript } from './web-bridge';
import { contentSecurityPolicy } from '../shared/csp';

/** How to start the harness. */
export interface HarnessOptions {
  readonly calls: GalleyCalls;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** 0 for a random free port. */
  readonly port?: number;
  /** Fixed token for tests; random when omitted. */
  readonly token?: string;
}

/** A running harness. */
export interface Harness {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  readonly server: Server;
  close(): Promise<void>;
}

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const maxBody = 300 * 1024 * 1024;

/** The token cookie's name: per port, because cookies ignore ports and two harnesses would overwrite each other's. */
export function tokenCookieName(port: number): string {
  return `galley_token_${port}`;
}

/**
 * Why an /api request may not come from our own page, or null. Browsers say where a request comes from
 * (Sec-Fetch-Site, Origin); another 127.0.0.1 port is same-site but not same-origin. Clients that are not
 * browsers (tests, curl) send neither and are judged by the token alone.
 */
export function crossOriginProblem(headers: IncomingMessage['headers'], port: number): string | null {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return `Forbidden: a ${String(site)} request`;
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return 'Forbidden origin';
  return null;
}

/** Start the harness on 127.0.0.1. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const rendererDir = resolve(options.rendererDir);
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `Harness error: ${(error as Error).message}`);
      else res.destroy();
    });
  });

  let port = 0;
  const sameToken = (candidate: string | null | undefined): boolean => {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Only our own loopback origin: a page elsewhere cannot reach us by DNS rebinding.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'text/plain', 'Forbidden host');
    const queryToken = url.searchParams.get('token');
    const cookieName = tokenCookieName(port);
    const explicitToken = sameToken(queryToken) || sameToken(header(req, 'x-galley-token'));
    const authorised = explicitToken || sameToken(cookie(req, cookieName));
    if (!authorised) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: missing or wrong token');
    if (sameToken(queryToken)) {
      // Assets and workers load without the query string; the cookie lets them through.
      res.setHeader('Set-Cookie', `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }

    if (url.pathname.startsWith('/api/')) {
      // A browser sends the cookie with any same-site request, even a no-cors one from another port: it
      // only opens assets. Calls need the token the bridge sends as a header, from our own origin.
      if (!explicitToken) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: calls need the token header');
      const crossOrigin = crossOriginProblem(req.headers, port);
      if (crossOrigin !== null) return send(res, 403, 'text/plain; charset=utf-8', crossOrigin);
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      const name = url.pathname.slice('/api/'.length);
      const result = await callService(options.calls, name, await readBody(req));
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (url.pathname === '/galley-bridge.js') return send(res, 200, mimeTypes['.js'], bridgeScript());

    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = resolve(rendererDir, normalize(relative));
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return send(res, 403, 'text/plain', 'Outside the renderer');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain', 'Not found');
    }
    if (relative === 'index.html') body = Buffer.from(injectBridge(body.toString('utf8')));
    return send(res, 200, mimeTypes[extname(file)] ?? 'application/octet-stream', body);
  };

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** Validate and run one call of the contract; failures come back as Result errors. */
export async function callService(calls: GalleyCalls, name: string, body: string): Promise<unknown> {
  if (!isCallName(name)) return fail('invalid-argument', `Unknown call: ${name}`);
  let args: unknown;
  try {
    args = JSON.parse(body === '' ? '[]' : body);
  } catch {
    return fail('invalid-argument', `Refused ${name}: the body is not JSON.`);
  }
  if (!Array.isArray(args) || !argValidators[name](args)) return fail('invalid-argument', `Refused ${name}: invalid arguments.`);
  try {
    const method = calls[name] as (...a: unknown[]) => Promise<unknown>;
    return await method(...args);
  } catch (error) {
    return fail('internal', `${name} failed: ${(error as Error).message}`);
  }
}

/** Put the bridge script before the app's module script, so `window.galley` exists when the app starts. */
export function injectBridge(html: string): string {
  const tag = '<script src="/galley-bridge.js"></script>';
  const at = html.indexOf('<script');
  return at < 0 ? html.replace('</head>', `${tag}</head>`) : `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  const raw = req.headers.cookie ?? '';
  for (const part of raw.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The renderer build folder, relative to this module (source tree: src/node → out/renderer). */
export function defaultRendererDir(): string {
  return join(new URL('../../out/renderer', import.meta.url).pathname);
}
