import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { GalleyPage } from './support/galley-page';
import { samplePath, startBundledHarness } from './support/harness';

test('edits to the bundled sample, Issue properties included, survive a reload and stay out of the app\'s resources', async ({ page }) => {
  const harness = await startBundledHarness();
  try {
    const galley = new GalleyPage(page);
    await galley.open(harness.url);
    await expect(galley.articles).toHaveCount(7);
    const ids = await galley.bodyIds(0);
    await galley.paragraph(ids[4]).click();
    await page.keyboard.press('Control+Enter');
    await expect(galley.articles).toHaveCount(8);
    await page.keyboard.press('Control+i');
    await page.getByTestId('meta-edition').fill('第三版');
    await page.getByTestId('issue-properties-save').click();
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

    await page.reload();
    await galley.waitReady();
    await expect(galley.articles).toHaveCount(8);
    await expect(page.getByTestId('status-notice')).toContainText('已恢复');
    await page.keyboard.press('Control+i');
    await expect(page.getByTestId('meta-edition')).toHaveValue('第三版');
    // The session went to the app-data folder, not beside the sample in the repository.
    expect((await readdir(dirname(samplePath))).filter((n) => n.includes('galley'))).toEqual([]);
    expect(await readdir(join(harness.dir, 'app-data', 'bundled'))).toContain('shuozhou-daily-2023-05-27.txt.galley.json');
  } finally {
    await harness.stop();
  }
});
