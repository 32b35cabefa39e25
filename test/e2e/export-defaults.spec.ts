import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from './support/fixtures';
import { GalleyPage } from './support/galley-page';
import { samplePath, startBundledHarness } from './support/harness';

test('DOCX has a preview: the text it holds, after its size', async ({ galley, page }) => {
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format').selectOption('docx');
  const preview = dialog.getByTestId('export-preview');
  await expect(preview).toHaveValue(/DOCX/);
  const headline = await galley.articles.nth(0).locator('[data-role="headline"] .paragraph-text').innerText();
  await expect(preview).toHaveValue(new RegExp(headline.slice(0, 8)));
});

test('without metadata, the Markdown heading takes the date from the file name', async ({ galley, harness, page }) => {
  const path = join(harness.dir, 'evening-2023-05-27.txt');
  await writeFile(path, '城市书房开门迎客\n\n城东新建的城市书房昨日开放，市民纷纷前来读书。\n\n老街换新颜\n\n平江路的改造已经完成，街道恢复了往日的热闹。\n');
  await galley.openAndWait(path, 'evening-2023-05-27.txt');
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format').selectOption('md');
  await expect(dialog.getByTestId('export-preview')).toHaveValue(/^# 报纸 2023-05-27\n/);
});

test('the bundled sample exports to the user\'s documents by default, not into the app\'s folder', async ({ page }) => {
  const harness = await startBundledHarness();
  try {
    const galley = new GalleyPage(page);
    await galley.open(harness.url);
    await page.getByTestId('export-button').click();
    const path = await page.getByTestId('export-path').inputValue();
    expect(path).toMatch(/shuozhou-daily-2023-05-27\.repaired\.\w+$/);
    expect(path.startsWith(dirname(samplePath))).toBe(false);
  } finally {
    await harness.stop();
  }
});
