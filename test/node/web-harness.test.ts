import { mkdtemp, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGalleyService } from '../../src/node/services';
import { createWebHostService } from '../../src/node/web-host-service';
import { injectBridge, startHarness, type Harness } from '../../src/node/web-harness';

let dir: string;
let harness: Harness;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-harness-'));
  const renderer = join(dir, 'renderer');
  await mkdir(renderer);
  await writeFile(join(renderer, 'index.html'), '<html><head><script type="module" src="./a.js"></script></head></html>');
  await writeFile(join(renderer, 'a.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'secret');
  await writeFile(join(dir, 'issue.txt'), '标题\n\n正文。\n');
  const service = createGalleyService({ startupPath: join(dir, 'issue.txt'), resourcesDir: dir, stateDir: null });
  harness = await startHarness({ calls: { ...service, ...createWebHostService() }, rendererDir: renderer });
});

afterAll(async () => {
  await harness.close();
  await rm(dir, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${harness.port}`;

describe('web harness', () => {
  it('listens on loopback with a random token in its URL', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('refuses requests without the token', async () => {
    expect((await fetch(`${base()}/`)).status).toBe(403);
    expect((await fetch(`${base()}/a.js`)).status).toBe(403);
    expect((await fetch(`${base()}/api/startupIssue`, { method: 'POST', body: '[]' })).status).toBe(403);
  });

  it('serves the page with the bridge injected and sets a cookie for assets', async () => {
    const page = await fetch(harness.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html.indexOf('galley-bridge.js')).toBeLessThan(html.indexOf('./a.js'));
    const cookie = page.headers.get('set-cookie')!.split(';')[0];
    expect((await fetch(`${base()}/a.js`, { headers: { cookie } })).status).toBe(200);
  });

  it('runs service calls with the token and validates their arguments', async () => {
    const post = (name: string, body: string) =>
      fetch(`${base()}/api/${name}`, { method: 'POST', body, headers: { 'x-galley-token': harness.token } }).then((r) => r.json());
    expect(await post('startupIssue', '[]')).toMatchObject({ ok: true, value: { name: 'issue.txt', text: '标题\n\n正文。\n' } });
    expect(await post('openIssue', '[1]')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await post('openIssue', 'nonsense')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await post('constructor', '[]')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await post('hostInfo', '[]')).toMatchObject({ ok: true, value: { kind: 'web', nativeDialogs: false } });
    const out = join(dir, 'out.txt');
    expect(await post('writeExport', JSON.stringify([{ path: out, data: '正文', encoding: 'utf8', overwrite: false }]))).toMatchObject({ ok: true, value: { bytes: 6 } });
    // Binary formats arrive as base64 and are written byte for byte.
    const bin = join(dir, 'out.bin');
    expect(await post('writeExport', JSON.stringify([{ path: bin, data: Buffer.from([0, 255, 80, 75]).toString('base64'), encoding: 'base64', overwrite: false }]))).toMatchObject({ ok: true, value: { bytes: 4 } });
    // Without overwrite an existing file is kept.
    expect(await post('writeExport', JSON.stringify([{ path: out, data: 'x', encoding: 'utf8', overwrite: false }]))).toMatchObject({ ok: false, error: { code: 'exists' } });
  });

  it('does not serve files outside the renderer', async () => {
    const headers = { 'x-galley-token': harness.token };
    const res = await fetch(`${base()}/..%2Fsecret.txt`, { headers });
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toBe('secret');
  });

  it('refuses foreign Host headers (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: harness.port, path: `/?token=${harness.token}`, headers: { host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(403);
  });

  it('refuses calls carried by the cookie alone or sent from another origin (CSRF)', async () => {
    const page = await fetch(harness.url);
    const cookie = page.headers.get('set-cookie')!.split(';')[0];
    // Per port: a second harness in the same browser sets its own cookie instead of replacing this one.
    expect(cookie.startsWith(`galley_token_${harness.port}=`)).toBe(true);
    const target = join(dir, 'csrf.txt');
    const body = JSON.stringify([{ path: target, data: 'pwned', encoding: 'utf8', overwrite: true }]);
    const { request } = await import('node:http');
    const post = (headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const req = request({ host: '127.0.0.1', port: harness.port, path: '/api/writeExport', method: 'POST', headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.end(body);
      });
    // What a no-cors fetch from http://127.0.0.1:<other port> sends: the cookie (same site), no token header.
    expect(await post({ cookie, origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site', 'content-type': 'text/plain' })).toBe(403);
    expect(await post({ cookie })).toBe(403);
    // Even with the token, a browser request from another origin is refused.
    expect(await post({ 'x-galley-token': harness.token, origin: 'http://127.0.0.1:1' })).toBe(403);
    expect(await post({ 'x-galley-token': harness.token, 'sec-fetch-site': 'same-site' })).toBe(403);
    expect(await stat(target).catch(() => null)).toBeNull();
    // Our own page's calls pass.
    expect(await post({ 'x-galley-token': harness.token, origin: base(), 'sec-fetch-site': 'same-origin' })).toBe(200);
    expect(await stat(target).catch(() => null)).not.toBeNull();
  });

  it('injects the bridge before the first script', () => {
    expect(injectBridge('<head><script src="x"></script></head>')).toMatch(/^<head><script src="\/galley-bridge.js"><\/script>/);
  });
});
