import { expect, test } from './support/fixtures';

test('Alt+↓ across an article boundary keeps the keyboard on the moved paragraph', async ({ galley, page }) => {
  const first = await galley.bodyIds(0);
  const last = first[first.length - 1];
  await galley.paragraph(last).click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(async () => (await galley.bodyIds(1))[0]).toBe(last);
  await expect(galley.paragraph(last)).toBeFocused();
  // The next key works at once: it moves the paragraph back up across the boundary.
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => (await galley.bodyIds(0)).at(-1)).toBe(last);
  await expect(galley.paragraph(last)).toBeFocused();
});

test('Ctrl+Enter keeps the keyboard on the paragraph that now starts the new article', async ({ galley, page }) => {
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[3]).click();
  await page.keyboard.press('Control+Enter');
  await expect(galley.articles).toHaveCount(8);
  await expect(galley.paragraph(ids[3])).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(galley.paragraph(ids[4])).toBeFocused();
});

test('Enter ending an inline edit gives the keyboard back to the paragraph', async ({ galley, page }) => {
  const ids = await galley.bodyIds(0);
  const row = galley.paragraph(ids[1]);
  await row.click();
  await page.keyboard.press('F2');
  const editor = page.getByTestId('inline-editor');
  await expect(editor).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type('！');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect(row).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(galley.paragraph(ids[2])).toBeFocused();
});
