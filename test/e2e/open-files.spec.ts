import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expect, test } from './support/fixtures';

test('a GB18030 issue reopened as UTF-8 shows garbage and the undecodable lines; reopened as GB18030 the text and the edits are back', async ({ galley, harness, page }) => {
  const text = await readFile(harness.issuePath, 'utf8');
  const path = join(harness.dir, 'gb.txt');
  await writeFile(path, iconv.encode(text, 'gb18030'));
  await galley.openAndWait(path, 'gb.txt');
  await expect(page.getByTestId('encoding-button')).toHaveText('GB18030 (GBK, GB2312)');
  // An edit to keep across the reopen.
  await expect(galley.articles).toHaveCount(7);
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[4]).click();
  await page.keyboard.press('Control+Enter');
  await expect(galley.articles).toHaveCount(8);

  await galley.reopenWithEncoding('utf-8', 'UTF-8');
  await expect(page.getByTestId('open-warnings')).toContainText('not valid UTF-8');
  await expect(page.getByTestId('open-warnings')).toContainText('on lines 3, 5, 7');
  await expect(galley.source.locator('.view-lines')).not.toContainText('奋发有为');
  await expect(galley.source.locator('.view-lines')).toContainText('�');

  await galley.reopenWithEncoding('gb18030', 'GB18030 (GBK, GB2312)');
  await expect(page.getByTestId('open-warnings')).toBeHidden();
  await expect(galley.source.locator('.view-lines')).toContainText('奋发有为 推动高质量发展');
  await expect(galley.articles).toHaveCount(8);
  await expect(page.getByTestId('status-notice')).toContainText('GB18030');
  // A reopen replaces the issue in its own tab: the sample's tab and this one, no third.
  await expect(galley.tabs).toHaveCount(2);
});

test.describe('large files', () => {
  // The sample is ~16 KB: a 20 KB soft limit lets it open and makes a doubled issue "large".
  test.use({ harnessEnv: { GALLEY_SOFT_LIMIT_BYTES: '20000' } });

  test('a file over the soft limit asks first; cancelling keeps the open issue, agreeing opens it', async ({ galley, harness, page }) => {
    const text = await readFile(harness.issuePath, 'utf8');
    const path = join(harness.dir, 'big.txt');
    await writeFile(path, `${text}\n\n${text}`);
    await galley.openFile(path);
    const dialog = page.getByTestId('confirm-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('confirm-message')).toContainText(/MB/);
    await page.getByTestId('confirm-cancel').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('status-file')).toHaveText('shuozhou-daily-2023-05-27.txt');
    await expect(page.getByTestId('error-banner')).toBeHidden();

    await galley.openFile(path);
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('status-file')).toHaveText('big.txt');
    await galley.waitReady();
    await expect(galley.tabs).toHaveCount(2);

    // Over the hard limit there is no question, only the refusal (a sparse file: no disk space is used).
    const huge = join(harness.dir, 'huge.txt');
    await writeFile(huge, '');
    await truncate(huge, 256 * 1024 * 1024 + 1);
    await galley.openFile(huge);
    await expect(page.getByTestId('error-banner')).toContainText('too large to open');
    await expect(page.getByTestId('confirm-dialog')).toBeHidden();
    await expect(galley.tabs).toHaveCount(2);
  });
});
