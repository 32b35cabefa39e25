// Big issues in the app (issue 7.3), measured in the browser harness: a ~10 MB Chinese issue built by
// buildIssue from the dev issues (nothing is written into the repo). Reports time to source paint, time
// to structure, the longest main-thread task, the renderer's JS heap, the DOM the issue pane holds and the
// repaint after a decision. GALLEY_BIG_MB sets another size (e.g. 50); figures are medians of
// GALLEY_BENCH_RUNS page loads (3 by default).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHarnessPage } from './harness-page';
import { buildIssue } from './build-issue';
import { median } from './timing';

const megabytes = Number(process.env.GALLEY_BIG_MB ?? 10);
const runs = Number(process.env.GALLEY_BENCH_RUNS ?? 3);

interface Run {
  readonly sourceShown: number;
  readonly ready: number;
  readonly longestOpen: number;
  readonly heapReady: number;
  readonly heapAfterGc: number;
  readonly decide: number;
  readonly longestDecide: number;
  readonly articles: number;
  readonly suggestions: number;
  readonly paragraphsInDom: number;
}

async function measure(issue: string): Promise<Run> {
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
    const articles = (await page.getByTestId('outline').locator('option').count()) - 1;
    const suggestions = await page.getByTestId('suggestion').count();
    const paragraphsInDom = await page.locator('[data-testid="issue-pane"] [data-testid="paragraph"]').count();

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
    return { sourceShown, ready, longestOpen: Math.max(0, ...longOpen), heapReady, heapAfterGc, decide, longestDecide: Math.max(0, ...longDecide), articles, suggestions, paragraphsInDom };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-big-app-'));
  try {
    // Chinese text is 3 bytes a character in UTF-8.
    const text = buildIssue(Math.round((megabytes * 1024 * 1024) / 3));
    const issue = join(dir, 'big-issue.txt');
    await writeFile(issue, text);
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await measure(issue);
      results.push(r);
      console.log(
        `run ${i + 1}: source ${r.sourceShown} ms, ready ${r.ready} ms, longest open task ${r.longestOpen} ms, heap ${r.heapReady.toFixed(0)}/${r.heapAfterGc.toFixed(0)} MB, decision ${r.decide.toFixed(0)} ms (longest task ${r.longestDecide} ms)`,
      );
    }
    const m = (pick: (r: Run) => number): string => median(results.map(pick)).toFixed(0);
    const first = results[0];
    console.log(`issue: ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MB (${text.length} characters), ${first.articles} articles, ${first.suggestions} suggestions listed; medians of ${runs} runs:`);
    console.log(`open → source painted: ${m((r) => r.sourceShown)} ms; structure ready: ${m((r) => r.ready)} ms`);
    console.log(`longest main-thread task while opening: ${m((r) => r.longestOpen)} ms`);
    console.log(`JS heap (renderer): ${m((r) => r.heapReady)} MB when ready, ${m((r) => r.heapAfterGc)} MB after GC; paragraphs in the issue pane's DOM: ${m((r) => r.paragraphsInDom)}`);
    console.log(`repaint after a review decision: ${first.decide < 0 ? 'no suggestion to decide' : `${m((r) => r.decide)} ms`}; longest task meanwhile: ${m((r) => r.longestDecide)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
