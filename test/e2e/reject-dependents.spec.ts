import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScorerArticle } from '../../src/core/export/scorer-json';
import { expect, test } from './support/fixtures';

/** An article of the JSON export, as far as this spec compares it: the scorer's fields. */
type ExportedArticle = ScorerArticle;

/** The articles of the issue as the JSON export writes them, role fields and paragraphs only. */
async function exportedArticles(galley: { exportTo(path: string, format: 'json'): Promise<string> }, path: string): Promise<ExportedArticle[]> {
  await galley.exportTo(path, 'json');
  const json = JSON.parse(await readFile(path, 'utf8')) as { articles: ExportedArticle[] };
  return json.articles.map(({ kicker, headline, subheadline, byline, paragraphs, captions }) => ({ kicker, headline, subheadline, byline, paragraphs, captions }));
}

test('rejecting a headline-below boundary gives exactly the issue without it, and names the fixes held with it', async ({ galley, harness, page }) => {
  const before = await exportedArticles(galley, join(harness.dir, 'before.json'));
  // The 检察院 article: its boundary suggestion says the headline stands below its first 4 paragraphs.
  const k = before.findIndex((a) => a.headline?.startsWith('市检察院制定出台') ?? false);
  expect(k).toBeGreaterThan(0);
  const boundary = page.locator('[data-testid="suggestion"][data-kind="article-boundary"]').filter({ hasText: /4/ });
  await expect(boundary).toHaveCount(1);
  await expect(boundary).toHaveAttribute('data-status', 'automatic');

  await boundary.getByTestId('reject-suggestion').click();
  await expect(boundary).toHaveAttribute('data-status', 'rejected');
  await expect(galley.articles).toHaveCount(before.length - 1);

  // The fixes that only made sense in that article (its headline, its byline) are held, pending, and named.
  const held = page.locator('[data-testid="suggestion"]').filter({ has: page.getByTestId('held-by') });
  await expect(held).toHaveCount(2);
  for (const row of await held.all()) {
    await expect(row).toHaveAttribute('data-status', 'pending');
    await expect(row).toHaveAttribute('data-kind', 'role');
    const reason = (await row.locator('.reason').evaluate((el) => el.firstChild?.textContent ?? '')).trim();
    expect(reason).not.toBe('');
    await expect(page.getByTestId('status-notice')).toContainText(reason);
  }
  await expect(page.getByTestId('status-notice')).toContainText('2');

  // Exactly the issue without that boundary: its paragraphs, with its headline back where the source has
  // it (below the first 4), continue the article before it, whose own headline and byline stay; every
  // other article is unchanged.
  const merged = before[k];
  const expected = before.filter((_, i) => i !== k);
  expected[k - 1] = {
    ...before[k - 1],
    paragraphs: [...before[k - 1].paragraphs, ...merged.paragraphs.slice(0, 4), merged.headline ?? '', ...merged.paragraphs.slice(4)],
    captions: [...before[k - 1].captions, ...merged.captions],
  };
  const after = await exportedArticles(galley, join(harness.dir, 'after.json'));
  expect(after).toEqual(expected);

  // Accepting it again brings back it and its dependents: the issue as it was.
  await boundary.getByTestId('accept-suggestion').click();
  await expect(held).toHaveCount(0);
  expect(await exportedArticles(galley, join(harness.dir, 'again.json'))).toEqual(before);
});
