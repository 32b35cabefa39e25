import { expect, test } from './support/fixtures';

test('move a paragraph by keyboard, undo and redo it', async ({ galley, page }) => {
  const before = await galley.bodyIds(0);
  const moved = [before[0], before[2], before[1], ...before.slice(3)];
  await galley.paragraph(before[1]).click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => galley.bodyIds(0)).toEqual(moved);
  await page.keyboard.press('Control+z');
  await expect.poll(() => galley.bodyIds(0)).toEqual(before);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => galley.bodyIds(0)).toEqual(moved);
  await page.getByTestId('undo-button').click();
  await expect.poll(() => galley.bodyIds(0)).toEqual(before);
});

test('move a paragraph by drag and drop', async ({ galley }, testInfo) => {
  const before = await galley.bodyIds(0);
  const dragged = before[1];
  const target = galley.paragraph(before[3]);
  const box = await target.boundingBox();
  // Dropping on the lower half of a paragraph puts the dragged one after it.
  await galley.paragraph(dragged).dragTo(target, { targetPosition: { x: 20, y: (box?.height ?? 20) - 4 } });
  await expect.poll(async () => (await galley.bodyIds(0)).indexOf(dragged)).toBe(3);
  await testInfo.attach('after-drag', { body: await galley.page.screenshot(), contentType: 'image/png' });
});

test('change a role and restore a removed paragraph', async ({ galley, page }) => {
  const pile = page.getByTestId('removed-pile').locator('[data-testid="paragraph"]');
  const removedBefore = await pile.count();
  const ids = await galley.bodyIds(1);
  // The role menu appears on the selected paragraph.
  await galley.paragraph(ids[0]).click();
  await galley.paragraph(ids[0]).getByTestId('role-select').selectOption('junk');
  await expect(pile).toHaveCount(removedBefore + 1);
  await pile.last().getByTestId('restore').click();
  await expect(pile).toHaveCount(removedBefore);
  await page.keyboard.press('Control+z');
  await expect(pile).toHaveCount(removedBefore + 1);
});

test('split an article and merge it back by keyboard', async ({ galley, page }) => {
  await expect(galley.articles).toHaveCount(7);
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[4]).click();
  await page.keyboard.press('Control+Enter');
  await expect(galley.articles).toHaveCount(8);
  await galley.paragraph(ids[4]).click();
  await page.keyboard.press('Control+Backspace');
  await expect(galley.articles).toHaveCount(7);
  expect(await galley.bodyIds(0)).toEqual(ids);
});

test('edit a paragraph inline: typed text is marked, undo restores the source text', async ({ galley, page }) => {
  const ids = await galley.bodyIds(0);
  const row = galley.paragraph(ids[0]);
  const original = await row.locator('.paragraph-text').innerText();
  await row.dblclick();
  const editor = page.getByTestId('inline-editor');
  await expect(editor).toBeVisible();
  await editor.fill(`${original}（编者注）`);
  await editor.press('Enter');
  await expect(row.locator('.paragraph-text')).toHaveText(`${original}（编者注）`);
  await expect(row).toHaveAttribute('data-typed', 'true');
  await expect(row.locator('mark.typed')).toHaveText('（编者注）');
  await page.keyboard.press('Control+z');
  await expect(row.locator('.paragraph-text')).toHaveText(original);
});

test('move an article by keyboard and navigate with the outline', async ({ galley, page }) => {
  const headlines = galley.issuePane.locator('[data-role="headline"] .paragraph-text');
  const first = await headlines.nth(0).innerText();
  const second = await headlines.nth(1).innerText();
  await galley.articles.nth(1).locator('[data-role="headline"]').click();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(headlines.nth(0)).toHaveText(second);
  await expect(headlines.nth(1)).toHaveText(first);
  const lastId = await galley.articles.nth(6).getAttribute('data-article-id');
  await page.getByTestId('outline').selectOption(lastId ?? '');
  await expect(galley.articles.nth(6).locator('[aria-selected="true"]')).toHaveCount(1);
});

test('split a paragraph at the caret, change a role by keyboard', async ({ galley, page }) => {
  const ids = await galley.bodyIds(0);
  const row = galley.paragraph(ids[0]);
  const original = await row.locator('.paragraph-text').innerText();
  await row.click();
  await page.keyboard.press('F2');
  const editor = page.getByTestId('inline-editor');
  await editor.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(10, 10));
  await editor.press('Alt+Enter');
  await expect.poll(async () => (await galley.bodyIds(0)).length).toBe(ids.length + 1);
  await expect(row.locator('.paragraph-text')).toHaveText(original.slice(0, 10));
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await galley.bodyIds(0)).length).toBe(ids.length);

  await galley.paragraph(ids[1]).click();
  await page.keyboard.press('Alt+6');
  await expect(galley.paragraph(ids[1])).toHaveAttribute('data-role', 'caption');
});

test('move an article by dragging its header', async ({ galley, page }) => {
  const headlines = galley.issuePane.locator('[data-role="headline"] .paragraph-text');
  const first = await headlines.nth(0).innerText();
  const handles = page.getByTestId('article-handle');
  // Articles are tall, so a pointer drag would have to scroll mid-drag; the HTML5 drag events are
  // dispatched directly instead (the drop lands on the upper half of article 4's header: "before").
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await handles.nth(0).dispatchEvent('dragstart', { dataTransfer });
  await handles.nth(3).scrollIntoViewIfNeeded();
  await handles.nth(3).dispatchEvent('dragover', { dataTransfer });
  await handles.nth(3).dispatchEvent('drop', { dataTransfer, clientY: 0 });
  await expect(headlines.nth(2)).toHaveText(first);
  await page.keyboard.press('Control+z');
  await expect(headlines.nth(0)).toHaveText(first);
});
