// A failure in one region of the workbench (here a lazy chunk that does not load) stays in that region.
import { expect, test } from './support/fixtures';

test('a dialog whose code fails to load shows an error in its place and leaves the workbench up', async ({ galley, page }) => {
  await galley.waitReady();
  await page.route(/\/assets\/export-dialog-[^/]*\.js/, (route) => route.abort());
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('region-error-dialog')).toBeVisible();
  await expect(page.getByTestId('fatal-error')).toHaveCount(0);
  await expect(galley.articles).toHaveCount(7);
  await page.getByTestId('region-error-dialog').getByRole('button').click();
  await expect(page.getByTestId('region-error-dialog')).toHaveCount(0);
  await expect(galley.source).toBeVisible();
});
