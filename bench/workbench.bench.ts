// Workbench responsiveness in the browser harness (issue 5): open a ~1 MB issue, time to the split view,
// the longest main-thread task while opening, and the repaint after an edit and after an accept.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openHarnessPage } from './harness-page';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bigIssue(dir: string): Promise<string> {
  const sample = await readFile(join(root, 'resources/samples/shuozhou-daily-2023-05-27.txt'), 'utf8');
  let text = '';
  while (Buffer.byteLength(text) < 1024 * 1024) text += `${sample}\n\n`;
  const path = join(dir, 'big-issue.txt');
  await writeFile(path, text);
  return path;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-'));
  // GALLEY_BENCH_ISSUE measures another issue (e.g. one with ~500 distinct articles).
  const issue = process.env.GALLEY_BENCH_ISSUE ?? (await bigIssue(dir));
  const { url, child, browser, page } = await openHarnessPage(issue);
  try {
    const started = Date.now();
    await page.goto(url);
    await page.locator('[data-testid="source-pane"] .view-line').first().waitFor({ timeout: 120_000 });
    const sourceShown = Date.now() - started;
    await page.locator('[data-app-state="ready"]').waitFor({ timeout: 120_000 });
    const ready = Date.now() - started;
    await page.locator('[data-testid="issue-pane"][data-complete="true"]').waitFor({ timeout: 120_000 });
    const complete = Date.now() - started;
    const takeLongTasks = (): Promise<number[]> => page.evaluate('window.__long.splice(0)') as Promise<number[]>;
    const longOpen = await takeLongTasks();
    const articles = await page.getByTestId('article-card').count();

    // Time from the action to the frame after the issue pane's DOM changed.
    const repaint = (action: 'edit' | 'decide'): Promise<number> =>
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
    await page.locator('[data-testid="paragraph"][data-role="body"]').nth(1).click();
    const edit = await repaint('edit');
    const decide = await repaint('decide');
    const longEdit = await takeLongTasks();

    const size = (await readFile(issue)).byteLength;
    console.log(`issue: ${(size / 1024).toFixed(0)} KiB, ${articles} articles`);
    console.log(`open → source painted: ${sourceShown} ms (goal ≤ 500 ms); structure ready: ${ready} ms; all cards rendered: ${complete} ms`);
    console.log(`longest main-thread task while opening: ${Math.max(0, ...longOpen)} ms (tasks > 50 ms: ${longOpen.join(', ') || 'none'})`);
    console.log(`repaint after a paragraph move: ${edit.toFixed(0)} ms; after a review decision: ${decide.toFixed(0)} ms (goal ≤ 50 ms)`);
    console.log(`long tasks during edits: ${longEdit.join(', ') || 'none'}`);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
