// Review by keyboard only (issue 18): open a generated ~1 MB issue in the browser harness as the app
// opens it (only the confident changes applied) and decide every pending suggestion with one key each
// (F8 once, then Enter to accept and Delete to reject, in turn), timing each decision from the keydown to
// the frame that shows it (the DOM quiet for a frame). Then F8 steps through up to
// GALLEY_BENCH_DECISIONS (100) suggestions, and any still applied automatically is rejected with Delete.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildIssue } from './build-issue';
import { openHarnessPage } from './harness-page';
import { median } from './timing';

const automaticDecisions = Number(process.env.GALLEY_BENCH_DECISIONS ?? 100);

// In the page (as a string: the benches compile without DOM types): the time of the last keydown, and
// a promise for the moment the UI settled after it — the first frame after which no mutation followed.
const instrument = `
  window.__review = { keyAt: 0, firstMutation: 0, lastMutation: 0 };
  window.addEventListener('keydown', () => { Object.assign(window.__review, { keyAt: performance.now(), firstMutation: 0, lastMutation: 0 }); }, true);
  new MutationObserver(() => {
    const r = window.__review;
    r.lastMutation = performance.now();
    if (r.firstMutation === 0) r.firstMutation = r.lastMutation;
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  // [first, settled]: the frame after the first change (what the workbench bench calls the repaint), and
  // the first frame after which no change followed (the issue pane, the queue and the source all updated).
  window.__settled = () => new Promise((resolve) => {
    const r = window.__review;
    const started = performance.now();
    let frameAt = 0;
    let first = -1;
    const tick = () => {
      const now = performance.now();
      if (first < 0 && r.firstMutation > 0) first = now - r.keyAt;
      if (r.lastMutation > r.keyAt && frameAt > 0 && r.lastMutation < frameAt) return resolve([first, frameAt - r.keyAt]);
      if (now - started > 5000) return resolve([-1, -1]);
      frameAt = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
`;

const pending = async (page: Page): Promise<number> => Number(await page.getByTestId('review-counts').getAttribute('data-pending'));

/** UI time after a key: to the first frame showing a change, and until the UI settled, in ms (-1: no change within 5 s). */
interface KeyTime {
  readonly first: number;
  readonly settled: number;
}

async function timedKey(page: Page, key: string): Promise<KeyTime> {
  await page.keyboard.press(key);
  const [first, settled] = (await page.evaluate('window.__settled()')) as [number, number];
  return { first, settled };
}

function summary(name: string, times: readonly KeyTime[], keys: number): string {
  const ok = times.filter((t) => t.settled >= 0);
  if (ok.length === 0) return `${name}: none`;
  const stat = (pick: (t: KeyTime) => number): string => `median ${median(ok.map(pick)).toFixed(1)} ms, worst ${Math.max(...ok.map(pick)).toFixed(1)} ms`;
  return `${name}: ${ok.length} decisions; first frame ${stat((t) => t.first)}; settled ${stat((t) => t.settled)} (goal ≤ 50 ms); ${(keys / ok.length).toFixed(2)} keys per decision${times.length > ok.length ? `; ${times.length - ok.length} showed no change` : ''}`;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-bench-'));
  // GALLEY_BENCH_ISSUE measures another issue.
  const issue = process.env.GALLEY_BENCH_ISSUE ?? join(dir, 'review-issue.txt');
  if (!process.env.GALLEY_BENCH_ISSUE) await writeFile(issue, buildIssue(Math.round((1024 * 1024) / 2.9)));
  const { url, child, browser, page } = await openHarnessPage(issue);
  try {
    await page.goto(url);
    await page.locator('[data-app-state="ready"]').waitFor({ timeout: 180_000 });
    // Let the cards settle (the virtual list measures what it drew) before anything is timed.
    await page.waitForTimeout(1000);
    await page.evaluate(instrument);
    const size = (await readFile(issue)).byteLength;
    const total = await page.getByTestId('review-counts').innerText();
    console.log(`issue: ${(size / 1024).toFixed(0)} KiB; queue: ${total}`);

    // Phase 1: every pending suggestion, one key each (F8 once to start).
    const pendingTimes: KeyTime[] = [];
    let keys = 0;
    if ((await pending(page)) > 0) {
      await timedKey(page, 'F8');
      keys++;
      for (let left = await pending(page), i = 0; left > 0; left = await pending(page), i++) {
        pendingTimes.push(await timedKey(page, i % 2 === 0 ? 'Enter' : 'Delete'));
        keys++;
        if ((await pending(page)) >= left) throw new Error(`decision ${i + 1} left ${left} pending`);
      }
    }
    console.log(summary('pending suggestions (Enter / Delete)', pendingTimes, keys));

    // Phase 2: automatic fixes taken back, F8 to step and Delete to decide.
    const automaticTimes: KeyTime[] = [];
    const stepTimes: KeyTime[] = [];
    for (let i = 0; i < automaticDecisions; i++) {
      stepTimes.push(await timedKey(page, 'F8'));
      const active = page.locator('[data-testid="suggestion"][aria-selected="true"]');
      if ((await active.getAttribute('data-status')) !== 'automatic') continue;
      automaticTimes.push(await timedKey(page, 'Delete'));
    }
    console.log(summary('automatic fixes rejected (F8, Delete)', automaticTimes, automaticTimes.length * 2));
    const steps = stepTimes.filter((t) => t.settled >= 0).map((t) => t.settled);
    if (steps.length > 0) console.log(`F8 to the next suggestion, settled: median ${median(steps).toFixed(1)} ms, worst ${Math.max(...steps).toFixed(1)} ms`);
    console.log(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
