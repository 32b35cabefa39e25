// A big issue (~5 MB, generated here from synthetic text, never dev-set text) opens in the app and stays
// usable: the analysis finishes, the first and the last article are reached through the outline, and a
// paragraph click selects its source in the large-file editor.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { GalleyPage } from './support/galley-page';
import { startHarness } from './support/harness';

/** Synthetic Chinese: seeded random ideographs over a wide range, so no two paragraphs share much text. */
function syntheticIssue(bytes: number): string {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const sentence = (): string => {
    let s = '';
    const n = 12 + (next() % 18);
    for (let i = 0; i < n; i++) s += String.fromCharCode(0x4e00 + (next() % 6000));
    return `${s}${next() % 3 === 0 ? '，' : '。'}`;
  };
  const parts: string[] = [];
  let size = 0;
  for (let article = 1; size < bytes; article++) {
    const headline = `第${article}篇 ${sentence().slice(0, 10)}`;
    const body: string[] = [headline];
    for (let p = 0; p < 5; p++) {
      let paragraph = '　　';
      for (let s = 0; s < 6; s++) paragraph += sentence();
      body.push(paragraph.replace(/，$/, '。'));
    }
    const text = body.join('\n\n');
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n\n') + '\n';
}

// A trace snapshots the whole DOM at every step; with megabytes of paragraphs in the issue pane that
// alone takes minutes, so this spec runs untraced.
test.use({ trace: 'off' });

test('a ~5 MB issue opens, its first and last article are reached, and a click selects its source', async ({ page }) => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(join(tmpdir(), 'galley-e2e-big-'));
  const path = join(dir, 'big-synthetic.txt');
  await writeFile(path, syntheticIssue(5 * 1024 * 1024));
  // The big issue is the harness's own file, opened with the page (as from the command line).
  const harness = await startHarness(path);
  try {
    const galley = new GalleyPage(page);
    await page.goto(harness.url);
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('status-file')).toHaveText('big-synthetic.txt');
    await expect(galley.source.locator('.view-lines')).toContainText('第1篇');

    const outline = page.getByTestId('outline');
    const options = outline.locator('option');
    const count = await options.count();
    // The placeholder plus the articles found (synthetic text has few headlines the analysis trusts).
    expect(count).toBeGreaterThan(10);

    for (const index of [1, count - 1]) {
      const value = await options.nth(index).getAttribute('value');
      await outline.selectOption(value as string);
      const selected = galley.issuePane.locator('[data-testid="paragraph"][aria-selected="true"]');
      await expect(selected).toBeVisible();
      await expect(selected).toBeInViewport();
    }

    // The outline's last entry selected a paragraph of the last card.
    await expect(galley.articles.last().locator('[data-testid="paragraph"][aria-selected="true"]')).toHaveCount(1);

    // The issue's last paragraph is scrolled to and clicked: its exact range becomes the editor's selection.
    const target = galley.articles.last().getByTestId('paragraph').last();
    await target.scrollIntoViewIfNeeded();
    await target.click();
    const start = Number(await target.getAttribute('data-source-start'));
    const end = Number(await target.getAttribute('data-source-end'));
    await expect.poll(() => galley.sourceSelection()).toEqual({ start, end });
    expect(start).toBeGreaterThan(1_000_000);
  } finally {
    await harness.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
