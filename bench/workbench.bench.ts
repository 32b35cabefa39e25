// Workbench responsiveness in the browser harness (issue 5): open a ~1 MB issue of ~550 distinct
// articles, time to the split view (from a cold page load, read from the page's own user-timing marks for the
// start-up preview and the editor; and for a second issue opened in the running app), the longest main-thread
// task while opening, and the repaint after an edit and after a decision. Each figure is the median of
// GALLEY_BENCH_RUNS page loads (5 by default): the machine is shared, so single runs are noisy.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildIssue } from './build-issue';
import { openHarnessPage } from './harness-page';
import { median } from './timing';

const runs = Number(process.env.GALLEY_BENCH_RUNS ?? 5);

/** About 1 MB (UTF-8) of distinct Chinese articles from the dev issues (a Chinese character is ~2.9 bytes here). */
async function bigIssue(dir: string): Promise<string> {
  const path = join(dir, 'big-issue.txt');
  await writeFile(path, buildIssue(Math.round((1024 * 1024) / 2.9)));
  return path;
}

interface Run {
  /** In-page marks, ms from navigation start: the start-up preview painted, and Monaco's first frame of the source. */
  readonly previewPainted: number;
  readonly editorPainted: number;
  /** When Playwright saw the editor's first line (ms from goto): later than the marks, as its checks wait for the main thread. */
  readonly sourceShown: number;
  readonly secondShown: number;
  readonly ready: number;
  readonly longestOpen: number;
  readonly edit: number;
  readonly decide: number;
  readonly longestEdit: number;
  readonly articles: number;
  readonly cardsInDom: number;
}

// Time from the action to the frame after the issue pane's DOM changed.
const repaint = (page: Page, action: 'edit' | 'decide'): Promise<number> =>
  page.evaluate(`(async () => {
    const pane = document.querySelector('[data-testid="issue-pane"]');
    const t = performance.now();
    const done = new Promise((resolve) =>
      new MutationObserver((_, o) => {
        o.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t));
      }).observe(pane, { childList: true, subtree: true, characterData: true }));
    if (${JSON.stringify(action)} === 'edit') document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    else document.querySelector('[data-testid="suggestion"] [data-testid="reject-suggestion"]').click();
    return done;
  })()`) as Promise<number>;

/**
 * The issue under a new name (no autosaved session of an earlier run) with a first line of its own, so
 * its first painted line can be told apart.
 */
async function secondIssue(issue: string, dir: string): Promise<string> {
  const stamp = Date.now();
  const path = join(dir, `second-issue-${stamp}.txt`);
  await writeFile(path, `第二期 ${stamp}\n\n${await readFile(issue, 'utf8')}`);
  return path;
}

async function measure(issue: string, dir: string): Promise<Run> {
  const { url, child, browser, page } = await openHarnessPage(issue);
  try {
    const started = Date.now();
    await page.goto(url);
    await page.locator('[data-testid="source-pane"] .view-line').first().waitFor({ timeout: 120_000 });
    const sourceShown = Date.now() - started;
    const [previewPainted, editorPainted] = (await page.evaluate(
      `['galley:source-preview-painted', 'galley:source-painted'].map((name) => performance.getEntriesByName(name)[0].startTime)`,
    )) as number[];
    await page.locator('[data-app-state="ready"]').waitFor({ timeout: 120_000 });
    const ready = Date.now() - started;
    // Let the cards settle (the virtual list measures what it drew) before the edits are timed.
    await page.waitForTimeout(1000);
    const takeLongTasks = (): Promise<number[]> => page.evaluate('window.__long.splice(0)') as Promise<number[]>;
    const longOpen = await takeLongTasks();
    const articles = (await page.getByTestId('outline').locator('option').count()) - 1;
    const cardsInDom = await page.getByTestId('article-card').count();
    await page.locator('[data-testid="paragraph"][data-role="body"]').nth(1).click();
    const edit = await repaint(page, 'edit');
    const decide = await repaint(page, 'decide');
    const longEdit = await takeLongTasks();
    // File > Open of a second 1 MB issue in the running app: from confirming its path to its first line.
    const second = await secondIssue(issue, dir);
    await page.getByTestId('open-button').click();
    await page.getByTestId('open-path').fill(second);
    const opening = Date.now();
    await page.getByTestId('open-confirm').click();
    await page.locator('[data-testid="source-pane"] .view-line', { hasText: '第二期' }).first().waitFor({ timeout: 120_000 });
    const secondShown = Date.now() - opening;
    return { previewPainted, editorPainted, sourceShown, secondShown, ready, longestOpen: Math.max(0, ...longOpen), edit, decide, longestEdit: Math.max(0, ...longEdit), articles, cardsInDom };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-'));
  try {
    // GALLEY_BENCH_ISSUE measures another issue.
    const issue = process.env.GALLEY_BENCH_ISSUE ?? (await bigIssue(dir));
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      // A fresh copy per run: the previous run's edits were autosaved beside its copy.
      const copy = join(dir, `run-${i + 1}-${basename(issue)}`);
      await copyFile(issue, copy);
      const r = await measure(copy, dir);
      results.push(r);
      console.log(`run ${i + 1}: preview painted ${r.previewPainted.toFixed(0)} ms, editor painted ${r.editorPainted.toFixed(0)} ms, editor line seen ${r.sourceShown} ms, second issue ${r.secondShown} ms, ready ${r.ready} ms, longest open task ${r.longestOpen} ms, move ${r.edit.toFixed(0)} ms, decision ${r.decide.toFixed(0)} ms, longest edit task ${r.longestEdit} ms`);
    }
    const m = (pick: (r: Run) => number): string => median(results.map(pick)).toFixed(0);
    const size = (await readFile(issue)).byteLength;
    console.log(`issue: ${(size / 1024).toFixed(0)} KiB, ${results[0].articles} articles (${results[0].cardsInDom} cards in the DOM); medians of ${runs} runs:`);
    console.log(`cold start (page load) → source painted (start-up preview): ${m((r) => r.previewPainted)} ms (goal ≤ 500 ms); editor painted: ${m((r) => r.editorPainted)} ms`);
    console.log(`  (in-page marks from navigation start; Playwright saw the editor's first line at ${m((r) => r.sourceShown)} ms from goto); structure ready: ${m((r) => r.ready)} ms`);
    console.log(`open a second 1 MB issue in the running app → source painted: ${m((r) => r.secondShown)} ms (goal ≤ 500 ms)`);
    console.log(`longest main-thread task while opening: ${m((r) => r.longestOpen)} ms`);
    console.log(`repaint after a paragraph move: ${m((r) => r.edit)} ms; after a review decision: ${m((r) => r.decide)} ms (goal ≤ 50 ms)`);
    console.log(`longest task during the edits: ${m((r) => r.longestEdit)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
