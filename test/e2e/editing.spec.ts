import { expect, test } from './support/fixtures';

test('move a paragraph by keyboard, undo and redo it', async ({ galley, page }) => {
  const before = await galley.paragraphIds();
  await galley.paragraph(before[1]).click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => galley.paragraphIds()).toEqual([before[0], before[2], before[1], ...before.slice(3)]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => galley.paragraphIds()).toEqual(before);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => galley.paragraphIds()).toEqual([before[0], before[2], before[1], ...before.slice(3)]);
  await page.getByTestId('undo-button').click();
  await expect.poll(() => galley.paragraphIds()).toEqual(before);
});

test('move a paragraph by drag and drop', async ({ galley }, testInfo) => {
  const before = await galley.paragraphIds();
  const dragged = before[3];
  const target = galley.paragraph(before[6]);
  const box = await target.boundingBox();
  // Dropping on the lower half of a paragraph puts the dragged one after it.
  await galley.paragraph(dragged).dragTo(target, { targetPosition: { x: 20, y: (box?.height ?? 20) - 4 } });
  await expect.poll(async () => (await galley.paragraphIds()).indexOf(dragged)).toBe(6);
  await testInfo.attach('after-drag', { body: await galley.page.screenshot(), contentType: 'image/png' });
});

test('change a role and restore a removed paragraph', async ({ galley, page }) => {
  const ids = await galley.paragraphIds();
  const row = galley.paragraph(ids[2]);
  await row.getByTestId('role-select').selectOption('junk');
  const pile = page.getByTestId('removed-pile');
  await expect(pile.locator('[data-testid="paragraph"]')).toHaveCount(1);
  await pile.getByTestId('restore').click();
  await expect(pile.locator('[data-testid="paragraph"]')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(pile.locator('[data-testid="paragraph"]')).toHaveCount(1);
});
