// A big issue's article list is virtual: only the cards near the viewport (and the selected one) are in
// the DOM, yet every card is reachable by scrolling, from the source, by keyboard and by drag and drop.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { GalleyPage } from './support/galley-page';
import { samplePath, startHarness, type RunningHarness } from './support/harness';

/** The sample issue 30 times over: ~500 KB, some 65 articles (most repeats are removed as duplicates). */
async function bigIssueHarness(): Promise<{ harness: RunningHarness; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-e2e-virtual-'));
  const sample = await readFile(samplePath, 'utf8');
  const path = join(dir, 'thirty-issues.txt');
  await writeFile(path, Array.from({ length: 30 }, () => sample).join('\n\n'));
  return { harness: await startHarness(path), dir };
}

let big: { harness: RunningHarness; dir: string };
test.beforeEach(async () => {
  big = await bigIssueHarness();
});
test.afterEach(async () => {
  await big.harness.stop();
  await rm(big.dir, { recursive: true, force: true });
});

/** Open the big issue and return the page object and the article ids in the outline's order. */
async function openBig(page: GalleyPage['page']): Promise<{ galley: GalleyPage; articleIds: string[] }> {
  const galley = new GalleyPage(page);
  await galley.open(big.harness.url);
  const articleIds = await page
    .getByTestId('outline')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
  expect(articleIds.length).toBeGreaterThan(50);
  await expect(galley.issuePane).toHaveAttribute('data-virtual', 'true');
  return { galley, articleIds };
}

test('scrolling a big issue keeps the DOM to the cards in view, down to the last one', async ({ page }) => {
  const { galley, articleIds } = await openBig(page);
  // Article cards and parts of the removed pile.
  const cards = galley.issuePane.locator('[data-card-key]');
  const bounded = async (): Promise<void> => {
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(30);
  };
  await bounded();
  await expect(galley.articles.first()).toHaveAttribute('data-article-id', articleIds[0]);

  // Four screens at a time down the pane until the last article is drawn: the first ones are gone by
  // then. The steps bound the work; the time-out is only a safety net for a loaded machine.
  const last = galley.issuePane.locator(`[data-article-id="${articleIds[articleIds.length - 1]}"]`);
  await expect
    .poll(
      async () => {
        if ((await last.count()) > 0) return true;
        await galley.issuePane.evaluate((el) => el.scrollBy({ top: el.clientHeight * 4 }));
        return false;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeVisible();
  await expect(galley.issuePane.locator(`[data-article-id="${articleIds[0]}"]`)).toHaveCount(0);
  await bounded();
  // Cards are numbered by their place in the issue, not in the DOM.
  await expect(last.locator('.article-number')).toContainText(String(articleIds.length));

  // At the very end, the removed pile is drawn (in parts) and the DOM stays bounded.
  await galley.issuePane.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(page.getByTestId('removed-pile').last()).toBeInViewport();
  await bounded();
});

test('moving the cursor far down the source reveals its card in the issue pane', async ({ page }) => {
  const { galley } = await openBig(page);
  await galley.source.locator('.view-line').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const selected = galley.issuePane.locator('[data-testid="paragraph"][aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  await expect(selected).toBeInViewport();
  const cursor = (await galley.sourceSelection()).start;
  const start = Number(await selected.getAttribute('data-source-start'));
  // The paragraph shown is the one at (or just before) the cursor, near the end of the text.
  expect(start).toBeLessThanOrEqual(cursor);
  expect(cursor - start).toBeLessThan(2000);
});

test('the outline jumps to a far card; keyboard selection and moves cross card boundaries', async ({ page }) => {
  const { galley, articleIds } = await openBig(page);
  const target = articleIds[Math.floor(articleIds.length * 0.7)];
  await page.getByTestId('outline').selectOption(target);
  const card = galley.issuePane.locator(`[data-article-id="${target}"]`);
  const selected = galley.issuePane.locator('[data-testid="paragraph"][aria-selected="true"]');
  await expect(card.locator('[aria-selected="true"]')).toHaveCount(1);
  await expect(selected).toBeInViewport();

  // Arrow keys walk on from the card's last paragraph into the following cards, each drawn and scrolled to as
  // it is reached (a few presses: each one re-renders a big issue, so the walk is kept short).
  await card.locator('[data-testid="paragraph"]').last().click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(selected).toBeInViewport();
  await expect(selected).toBeFocused();
  const walkedTo = await selected.locator('xpath=ancestor::section[@data-testid="article-card"]').getAttribute('data-article-id');
  expect(articleIds.indexOf(walkedTo ?? '')).toBeGreaterThan(articleIds.indexOf(target));

  // The last body paragraph of a card, moved down, becomes the first body paragraph of the next card.
  const from = galley.issuePane.locator(`[data-article-id="${walkedTo}"]`);
  const lastBody = from.locator('[data-testid="paragraph"][data-role="body"]').last();
  const movedId = await lastBody.getAttribute('data-paragraph-id');
  await lastBody.click();
  await page.keyboard.press('Alt+ArrowDown');
  const next = galley.issuePane.locator(`[data-article-id="${articleIds[articleIds.indexOf(walkedTo ?? '') + 1]}"]`);
  await expect(next.locator('[data-testid="paragraph"][data-role="body"]').first()).toHaveAttribute('data-paragraph-id', movedId ?? '');
  await expect(galley.paragraph(movedId ?? '')).toBeInViewport();
  await page.keyboard.press('Control+z');
  await expect(from.locator('[data-testid="paragraph"][data-role="body"]').last()).toHaveAttribute('data-paragraph-id', movedId ?? '');
});

test('drag and drop moves a paragraph within a card of a virtual list', async ({ page }) => {
  const { galley, articleIds } = await openBig(page);
  // A card with three body paragraphs or more, reached through the outline (repeats lose theirs as duplicates).
  const bodyIdsOf = (id: string): Promise<string[]> =>
    galley.issuePane
      .locator(`[data-article-id="${id}"] [data-testid="paragraph"][data-role="body"]`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-paragraph-id') ?? ''));
  let target = '';
  for (const id of articleIds.slice(3)) {
    await page.getByTestId('outline').selectOption(id);
    await expect(galley.issuePane.locator(`[data-article-id="${id}"] [aria-selected="true"]`)).toHaveCount(1);
    if ((await bodyIdsOf(id)).length >= 3) {
      target = id;
      break;
    }
  }
  expect(target).not.toBe('');
  const before = await bodyIdsOf(target);
  // Select the paragraph to drag first: a selection brings its row into view, which must not happen
  // between measuring the drop target and the drop.
  await galley.paragraph(before[0]).click();
  await expect(galley.paragraph(before[0])).toHaveAttribute('aria-selected', 'true');
  const dropOn = galley.paragraph(before[2]);
  await dropOn.scrollIntoViewIfNeeded();
  const box = await dropOn.boundingBox();
  // Dropping on the lower half of a paragraph puts the dragged one after it.
  await galley.paragraph(before[0]).dragTo(dropOn, { targetPosition: { x: 20, y: (box?.height ?? 20) - 4 } });
  await expect.poll(async () => (await bodyIdsOf(target)).indexOf(before[0])).toBe(2);
});
