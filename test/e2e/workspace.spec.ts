import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

test('a folder workspace shows each issue’s status, moves to the next issue and exports every reviewed one', async ({ galley, harness, page }) => {
  const folder = join(harness.dir, 'issues');
  const out = join(harness.dir, 'exports');
  await mkdir(folder);
  await mkdir(out);
  for (const name of ['day-1.txt', 'day-2.txt', 'day-3.txt']) await copyFile(harness.issuePath, join(folder, name));
  // day-3 was exported before (recorded in the folder's state file).
  await writeFile(join(folder, '.galley-workspace.json'), JSON.stringify({ formatVersion: 1, exported: { 'day-3.txt': '2026-01-01T00:00:00.000Z' } }));

  await galley.openFolder(folder);
  await expect(galley.workspaceIssues).toHaveCount(3);
  await expect(galley.workspaceIssue('day-1.txt')).toHaveAttribute('data-status', 'new');
  await expect(galley.workspaceIssue('day-3.txt')).toHaveAttribute('data-status', 'exported');

  // Next issue: the first one not exported.
  await page.getByTestId('workspace-next').click();
  await expect(page.getByTestId('status-file')).toHaveText('day-1.txt');
  await galley.waitReady();
  const ids = await galley.bodyIds(0);
  await galley.paragraph(ids[4]).click();
  await page.keyboard.press('Control+Enter');
  await expect(galley.articles).toHaveCount(8);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expect(galley.workspaceIssue('day-1.txt')).toHaveAttribute('data-status', 'in-review');

  // Next skips the exported day-3 and wraps: day-2, then back to day-1.
  await page.getByTestId('workspace-next').click();
  await expect(page.getByTestId('status-file')).toHaveText('day-2.txt');
  await galley.waitReady();

  // Export all reviewed: day-1 (in review) is replayed from its sidecar and written; the others are not.
  await page.getByTestId('workspace-export-all').click();
  await page.getByTestId('export-all-folder').fill(out);
  await page.getByTestId('export-all-format').selectOption('md');
  await page.getByTestId('export-all-confirm').click();
  await expect(page.getByTestId('export-all-result')).toContainText(/1/);
  await expect(page.getByTestId('export-all-progress')).toContainText('1/1');
  // The edits it used are named: which sidecar, so one planted beside an issue does not replay unseen.
  await expect(page.getByTestId('export-all-restored')).toContainText('day-1.txt.galley.json');
  expect(await readdir(out)).toEqual(['day-1.repaired.md']);
  const exported = await readFile(join(out, 'day-1.repaired.md'), 'utf8');
  // The split made in review is in the export: eight articles (seven separators), not the sample's seven.
  expect(exported.match(/^---$/gm)).toHaveLength(7);
  await page.keyboard.press('Escape');
  await expect(galley.workspaceIssue('day-1.txt')).toHaveAttribute('data-status', 'exported');
});
