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
