import { expect, test } from './support/fixtures';

test('the harness refuses requests without the token', async ({ harness, request }) => {
  const page = await request.get(`${harness.origin}/`);
  expect(page.status()).toBe(403);
  const api = await request.post(`${harness.origin}/api/startupIssue`, { data: [] });
  expect(api.status()).toBe(403);
  const wrong = await request.post(`${harness.origin}/api/startupIssue`, { data: [], headers: { 'x-galley-token': 'nope' } });
  expect(wrong.status()).toBe(403);
  const good = await request.post(`${harness.origin}/api/startupIssue`, { data: [], headers: { 'x-galley-token': harness.token } });
  expect(good.status()).toBe(200);
  expect(((await good.json()) as { ok: boolean }).ok).toBe(true);
});

test('the harness validates arguments like the IPC binding does', async ({ harness, request }) => {
  const bad = await request.post(`${harness.origin}/api/openIssue`, { data: [42], headers: { 'x-galley-token': harness.token } });
  expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  const unknown = await request.post(`${harness.origin}/api/rm`, { data: [], headers: { 'x-galley-token': harness.token } });
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
});

test('opening a missing file shows a readable error and keeps the issue', async ({ galley, harness, page }) => {
  await page.getByTestId('open-button').click();
  await page.getByTestId('open-path').fill(`${harness.dir}/nope.txt`);
  await page.getByTestId('open-confirm').click();
  await expect(page.getByTestId('error-banner')).toContainText('nope.txt');
  await expect(galley.source.locator('.view-lines')).toContainText('奋发有为');
});
