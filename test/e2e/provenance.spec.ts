import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

// An English issue whose two paragraphs are cut at a column break: analysis joins them with a space.
const english = [
  'City Council Approves New Budget',
  'By Jane Smith',
  'The city council voted on Tuesday to approve the new budget for the coming year, which includes more money for schools and',
  'roads across the whole county. The mayor said the plan would help families.',
  'Residents who spoke at the meeting were mostly in favour of the plan, although some asked for more details about the cost of the',
  'new library that the council has promised to open in the spring.',
].join('\n\n');

test('an automatic English join shows as a join, not as text the editor typed', async ({ galley, harness }) => {
  const path = join(harness.dir, 'council.txt');
  await writeFile(path, `${english}\n`);
  await galley.openAndWait(path, 'council.txt');
  const joined = galley.issuePane.locator('[data-testid="paragraph"][data-joined="true"]');
  await expect(joined).toHaveCount(2);
  await expect(joined.first().locator('.paragraph-text')).toHaveText(/schools and roads across/);
  await expect(joined.first().getByTestId('join-mark')).toHaveText(' ');
  await expect(joined.first().getByTestId('join-mark')).toHaveAttribute('title', /拼接/);
  await expect(galley.issuePane.locator('mark.typed')).toHaveCount(0);
  await expect(galley.issuePane.locator('[data-typed="true"]')).toHaveCount(0);
});

test('auto-joined Chinese paragraphs carry a join mark', async ({ galley }) => {
  const joined = galley.issuePane.locator('[data-testid="paragraph"][data-joined="true"]');
  await expect(joined.first()).toBeVisible();
  await expect(joined.first().getByTestId('join-mark').first()).toHaveText('');
});

test('a character deleted while editing is the editor\'s deletion, counted apart from what analysis removed', async ({ galley, page }) => {
  const count = page.getByTestId('removed-count');
  const removedBefore = await count.innerText();
  const ids = await galley.bodyIds(0);
  const row = galley.paragraph(ids[1]);
  const original = await row.locator('.paragraph-text').innerText();
  await row.dblclick();
  const editor = page.getByTestId('inline-editor');
  // Delete one character from the middle.
  await editor.fill(original.slice(0, 5) + original.slice(6));
  await editor.press('Enter');
  await expect(row.locator('.paragraph-text')).toHaveText(original.slice(0, 5) + original.slice(6));
  await expect(count).toHaveText(removedBefore);
  await expect(page.getByTestId('editor-deletion-count')).toHaveText('你删去 1');
  const deletion = page.locator('[data-removal-kind="editor"]');
  await expect(deletion).toHaveCount(1);
  await expect(deletion).toContainText('你删去的');
  await expect(deletion.locator('.paragraph-text')).toHaveText(original.charAt(5));
  // The gap left in the source is the editor's deletion, not a join, and nothing was typed.
  await expect(row).not.toHaveAttribute('data-joined', 'true');
  await expect(row).not.toHaveAttribute('data-typed', 'true');
  await expect(page.getByTestId('status-removed')).toContainText('你删去 1');
});
