import { expect, test } from './support/fixtures';

// Every control must have an accessible name (issue 5: "accessible names on every control").
const unnamedControls = `(() => {
  const named = (el) =>
    (el.getAttribute('aria-label') || '').trim() ||
    (el.getAttribute('aria-labelledby') ? 'labelled' : '') ||
    (el.closest('label')?.textContent || '').trim() ||
    (el.getAttribute('title') || '').trim() ||
    (['BUTTON', 'OPTION'].includes(el.tagName) || el.getAttribute('role') === 'option' ? (el.textContent || '').trim() : '');
  const controls = [...document.querySelectorAll('button, select, input, textarea, [role="option"], [role="separator"], [role="listbox"], [role="dialog"]')]
    .filter((el) => !el.closest('[aria-hidden="true"]'));
  return controls.filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 120));
})()`;

test('every control has an accessible name, in the main view and in the dialogs', async ({ galley, harness, page }) => {
  await galley.paragraphs.nth(3).click();
  expect(await page.evaluate(unnamedControls)).toEqual([]);
  for (const [key, dialog] of [
    ['Control+e', 'export-dialog'],
    ['F1', 'shortcuts-dialog'],
    ['Control+Shift+P', 'command-palette'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(page.getByTestId(dialog)).toBeVisible();
    expect(await page.evaluate(unnamedControls)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId(dialog)).toBeHidden();
  }
  await page.getByTestId('open-button').click();
  expect(await page.evaluate(unnamedControls)).toEqual([]);
  await page.keyboard.press('Escape');
  // The encoding menu, the workspace panel, the export-all dialog and the start screen.
  await page.getByTestId('encoding-button').click();
  await expect(page.getByTestId('encoding-menu')).toBeVisible();
  expect(await page.evaluate(unnamedControls)).toEqual([]);
  await page.keyboard.press('Escape');
  await galley.openFolder(harness.dir);
  await page.getByTestId('workspace-export-all').click();
  await expect(page.getByTestId('export-all-dialog')).toBeVisible();
  expect(await page.evaluate(unnamedControls)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('tab-close').click();
  await expect(page.getByTestId('start-screen')).toBeVisible();
  expect(await page.evaluate(unnamedControls)).toEqual([]);
});
