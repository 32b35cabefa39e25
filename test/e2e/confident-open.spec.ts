// What opening an issue applies by itself: only changes measured at least 99 % precise (the default, as
// `galley fix` does). The rest waits in the review queue with its measured confidence.
import { expect, test } from './support/fixtures';

test.use({ harnessApply: 'confident' });

test('the sample opens with its doubtful fixes pending, and accepting them gives the seven articles', async ({ galley, page }) => {
  const boundaries = page.locator('[data-testid="suggestion"][data-kind="article-boundary"]');
  await expect(boundaries.first()).toBeVisible();
  // Article boundaries are not measured near-certain yet: none is applied, the issue is one article.
  await expect(page.locator('[data-testid="suggestion"][data-kind="article-boundary"][data-status="pending"]')).toHaveCount(await boundaries.count());
  await expect(galley.articles).toHaveCount(1);

  // The confidence shown is the measured probability, below the automatic threshold for every pending row.
  const shown = await page.locator('[data-testid="suggestion"][data-status="pending"] .confidence').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const text of shown) expect(Number.parseFloat(text)).toBeLessThan(99);

  await page.getByTestId('accept-level').fill('0');
  await page.getByTestId('accept-all').click();
  await expect(galley.articles).toHaveCount(7);
  await expect(galley.issuePane.locator('[data-role="headline"] .paragraph-text').first()).toHaveText('不断绘制招商引资「热力图」');
  // One undo step takes every acceptance back.
  await page.keyboard.press('Control+z');
  await expect(galley.articles).toHaveCount(1);
});
