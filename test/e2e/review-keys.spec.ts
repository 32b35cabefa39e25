import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { GalleyPage } from './support/galley-page';

// Two ends cut inside "归根|结底" and one fragment "结底…" far from the first: the engine suggests one
// reading and lists the other end as an alternative (written for this test, not taken from any paper).
const rivalEnds = [
  '标题甲',
  '本报讯 开头一段交代了背景，内容完整。',
  '第一段说明了情况，我们的工作归根',
  '另一段完整的文字在这里，它自成一段。',
  '结底是为了人民群众的利益，大家都很认同。',
  '第三段也说到了问题，问题归根',
  '最后一段文字也是完整的一段。',
].join('\n\n');

async function openRivalEnds(galley: GalleyPage, dir: string): Promise<void> {
  const path = join(dir, 'rival-ends.txt');
  await writeFile(path, `${rivalEnds}\n`);
  await galley.openAndWait(path, 'rival-ends.txt');
}

/** What Undo would take back, as the toolbar names it. */
const undoTitle = (page: Page) => page.getByTestId('undo-button').getAttribute('title');

/** The source text of each range of candidate `i` of the active suggestion. */
async function candidateTexts(page: Page, i: number): Promise<string[]> {
  const ranges = (await page.getByTestId('candidate').nth(i).getAttribute('data-ranges')) ?? '';
  const text = `${rivalEnds}\n`;
  return ranges.split(',').map((r) => {
    const [start, end] = r.split('-').map(Number);
    return text.slice(start, end);
  });
}

/** Point at the first suggestion with alternatives, undecided (one in effect is rejected with its button, which keeps it active). */
async function activateWithAlternatives(page: Page): Promise<string> {
  const row = page.locator('[data-testid="suggestion"]').filter({ has: page.locator('.alternatives-count') }).first();
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  if ((await row.getAttribute('data-status')) === 'automatic') {
    await row.getByTestId('reject-suggestion').click();
    await expect(row).toHaveAttribute('data-status', 'rejected');
  }
  return (await row.getAttribute('data-suggestion-id')) ?? '';
}

/** Choose candidate 2 of a suggestion by key, check the document, the focus and the undo step. */
async function chooseSecondCandidate(galley: GalleyPage, dir: string, page: Page): Promise<void> {
  await openRivalEnds(galley, dir);
  const id = await activateWithAlternatives(page);
  const candidates = page.getByTestId('candidate');
  await expect(candidates).toHaveCount(2);
  await expect(candidates.nth(1)).toContainText(/\d+%/);
  const list = page.getByTestId('review-list');
  await expect(list).toBeFocused();
  const undoBefore = await undoTitle(page);

  // Candidate 2 is another join the engine weighed: its two source ranges end up as one paragraph.
  const [own, other] = await Promise.all([0, 1].map((i) => candidateTexts(page, i)));
  expect(other.join('')).not.toBe(own.join(''));
  await page.keyboard.press('2');
  const row = page.locator(`[data-testid="suggestion"][data-suggestion-id="${id}"]`);
  await expect(row).toHaveAttribute('data-chosen-candidate', '2');
  await expect(galley.paragraphs.filter({ hasText: other.join('') })).toHaveCount(1);
  await expect(galley.paragraphs.filter({ hasText: own.join('') })).toHaveCount(0);
  await expect(list).toBeFocused();
  expect(await undoTitle(page)).toMatch(/选择候选 2/);

  // One undo takes the whole choice back.
  await page.keyboard.press('Control+z');
  await expect(row).not.toHaveAttribute('data-chosen-candidate');
  await expect(galley.paragraphs.filter({ hasText: other.join('') })).toHaveCount(0);
  expect(await undoTitle(page)).toBe(undoBefore);
}

test('a candidate is chosen with its number key: one undo step named for it, the keyboard still in the queue', async ({ galley, harness, page }) => {
  // Every suggestion applied on open: the automatic fix is taken out and the candidate put in its place.
  await chooseSecondCandidate(galley, harness.dir, page);
});

test('Enter accepts and Delete rejects the active suggestion, each one named undo step, focus kept in the queue', async ({ galley, page }) => {
  const row = page.locator('[data-testid="suggestion"][data-kind="article-boundary"]').first();
  const id = (await row.getAttribute('data-suggestion-id')) ?? '';
  const articles = await galley.articles.count();
  await row.click();
  const list = page.getByTestId('review-list');
  await expect(list).toBeFocused();
  const mine = page.locator(`[data-testid="suggestion"][data-suggestion-id="${id}"]`);
  const applied = (await mine.getAttribute('data-status')) !== 'pending';

  await page.keyboard.press('Delete');
  await expect(mine).toHaveAttribute('data-status', 'rejected');
  await expect(list).toBeFocused();
  expect(await undoTitle(page)).toMatch(/拒绝：文章分界/);
  if (applied) await expect(galley.articles).toHaveCount(articles - 1);
  // The queue moves on to the next pending suggestion, if any; come back to this one with the arrow keys.
  await mine.click();
  await page.keyboard.press('Enter');
  await expect(mine).toHaveAttribute('data-status', 'accepted');
  await expect(galley.articles).toHaveCount(applied ? articles : articles + 1);
  await expect(list).toBeFocused();
  expect(await undoTitle(page)).toMatch(/接受：文章分界/);

  await page.keyboard.press('Control+z');
  await expect(mine).toHaveAttribute('data-status', 'rejected');
  await page.keyboard.press('Backspace');
  // Backspace on a rejected suggestion changes nothing; Ctrl+Z goes on taking decisions back.
  await page.keyboard.press('Control+z');
  await expect(mine).toHaveAttribute('data-status', applied ? 'automatic' : 'pending');
  await expect(galley.articles).toHaveCount(articles);
});

test('F1 lists the review keys', async ({ galley: _ready, page }) => {
  await page.keyboard.press('F1');
  const keys = page.getByTestId('review-shortcuts');
  await expect(keys).toContainText('Enter');
  await expect(keys).toContainText('Delete');
  await expect(keys).toContainText('1 / 2 / 3');
  await expect(keys).toContainText('Esc');
});

test.describe('opened as the app opens an issue (only confident changes applied)', () => {
  test.use({ harnessApply: 'confident' });

  test('a pending suggestion takes candidate 2 by its number key, as one undo step', async ({ galley, harness, page }) => {
    await chooseSecondCandidate(galley, harness.dir, page);
  });

  test('one key per decision walks the pending suggestions: each decided one hands over to the next pending one', async ({ galley: _ready, page }) => {
    const pendingRows = page.locator('[data-testid="suggestion"][data-status="pending"]');
    const before = await pendingRows.count();
    expect(before).toBeGreaterThan(2);
    await page.keyboard.press('F8');
    const list = page.getByTestId('review-list');
    await expect(list).toBeFocused();
    const active = page.locator('[data-testid="suggestion"][aria-selected="true"]');
    const first = (await active.getAttribute('data-suggestion-id')) ?? '';
    await expect(active).toHaveAttribute('data-status', 'pending');

    await page.keyboard.press('Enter');
    await expect(page.locator(`[data-testid="suggestion"][data-suggestion-id="${first}"]`)).toHaveAttribute('data-status', 'accepted');
    await expect(active).not.toHaveAttribute('data-suggestion-id', first);
    await expect(active).toHaveAttribute('data-status', 'pending');
    const second = (await active.getAttribute('data-suggestion-id')) ?? '';
    await page.keyboard.press('Delete');
    await expect(page.locator(`[data-testid="suggestion"][data-suggestion-id="${second}"]`)).toHaveAttribute('data-status', 'rejected');
    await expect(active).not.toHaveAttribute('data-suggestion-id', second);
    await expect(list).toBeFocused();
    await expect(pendingRows).toHaveCount(before - 2);
    expect(await undoTitle(page)).toMatch(/拒绝：/);

    // Two undo steps take back exactly the two decisions.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(pendingRows).toHaveCount(before);
  });
});
