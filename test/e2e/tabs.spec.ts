import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

test('two issues in tabs keep separate undo histories; opening an open issue focuses its tab; closing shows the start screen', async ({ galley, harness, page }) => {
  const second = join(harness.dir, 'second.txt');
  await copyFile(harness.issuePath, second);
  await expect(galley.tabs).toHaveCount(1);

  // An edit in the first tab.
  const before = await galley.bodyIds(0);
  const moved = [before[0], before[2], before[1], ...before.slice(3)];
  await galley.paragraph(before[1]).click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => galley.bodyIds(0)).toEqual(moved);

  await galley.openAndWait(second, 'second.txt');
  await expect(galley.tabs).toHaveCount(2);
  await expect(galley.tab('second.txt')).toHaveAttribute('data-active', 'true');
  // The second issue has its own, empty history and its own unedited document.
  await expect(page.getByTestId('undo-button')).toBeDisabled();
  expect(await galley.bodyIds(0)).toEqual(before);

  // Opening the first again focuses its tab, with its edit and its undo.
  await galley.openFile(harness.issuePath);
  await expect(galley.tabs).toHaveCount(2);
  await expect(galley.tab('shuozhou-daily-2023-05-27.txt')).toHaveAttribute('data-active', 'true');
  await expect(page.getByTestId('status-file')).toHaveText('shuozhou-daily-2023-05-27.txt');
  await expect.poll(() => galley.bodyIds(0)).toEqual(moved);
  await page.getByTestId('undo-button').click();
  await expect.poll(() => galley.bodyIds(0)).toEqual(before);
  await expect(page.getByTestId('undo-button')).toBeDisabled();

  // Switching by the tab strip; the source pane shows each tab's own model.
  await galley.tab('second.txt').getByTestId('tab-select').click();
  await expect(page.getByTestId('status-file')).toHaveText('second.txt');
  await expect(galley.source.locator('.view-lines')).toContainText('奋发有为');

  // An edit closed at once (before the autosave delay) is saved by the close.
  const secondIds = await galley.bodyIds(0);
  await galley.paragraph(secondIds[4]).click();
  await page.keyboard.press('Control+Enter');
  await expect(galley.articles).toHaveCount(8);
  await galley.tab('second.txt').getByTestId('tab-close').click();
  await expect(galley.tabs).toHaveCount(1);
  expect(await readdir(harness.dir)).toContain('second.txt.galley.json');
  await expect(page.getByTestId('status-file')).toHaveText('shuozhou-daily-2023-05-27.txt');
  await galley.tab('shuozhou-daily-2023-05-27.txt').getByTestId('tab-close').click();
  await expect(page.getByTestId('start-screen')).toBeVisible();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  // Recent files lead back (the harness keeps them in memory).
  await page.getByTestId('recent-file').filter({ hasText: 'second.txt' }).click();
  await expect(page.getByTestId('status-file')).toHaveText('second.txt');
  await galley.waitReady();
});
