import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

test('issue properties are edited in a panel, undoable, and carried into the export', async ({ galley, harness, page }) => {
  await page.keyboard.press('Control+I');
  const dialog = page.getByTestId('issue-properties-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('meta-publication').fill('朔州日报');
  await page.getByTestId('meta-date').fill('2023-02-30');
  await expect(page.getByTestId('issue-properties-save')).toBeDisabled();
  await page.getByTestId('meta-date').fill('2023-05-27');
  await page.getByTestId('meta-page').fill('1');
  await page.getByTestId('issue-properties-save').click();
  await expect(dialog).toBeHidden();

  const out = join(harness.dir, 'with-meta.galley.json');
  await galley.exportTo(out, 'json');
  const json = JSON.parse(await readFile(out, 'utf8')) as { galley: { meta: Record<string, string> } };
  expect(json.galley.meta).toMatchObject({ publication: '朔州日报', date: '2023-05-27', page: '1' });

  // The export dialog remembers the last format; undo takes the properties back.
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-format')).toHaveValue('json');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+I');
  await expect(page.getByTestId('meta-publication')).toHaveValue('');
});
