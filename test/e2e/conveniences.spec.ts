import { expect, test } from './support/fixtures';

test('the command palette lists the issue pane\'s commands and finds the theme by "dark"', async ({ galley, page }) => {
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[3]).click();
  await page.keyboard.press('Control+Shift+P');
  const input = page.getByTestId('palette-input');
  await input.fill('dark');
  await expect(page.locator('.palette-list li')).toHaveText([/主题/]);
  await input.fill('拆分文章');
  await expect(page.locator('.palette-list li')).toHaveText([/从此段拆分文章\s*Ctrl\+Enter/]);
  // Run "split article" from the palette on the selected paragraph.
  await input.fill('split-article');
  await input.press('Enter');
  await expect(galley.articles).toHaveCount(8);
  await page.keyboard.press('Control+Shift+P');
  await page.getByTestId('palette-input').fill('role-headline');
  await expect(page.locator('.palette-list li')).toHaveCount(1);
});

test('Ctrl+Y redoes', async ({ galley, page }) => {
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[3]).click();
  await page.keyboard.press('Control+Enter');
  await expect(galley.articles).toHaveCount(8);
  await page.keyboard.press('Control+z');
  await expect(galley.articles).toHaveCount(7);
  await page.keyboard.press('Control+y');
  await expect(galley.articles).toHaveCount(8);
});

test('Tab reaches a paragraph when nothing is selected', async ({ galley, page }) => {
  await expect(galley.issuePane.locator('[aria-selected="true"]')).toHaveCount(0);
  await galley.issuePane.focus();
  // Tabbing from the control before the pane lands on it; simulate that route through the keyboard.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const first = galley.paragraphs.first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(galley.paragraphs.nth(1)).toBeFocused();
});

test('each article shows the length of its body', async ({ galley }) => {
  const length = galley.articles.first().getByTestId('article-length');
  await expect(length).toHaveText(/^\d+ 字$/);
  const body = await galley.articles
    .first()
    .locator('[data-role="body"] .paragraph-text')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s/g, '')).join(''));
  await expect(length).toHaveText(`${Array.from(body).length} 字`);
});

test('print shows the repaired issue without the source, toolbar or review queue', async ({ galley, page }) => {
  await page.emulateMedia({ media: 'print' });
  await expect(galley.source).not.toBeInViewport();
  await expect(page.getByTestId('review-queue')).toBeHidden();
  await expect(galley.articles.first()).toBeVisible();
  // The pane is not a scroll box on paper: every article is laid out in full.
  expect(await galley.issuePane.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await page.emulateMedia({ media: 'screen' });
  await expect(galley.source).toBeInViewport();
});
