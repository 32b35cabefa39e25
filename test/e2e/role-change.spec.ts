import { expect, test } from './support/fixtures';

const headlineOf = (galley: import('./support/galley-page').GalleyPage, article: number): Promise<string> =>
  galley.articles.nth(article).locator('[data-role="headline"] .paragraph-text').innerText();

test('Alt+2 on a body paragraph asks; "start a new article" makes it the new article\'s headline in one undo step', async ({ galley, page }) => {
  await expect(galley.articles).toHaveCount(7);
  const headline = await headlineOf(galley, 0);
  const ids = await galley.bodyIds(0);
  const text = await galley.paragraph(ids[4]).locator('.paragraph-text').innerText();
  await galley.paragraph(ids[4]).click();
  await page.keyboard.press('Alt+2');
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('confirm-message')).toContainText(headline.slice(0, 10));
  await page.getByTestId('confirm-ok').click();
  await expect(galley.articles).toHaveCount(8);
  // The first article keeps its headline; the paragraph heads a new article with what followed it.
  expect(await headlineOf(galley, 0)).toBe(headline);
  await expect(galley.articles.nth(1).locator('[data-role="headline"] .paragraph-text')).toHaveText(text);
  expect(await galley.bodyIds(1)).toEqual(ids.slice(5));
  await expect(page.getByTestId('status-notice')).toContainText('另起一篇文章');
  await page.keyboard.press('Control+z');
  await expect(galley.articles).toHaveCount(7);
  expect(await galley.bodyIds(0)).toEqual(ids);
  expect(await headlineOf(galley, 0)).toBe(headline);
});

test('replacing the headline says where the old one went and is one undo step; cancel changes nothing', async ({ galley, page }) => {
  const headline = await headlineOf(galley, 0);
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[2]).click();
  await galley.paragraph(ids[2]).getByTestId('role-select').selectOption('headline');
  await page.getByTestId('confirm-cancel').click();
  await expect(page.getByTestId('confirm-dialog')).toBeHidden();
  expect(await galley.bodyIds(0)).toEqual(ids);

  await galley.paragraph(ids[2]).getByTestId('role-select').selectOption('headline');
  await page.getByTestId('confirm-alternative').click();
  await expect(galley.articles).toHaveCount(7);
  await expect(galley.articles.nth(0).locator('[data-role="headline"]')).toHaveAttribute('data-paragraph-id', ids[2]);
  await expect(page.getByTestId('status-notice')).toContainText(headline.slice(0, 10));
  await page.getByTestId('undo-button').click();
  await expect.poll(() => galley.bodyIds(0)).toEqual(ids);
  expect(await headlineOf(galley, 0)).toBe(headline);
});
