// Another page in the same browser must not be able to use the harness, and two harnesses must coexist.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { GalleyPage } from './support/galley-page';
import { startHarness } from './support/harness';

/** A page on another 127.0.0.1 port: what any local web app or dev server could serve. */
async function otherOrigin(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>elsewhere</title><p>another local page</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('a page on another 127.0.0.1 port cannot call the harness, even with its cookie in the browser', async ({ galley, harness, page }) => {
  await galley.waitReady();
  const { server, origin } = await otherOrigin();
  try {
    const attacker = await page.context().newPage();
    await attacker.goto(origin);
    const target = join(harness.dir, 'written-by-another-page.txt');
    const body = JSON.stringify([{ path: target, data: 'pwned', encoding: 'utf8', overwrite: true }]);
    // A no-cors POST: the browser sends it with the harness's cookie (same site), the page cannot read the answer.
    await attacker.evaluate(
      async ({ url, body }) => {
        await fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', body });
      },
      { url: `${harness.origin}/api/writeExport`, body },
    );
    expect(await stat(target).catch(() => null)).toBeNull();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('two harnesses in one browser keep working side by side', async ({ galley, page }) => {
  await galley.waitReady();
  const second = await startHarness();
  try {
    const other = new GalleyPage(await page.context().newPage());
    await other.page.goto(second.url);
    await other.waitReady();
    // The first tab loads assets with its cookie after the second harness set its own.
    const status = await page.evaluate(async () => (await fetch('/', { credentials: 'include' })).status);
    expect(status).toBe(200);
    // The export dialog is a lazy chunk: it loads (with the cookie) instead of failing the whole UI.
    await page.getByTestId('export-button').click();
    await expect(page.getByTestId('export-dialog')).toBeVisible();
  } finally {
    await second.stop();
  }
});

test('the harness only reaches the folders it was started in, whatever the page asks', async ({ harness, request }) => {
  const post = async (name: string, args: unknown[]) =>
    (await request.post(`${harness.origin}/api/${name}`, { data: args, headers: { 'x-galley-token': harness.token } })).json();
  expect(await post('openIssue', ['/etc/passwd'])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(await post('listWorkspace', ['/etc'])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(await post('saveSession', [{ sourcePath: '/etc/hosts', sourceHash: 'a'.repeat(64), session: {} }])).toMatchObject({ ok: false });
  const outside = join('/tmp', `galley-not-granted-${process.pid}.txt`);
  expect(await post('writeExport', [{ path: outside, data: 'x', encoding: 'utf8', overwrite: true }])).toMatchObject({ ok: false });
  expect(await stat(outside).catch(() => null)).toBeNull();
  // Its own folder works as before.
  expect(await post('openIssue', [harness.issuePath])).toMatchObject({ ok: true });
});
