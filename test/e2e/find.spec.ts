import { expect, test } from './support/fixtures';

/** The issue pane's text of every paragraph (the removed pile is not part of the issue). */
const issueText = (pane: import('@playwright/test').Locator): Promise<string> =>
  pane.locator('[data-testid="article-card"] .paragraph-text').evaluateAll((els) => els.map((e) => e.textContent ?? '').join('\n'));

test('Ctrl+F in the source opens Monaco\'s find widget and finds 人企业', async ({ galley, page }) => {
  await galley.source.locator('.view-lines').click();
  await page.keyboard.press('Control+f');
  const widget = galley.source.locator('.find-widget');
  // Monaco keeps a closed find widget in the DOM, off screen; its `visible` class says whether it is open.
  await expect(widget).toHaveClass(/\bvisible\b/);
  await page.keyboard.type('人企业');
  await expect(widget.locator('.matchesCount')).toHaveText(/1\D+1/);
  await page.keyboard.press('Enter');
  // The match is selected in the source, and the paragraph holding it is selected in the issue pane.
  await expect(galley.source).toHaveAttribute('data-selection-text', '人企业');
  await page.keyboard.press('Escape');
  await expect(widget).not.toHaveClass(/\bvisible\b/);
});

test('hovering a suggestion\'s glyph shows its reason and confidence', async ({ galley, page }) => {
  const glyph = galley.source.locator('.galley-glyph').first();
  await expect(glyph).toBeVisible();
  await glyph.hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: '%' });
  await expect(hover.first()).toBeVisible();
  await expect(hover.first()).toContainText(/\d+%\s·\s\S+/);
});

test('Ctrl+F in the issue pane finds 人企业; replace is an undoable edit', async ({ galley, page }) => {
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[0]).click();
  await page.keyboard.press('Control+f');
  const bar = page.getByTestId('find-bar');
  await expect(bar).toBeVisible();
  await expect(page.getByTestId('find-input')).toBeFocused();
  await page.keyboard.type('人企业');
  await expect(page.getByTestId('find-count')).toHaveText('1/1');
  // The occurrence's paragraph is selected (and so shown in the source), with the phrase marked.
  const selected = galley.issuePane.locator('[data-testid="paragraph"][aria-selected="true"]');
  await expect(selected.getByTestId('find-match')).toHaveText('人企业');
  const paragraphId = (await selected.getAttribute('data-paragraph-id')) ?? '';
  const row = galley.paragraph(paragraphId);
  const before = await row.locator('.paragraph-text').innerText();

  await page.getByTestId('replace-input').fill('入企业');
  await page.getByTestId('replace-one').click();
  await expect(row.locator('.paragraph-text')).toHaveText(before.replace('人企业', '入企业'));
  await expect(page.getByTestId('find-count')).toHaveText('无结果');
  await page.getByTestId('undo-button').click();
  await expect(row.locator('.paragraph-text')).toHaveText(before);
  await expect(page.getByTestId('find-count')).toHaveText('1/1');
});

test('replace all in the issue pane is one undo step', async ({ galley, page }) => {
  const original = await issueText(galley.issuePane);
  const occurrences = original.split('企业').length - 1;
  expect(occurrences).toBeGreaterThan(3);
  await galley.paragraph((await galley.bodyIds(0))[0]).click();
  await page.keyboard.press('Control+f');
  await page.keyboard.type('企业');
  await expect(page.getByTestId('find-count')).toHaveText(`1/${occurrences}`);
  await page.getByTestId('replace-input').fill('公司');
  await page.getByTestId('replace-all').click();
  await expect(page.getByTestId('find-count')).toHaveText('无结果');
  await expect.poll(() => issueText(galley.issuePane)).toBe(original.split('企业').join('公司'));
  await expect(page.getByTestId('status-notice')).toContainText(String(occurrences));
  await page.getByTestId('undo-button').click();
  await expect.poll(() => issueText(galley.issuePane)).toBe(original);
  // Escape closes the bar and gives the keyboard back to the selected paragraph.
  await page.getByTestId('find-input').press('Escape');
  await expect(page.getByTestId('find-bar')).toBeHidden();
  await expect(galley.issuePane.locator('[data-testid="paragraph"][aria-selected="true"]')).toBeFocused();
});
