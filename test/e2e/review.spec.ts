import { expect, test } from './support/fixtures';

test('the sample opens as seven articles with their headlines', async ({ galley }, testInfo) => {
  await expect(galley.articles).toHaveCount(7);
  const headlines = galley.issuePane.locator('[data-role="headline"] .paragraph-text');
  await expect(headlines).toHaveCount(7);
  await expect(headlines.first()).toHaveText('不断绘制招商引资「热力图」');
  await expect(headlines.last()).toHaveText('29年的守护 只为一片林海');
  await testInfo.attach('seven-articles', { body: await galley.page.screenshot(), contentType: 'image/png' });
});

test('reject and accept suggestions, undo the decision, step with F8', async ({ galley, page }, testInfo) => {
  const boundary = page.locator('[data-testid="suggestion"][data-kind="article-boundary"]').first();
  await expect(boundary).toHaveAttribute('data-status', 'automatic');
  await boundary.getByTestId('reject-suggestion').click();
  await expect(boundary).toHaveAttribute('data-status', 'rejected');
  await expect(galley.articles).toHaveCount(6);
  await testInfo.attach('rejected', { body: await page.screenshot(), contentType: 'image/png' });

  await page.keyboard.press('Control+z');
  await expect(boundary).toHaveAttribute('data-status', 'automatic');
  await expect(galley.articles).toHaveCount(7);
  await page.keyboard.press('Control+Shift+z');
  await expect(boundary).toHaveAttribute('data-status', 'rejected');
  await expect(galley.articles).toHaveCount(6);

  await boundary.getByTestId('accept-suggestion').click();
  await expect(boundary).toHaveAttribute('data-status', 'accepted');
  await page.keyboard.press('Control+z');
  await expect(boundary).toHaveAttribute('data-status', 'rejected');
  await page.keyboard.press('Control+z');
  await expect(boundary).toHaveAttribute('data-status', 'automatic');
  await expect(galley.articles).toHaveCount(7);

  // F8 walks the problems and reveals each in the source.
  await galley.paragraphs.first().click();
  await page.keyboard.press('F8');
  const active = page.locator('[data-testid="suggestion"][aria-selected="true"]');
  await expect(active).toHaveCount(1);
  const first = await active.getAttribute('data-suggestion-id');
  await page.keyboard.press('F8');
  await expect(active).not.toHaveAttribute('data-suggestion-id', first ?? '');
  await page.keyboard.press('Shift+F8');
  await expect(active).toHaveAttribute('data-suggestion-id', first ?? '');
  // Alt+X rejects the suggestion F8 points at; Ctrl+Z takes the decision back.
  await page.keyboard.press('Alt+x');
  await expect(active).toHaveAttribute('data-status', 'rejected');
  await page.keyboard.press('Control+z');
  await expect(active).not.toHaveAttribute('data-status', 'rejected');
});

test('accept all above a confidence accepts the pending ones', async ({ galley, page }) => {
  const suggestions = page.getByTestId('suggestion');
  const some = suggestions.first();
  await some.getByTestId('reject-suggestion').click();
  await expect(some).toHaveAttribute('data-status', 'rejected');
  await page.getByTestId('accept-level').fill('0');
  await page.getByTestId('accept-all').click();
  // A rejected suggestion is not pending: accept-all leaves the editor's decision alone.
  await expect(some).toHaveAttribute('data-status', 'rejected');
  await expect(page.locator('[data-testid="suggestion"][data-status="pending"]')).toHaveCount(0);
  await expect(galley.articles).not.toHaveCount(0);
});

test('the queue filters by kind and status', async ({ galley: _ready, page }) => {
  const items = page.getByTestId('suggestion');
  const all = await items.count();
  const boundaries = await page.locator('[data-testid="suggestion"][data-kind="article-boundary"]').count();
  expect(boundaries).toBeGreaterThan(0);
  await page.getByTestId('filter-kind').selectOption('article-boundary');
  await expect(items).toHaveCount(boundaries);
  await expect(page.locator('[data-testid="suggestion"]:not([data-kind="article-boundary"])')).toHaveCount(0);
  await page.getByTestId('filter-kind').selectOption('all');
  await expect(items).toHaveCount(all);
  await page.getByTestId('filter-status').selectOption('rejected');
  await expect(items).toHaveCount(0);
});

test('every suggestion has a marker in the source, coloured by its status', async ({ galley, page }) => {
  await expect(galley.source.locator('.galley-glyph').first()).toBeVisible();
  await expect(galley.source.locator('.galley-glyph-automatic').first()).toBeVisible();
  const first = page.getByTestId('suggestion').first();
  await first.click();
  await first.getByTestId('reject-suggestion').click();
  await expect(galley.source.locator('.galley-glyph-rejected').first()).toBeVisible();
});
