import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

test('a failed open keeps the shown issue, says so in Chinese, and can be dismissed', async ({ galley, harness, page }) => {
  const blocks = await page.getByTestId('status-blocks').innerText();
  await galley.openFile(join(harness.dir, 'nope.txt'));
  const banner = page.getByTestId('error-banner');
  await expect(banner).toContainText('nope.txt：找不到该文件');
  await expect(page.getByTestId('status-blocks')).toHaveText(blocks);
  await expect(galley.articles).toHaveCount(7);
  // The language switch says it again in English.
  await page.getByTestId('language-button').click();
  await expect(banner).toContainText('nope.txt: file not found');
  await page.getByTestId('error-dismiss').click();
  await expect(banner).toBeHidden();
});

test('notices stay with their tab, follow the language and count one step as one', async ({ galley, harness, page }) => {
  // One step of edits on a second issue, saved, then reopened in a fresh page: "1 step".
  const second = join(harness.dir, 'second.txt');
  await writeFile(second, '第二份报纸标题\n\n第一段正文。\n\n第二段正文。\n');
  await galley.openAndWait(second, 'second.txt');
  await galley.paragraphs.nth(1).click();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await galley.waitReady();
  await galley.openAndWait(second, 'second.txt');
  const notice = page.getByTestId('status-notice');
  // The notice names the sidecar it replayed and when it was saved (a planted one is visible).
  await expect(notice).toHaveText(/^已恢复上次的编辑（1 步），来自 .*second\.txt\.galley\.json，保存于 /);
  await page.getByTestId('language-button').click();
  await expect(notice).toHaveText(/^Restored your previous edits \(1 step\) from .*second\.txt\.galley\.json, saved /);
  await galley.tab('shuozhou-daily-2023-05-27.txt').getByTestId('tab-select').click();
  await expect(notice).toBeHidden();
});

test('"already exists" is said in Chinese', async ({ galley, harness, page }) => {
  const path = join(harness.dir, 'taken.txt');
  await writeFile(path, 'x');
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-format').selectOption('txt');
  await page.getByTestId('export-path').fill(path);
  await page.getByTestId('export-confirm').click();
  await expect(galley.articles).toHaveCount(7);
  await expect(page.getByTestId('export-error')).toHaveText('taken.txt：文件已存在');
});

test('a new tab does not start with the previous tab\'s source selection', async ({ galley, harness }) => {
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[2]).click();
  await expect(galley.source.locator('.galley-source-selected').first()).toBeVisible();
  const second = join(harness.dir, 'second.txt');
  await writeFile(second, '第二份报纸标题\n\n第一段正文。\n\n第二段正文。\n');
  await galley.openAndWait(second, 'second.txt');
  await expect(galley.issuePane.locator('[aria-selected="true"]')).toHaveCount(0);
  await expect(galley.source.locator('.galley-source-selected')).toHaveCount(0);
  expect(await galley.sourceSelection()).toEqual({ start: 0, end: 0 });
});

test('the per-article checkbox sits beside its label', async ({ galley, page }) => {
  await expect(galley.articles).toHaveCount(7);
  await page.getByTestId('export-button').click();
  const box = await page.getByTestId('export-per-article').boundingBox();
  const label = await page.getByTestId('export-per-article').locator('xpath=following-sibling::span').boundingBox();
  expect(box && label).toBeTruthy();
  if (!box || !label) return;
  // A checkbox stretched like a text field draws its box in the middle of the row, far from the label.
  expect(box.width).toBeLessThan(30);
  expect(label.x - box.x).toBeLessThan(50);
});

test('in the browser, the start screen does not invite a drop it cannot take, and a drop says how to open', async ({ galley, page }) => {
  await galley.tab('shuozhou-daily-2023-05-27.txt').getByTestId('tab-close').click();
  await expect(page.getByTestId('drop-hint')).toContainText('输入文件路径');
  const data = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['标题'], 'dropped.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.getByTestId('start-screen').dispatchEvent('drop', { dataTransfer: data });
  await expect(page.getByTestId('status-notice')).toContainText('dropped.txt');
});
