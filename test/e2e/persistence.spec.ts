import { appendFile, readdir } from 'node:fs/promises';
import { expect, test } from './support/fixtures';

test('edits are autosaved in the sidecar and restored on reopen, undo included', async ({ galley, harness, page }) => {
  await expect(galley.articles).toHaveCount(7);
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[4]).click();
  await page.keyboard.press('Control+Enter');
  await expect(galley.articles).toHaveCount(8);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  expect((await readdir(harness.dir)).some((name) => name.endsWith('.galley.json'))).toBe(true);

  await galley.open(harness.url);
  await expect(galley.articles).toHaveCount(8);
  // The notice names the sidecar replayed, so a planted one would be visible.
  await expect(page.getByTestId('status-notice')).toContainText('shuozhou-daily-2023-05-27.txt.galley.json');
  await page.keyboard.press('Control+z');
  await expect(galley.articles).toHaveCount(7);
});

test('a sidecar whose source changed is not replayed and not overwritten', async ({ galley, harness, page }) => {
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[4]).click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await appendFile(harness.issuePath, '\n\n补充一段。\n');

  await galley.open(harness.url);
  await expect(galley.articles).toHaveCount(7);
  await expect(page.getByTestId('status-notice')).toContainText('.galley.json');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'off');
});

test('a source changed on disk while open is reported; reopening keeps the edits aside', async ({ galley, harness, page }) => {
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[4]).click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await appendFile(harness.issuePath, '\n\n补充一段。\n');
  // The check runs when the window regains focus.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByTestId('source-changed-banner')).toBeVisible();
  await page.getByTestId('reopen-source').click();
  await expect(page.getByTestId('source-changed-banner')).toBeHidden();
  await expect(galley.source.locator('.view-lines')).toContainText('奋发有为');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'off');
});
