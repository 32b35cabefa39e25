import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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

test('JSON export has the seven articles with role fields and paragraphs', async ({ galley, harness }) => {
  const out = join(harness.dir, 'exported.galley.json');
  await galley.exportTo(out, 'json');
  const json = JSON.parse(await readFile(out, 'utf8')) as {
    articles: { kicker: string | null; headline: string | null; byline: string | null; paragraphs: string[] }[];
    removed: unknown[];
  };
  expect(json.articles).toHaveLength(7);
  expect(json.articles[0]).toMatchObject({ kicker: '奋发有为 推动高质量发展', headline: '不断绘制招商引资「热力图」', byline: '通讯员 麻洁琼' });
  expect(json.articles.every((a) => a.paragraphs.length > 0)).toBe(true);
  expect(Array.isArray(json.removed)).toBe(true);
});

test('DOCX export writes a zip (binary crosses the bridge intact)', async ({ galley, harness }) => {
  const out = join(harness.dir, 'exported.docx');
  await galley.exportTo(out, 'docx');
  const bytes = await readFile(out);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('an existing file is replaced only after asking', async ({ galley: _ready, harness, page }) => {
  const out = join(harness.dir, 'twice.txt');
  await writeFile(out, 'old');
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-path').fill(out);
  await dialog.getByTestId('export-confirm').click();
  await expect(dialog.getByTestId('export-error')).toBeVisible();
  expect(await readFile(out, 'utf8')).toBe('old');
  await dialog.getByTestId('export-replace').click();
  await expect(dialog).toBeHidden();
  expect(await readFile(out, 'utf8')).toContain('奋发有为');
});

test('an export to a folder that does not exist shows the error and keeps the dialog', async ({ galley: _ready, harness, page }) => {
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-path').fill(join(harness.dir, 'missing', 'deeper', 'x.txt'));
  await dialog.getByTestId('export-confirm').click();
  await expect(dialog.getByTestId('export-error')).toBeVisible();
  await expect(dialog).toBeVisible();
});

test('one file per article goes into a folder with safe names from the headlines', async ({ galley: _ready, harness, page }) => {
  const folder = join(harness.dir, 'articles');
  await mkdir(folder);
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format').selectOption('md');
  await dialog.getByTestId('export-per-article').check();
  await dialog.getByTestId('export-folder').fill(folder);
  await dialog.getByTestId('export-confirm').click();
  await expect(dialog).toBeHidden();
  const names = (await readdir(folder)).sort();
  expect(names).toHaveLength(7);
  expect(names.every((n) => n.endsWith('.md'))).toBe(true);
  expect(names.some((n) => n.includes('不断绘制招商引资「热力图」'))).toBe(true);
});
