import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expect, test } from './support/fixtures';

test('a GB18030 file with CRLF line endings opens, and a paragraph selects exactly its source text', async ({ galley, harness, page }) => {
  const text = (await readFile(harness.issuePath, 'utf8')).replace(/\n/g, '\r\n');
  const path = join(harness.dir, 'crlf-gb18030.txt');
  await writeFile(path, iconv.encode(text, 'gb18030'));
  await page.getByTestId('open-button').click();
  await page.getByTestId('open-path').fill(path);
  await page.getByTestId('open-confirm').click();
  await expect(page.getByTestId('status-file')).toHaveText('crlf-gb18030.txt');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(galley.source.locator('.view-lines')).toContainText('奋发有为 推动高质量发展');
  await expect(galley.articles).toHaveCount(7);

  // A paragraph far down the file: every CRLF before it shifts offsets by one if mapped wrongly.
  const row = galley.issuePane.locator('[data-role="headline"]').last();
  await row.click();
  const start = Number(await row.getAttribute('data-source-start'));
  const end = Number(await row.getAttribute('data-source-end'));
  await expect.poll(() => galley.sourceSelection()).toEqual({ start, end });
  await expect(galley.source).toHaveAttribute('data-selection-text', text.slice(start, end));
  await expect(galley.source).toHaveAttribute('data-selection-text', '29年的守护 只为一片林海');
});

test('a UTF-16 LE file with a BOM and mixed line endings maps offsets exactly', async ({ galley, harness, page }) => {
  const lines = (await readFile(harness.issuePath, 'utf8')).split('\n');
  // Alternate CRLF, LF and lone CR: Monaco normalises them, our adapter must not drift.
  const text = lines.map((line, i) => line + (i === lines.length - 1 ? '' : ['\r\n', '\n', '\r'][i % 3])).join('');
  const path = join(harness.dir, 'utf16-mixed.txt');
  await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  await page.getByTestId('open-button').click();
  await page.getByTestId('open-path').fill(path);
  await page.getByTestId('open-confirm').click();
  await expect(page.getByTestId('status-file')).toHaveText('utf16-mixed.txt');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  const row = galley.issuePane.locator('[data-role="headline"]').last();
  await row.click();
  await expect(galley.source).toHaveAttribute('data-selection-text', '29年的守护 只为一片林海');
});
