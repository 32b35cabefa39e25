// What opening an issue applies by itself: only changes measured at least 99 % precise (the default, as
// `galley fix` does). The rest waits in the review queue with its measured confidence.
import { expect, test } from './support/fixtures';

test.use({ harnessApply: 'confident' });

test('the sample opens with its doubtful fixes pending, and accepting them gives the seven articles', async ({ galley, page }) => {
  const boundaries = page.locator('[data-testid="suggestion"][data-kind="article-boundary"]');
  await expect(boundaries.first()).toBeVisible();
  // Boundaries whose head stands above a dateline opening are measured near-certain and applied; the
  // others wait for the editor, so the issue opens with fewer than its seven articles.
  const automatic = page.locator('[data-testid="suggestion"][data-kind="article-boundary"][data-status="automatic"]');
  const pending = page.locator('[data-testid="suggestion"][data-kind="article-boundary"][data-status="pending"]');
  await expect(pending.first()).toBeVisible();
  await expect(automatic.first()).toBeVisible();
  const opened = await galley.articles.count();
  expect(opened).toBe((await automatic.count()) + 1);
  expect(opened).toBeLessThan(7);

  // The confidence shown is the measured probability: pending rows are below the automatic threshold,
  // or wait for a change they were planned on (a headline whose article split is pending).
  const shown = (await page.locator('[data-testid="suggestion"][data-status="pending"] .confidence').allTextContents()).map((t) => Number.parseFloat(t));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.some((c) => c < 99)).toBe(true);
  for (const c of shown) expect(c).toBeLessThanOrEqual(100);

  await page.getByTestId('accept-level').fill('0');
  await page.getByTestId('accept-all').click();
  await expect(galley.articles).toHaveCount(7);
  await expect(galley.issuePane.locator('[data-role="headline"] .paragraph-text').first()).toHaveText('不断绘制招商引资「热力图」');
  // One undo step takes every acceptance back.
  await page.keyboard.press('Control+z');
  await expect(galley.articles).toHaveCount(opened);
});
