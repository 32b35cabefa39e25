import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

test('File > Export writes the issue as plain text to the chosen path', async ({ galley, harness }, testInfo) => {
  const out = join(harness.dir, 'exported.txt');
  const preview = await galley.exportTo(out, 'txt');
  const written = await readFile(out, 'utf8');
  expect(written).toBe(preview);
  expect(written).toContain('奋发有为 推动高质量发展');
  // The source file is never written to.
  expect(await readFile(harness.issuePath, 'utf8')).toBe(await readFile(join(testInfo.project.testDir, '../../resources/samples/shuozhou-daily-2023-05-27.txt'), 'utf8'));
  const paragraphs = written.trim().split(/\n{2,}/);
  expect(paragraphs.length).toBeGreaterThan(20);
});

test('JSON export has articles with role fields and paragraphs', async ({ galley, harness }) => {
  const out = join(harness.dir, 'exported.json');
  await galley.exportTo(out, 'json');
  const json = JSON.parse(await readFile(out, 'utf8')) as { articles: { headline: string | null; paragraphs: string[] }[]; removed: unknown[] };
  expect(json.articles.length).toBeGreaterThan(0);
  expect(json.articles.flatMap((a) => a.paragraphs).length).toBeGreaterThan(0);
  expect(Array.isArray(json.removed)).toBe(true);
});

test('an export to a folder that does not exist shows the error and keeps the dialog', async ({ galley: _ready, harness, page }) => {
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-path').fill(join(harness.dir, 'missing', 'deeper', 'x.txt'));
  await dialog.getByTestId('export-confirm').click();
  await expect(dialog.getByTestId('export-error')).toBeVisible();
  await expect(dialog).toBeVisible();
});
