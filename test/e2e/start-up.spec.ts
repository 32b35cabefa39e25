import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { repoRoot } from './support/harness';

const sampleLines = readFileSync(join(repoRoot, 'resources/samples/shuozhou-daily-2023-05-27.txt'), 'utf8').split(/\r\n|\r|\n/);

test('the first frame shows the source as plain text, and the editor takes over without covering it', async ({ harness, page }) => {
  // Record what the preview showed when it appeared, before anything else could change it.
  await page.addInitScript(`
    window.__preview = null;
    new MutationObserver((_, observer) => {
      const preview = document.querySelector('[data-testid="source-preview"]');
      if (!preview) return;
      window.__preview = [...preview.querySelectorAll('.source-preview-text')].slice(0, 3).map((line) => line.textContent);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  `);
  await page.goto(harness.url);
  const source = page.getByTestId('source-pane');
  await expect(source.locator('.view-line').first()).toBeVisible();
  expect(await page.evaluate('window.__preview')).toEqual(sampleLines.slice(0, 3));
  // Once Monaco has drawn the source the preview is gone, so it never sits over the editor.
  await expect(page.getByTestId('source-preview')).toHaveCount(0);
  await expect(page.locator('.source-view')).toHaveAttribute('aria-busy', 'false');
  const marks = (await page.evaluate(
    `['galley:source-preview-painted', 'galley:source-painted'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null)`,
  )) as (number | null)[];
  expect(marks[0]).not.toBeNull();
  expect(marks[1]).not.toBeNull();
  expect(marks[0]!).toBeLessThan(marks[1]!);
  // The editor under it is live: a click in the source moves Monaco's cursor.
  await source.locator('.view-line').nth(2).click();
  await expect(source).toHaveAttribute('data-selection-start', /\d+/);
});
