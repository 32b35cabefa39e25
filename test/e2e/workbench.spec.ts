import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseIssue } from '../../src/core';
import { expect, test } from './support/fixtures';
import { repoRoot } from './support/harness';
import { existsSync, readFileSync } from 'node:fs';

const sampleText = readFileSync(join(repoRoot, 'resources/samples/shuozhou-daily-2023-05-27.txt'), 'utf8');
const blocks = parseIssue(sampleText).blocks;

test('opens the sample: its text in Monaco, its blocks beside it', async ({ galley, page }, testInfo) => {
  await expect(galley.source.locator('.view-lines')).toContainText('奋发有为 推动高质量发展');
  await expect(page.getByTestId('status-blocks')).toContainText(String(blocks.length));
  await expect(galley.articles).toHaveCount(7);
  await expect(page.getByTestId('status-file')).toHaveText('shuozhou-daily-2023-05-27.txt');
  await expect(page).toHaveTitle('shuozhou-daily-2023-05-27.txt — Galley');
  // Every paragraph shown traces back to the source: its range's text is the block's text.
  const count = await galley.paragraphs.count();
  expect(count).toBeGreaterThan(0);
  const first = galley.paragraphs.first();
  const start = Number(await first.getAttribute('data-source-start'));
  const end = Number(await first.getAttribute('data-source-end'));
  await expect(first.locator('.paragraph-text')).toHaveText(sampleText.slice(start, end).replace(/\r?\n/g, ''));

  const shot = await page.screenshot({ fullPage: false });
  await testInfo.attach('workbench', { body: shot, contentType: 'image/png' });
  const artefact = testInfo.outputPath('workbench.png');
  await page.screenshot({ path: artefact });
  // The README's screenshot is refreshed on request only, so a test run leaves the tree clean.
  const readmeShot = join(repoRoot, 'docs', 'screenshot.png');
  if (process.env.GALLEY_UPDATE_SCREENSHOT === '1' || !existsSync(readmeShot)) {
    await mkdir(join(repoRoot, 'docs'), { recursive: true });
    await copyFile(artefact, readmeShot);
  }
});

test('clicking a paragraph selects its source range in Monaco', async ({ galley }) => {
  const target = galley.paragraphs.nth(5);
  const start = Number(await target.getAttribute('data-source-start'));
  const end = Number(await target.getAttribute('data-source-end'));
  await target.click();
  await expect(target).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => galley.sourceSelection()).toEqual({ start, end });
  await expect(galley.source.locator('.galley-source-selected').first()).toBeVisible();
});

test('moving the cursor in the source selects its paragraph', async ({ galley, page }) => {
  const line = galley.source.locator('.view-line', { hasText: '通讯员 麻洁琼' }).first();
  await line.click();
  const selected = galley.issuePane.locator('[aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  await expect(selected.locator('.paragraph-text')).toContainText('麻洁琼');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(selected.locator('.paragraph-text')).not.toContainText('麻洁琼');
});

test('language and theme switch; F1 and the palette open', async ({ galley, page }) => {
  const toggle = page.getByTestId('language-button');
  await expect(page.getByTestId('export-button')).toHaveText('导出…');
  await toggle.click();
  await expect(page.getByTestId('export-button')).toHaveText('Export…');
  const before = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.getByTestId('theme-button').click();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);

  await galley.paragraphs.first().click();
  await page.keyboard.press('F1');
  await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-dialog')).toBeHidden();
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByTestId('command-palette')).toBeVisible();
  await page.getByTestId('palette-input').fill('Shortcuts');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
});
