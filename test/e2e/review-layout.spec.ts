import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Cells of the review rows whose text does not fit (cut with an ellipsis). */
async function cutCells(page: Page): Promise<string[]> {
  return page.locator('[data-testid="suggestion"] .kind, [data-testid="suggestion"] .status').evaluateAll((cells) =>
    cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent ?? ''),
  );
}

/** How many suggestion rows are wholly visible in the queue. */
async function visibleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.querySelector('.review-scroll')?.getBoundingClientRect();
    if (!box) return 0;
    return Array.from(document.querySelectorAll('[data-testid="suggestion"]')).filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    }).length;
  });
}

test('the review queue shows kinds and statuses whole, and its header stays one line, in Chinese and English', async ({ galley: _ready, page }) => {
  const header = page.locator('.review-header');
  for (const language of ['zh', 'en']) {
    if (language === 'en') await page.getByTestId('language-button').click();
    await expect(page.getByTestId('review-counts')).toContainText(language === 'zh' ? '自动' : 'automatic');
    expect(await cutCells(page)).toEqual([]);
    // One line: no taller than its tallest control (the accept-all button) plus its padding.
    const headerHeight = (await header.boundingBox())?.height ?? 0;
    const buttonHeight = (await page.getByTestId('accept-all').boundingBox())?.height ?? 0;
    expect(headerHeight).toBeLessThanOrEqual(buttonHeight + 12);
    expect(await visibleRows(page)).toBeGreaterThanOrEqual(8);
    // Nothing of the queue runs past the window's right edge.
    const width = page.viewportSize()?.width ?? 0;
    for (const el of [header, page.getByTestId('accept-all'), page.getByTestId('suggestion').first().locator('.status')]) {
      const box = await el.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
    }
  }
});
