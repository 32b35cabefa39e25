// Big issues in the app (issue 7.3), measured in the browser harness: a ~10 MB Chinese issue built by
// buildIssue from the dev issues (nothing is written into the repo). Reports time to source paint, time
// to structure, the longest main-thread task, the renderer's JS heap and the repaint after a decision.
// GALLEY_BIG_MB sets another size (e.g. 50).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHarnessPage } from './harness-page';
import { buildIssue } from './build-issue';

const megabytes = Number(process.env.GALLEY_BIG_MB ?? 10);

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-big-app-'));
  // Chinese text is 3 bytes a character in UTF-8.
  const text = buildIssue(Math.round((megabytes * 1024 * 1024) / 3));
  const issue = join(dir, 'big-issue.txt');
  await writeFile(issue, text);
  const { url, child, browser, page } = await openHarnessPage(issue, { GALLEY_SOFT_LIMIT_BYTES: String(200 * 1024 * 1024) });
  try {
    const cdp = await page.context().newCDPSession(page);
    const heap = async (): Promise<number> => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    const started = Date.now();
    await page.goto(url);
    await page.locator('[data-testid="source-pane"] .view-line').first().waitFor({ timeout: 600_000 });
    const sourceShown = Date.now() - started;
    await page.locator('[data-app-state="ready"]').waitFor({ timeout: 600_000 });
    const ready = Date.now() - started;
    const heapReady = await heap();
    const longOpen = (await page.evaluate('window.__long.splice(0)')) as number[];
    const articles = await page.getByTestId('outline').locator('option').count();
    const suggestions = await page.getByTestId('suggestion').count();

    // Time from a review decision to the frame after the issue pane's DOM changed.
    const decide = (await page.evaluate(`(async () => {
      const pane = document.querySelector('[data-testid="issue-pane"]');
      const button = document.querySelector('[data-testid="suggestion"] [data-testid="reject-suggestion"]');
      if (!button) return -1;
      const t = performance.now();
      const done = new Promise((resolve) =>
        new MutationObserver((_, o) => {
          o.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t));
        }).observe(pane, { childList: true, subtree: true, characterData: true, attributes: true }));
      button.click();
      return done;
    })()`)) as number;
    const longDecide = (await page.evaluate('window.__long.splice(0)')) as number[];
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterGc = await heap();

    console.log(`issue: ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MB (${text.length} characters), ${articles - 1} articles, ${suggestions} suggestions listed`);
    console.log(`open → source painted: ${sourceShown} ms; structure ready: ${ready} ms`);
    console.log(`longest main-thread task while opening: ${Math.max(0, ...longOpen)} ms (${longOpen.filter((d) => d > 50).length} tasks > 50 ms)`);
    console.log(`JS heap (renderer): ${heapReady.toFixed(0)} MB when ready, ${heapAfterGc.toFixed(0)} MB after GC`);
    console.log(`repaint after a review decision: ${decide < 0 ? 'no suggestion to decide' : `${decide.toFixed(0)} ms`}; longest task meanwhile: ${Math.max(0, ...longDecide)} ms`);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
