// What the in-browser benchmarks share: start the web harness on an issue, open Chromium on it, and
// record long main-thread tasks from the first script on.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../test/e2e/support/chromium';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A harness serving one issue and a Chromium page not yet navigated to it. */
export interface HarnessPage {
  readonly url: string;
  readonly child: ChildProcess;
  readonly browser: Browser;
  readonly page: Page;
}

/** Start `npm run web -- issue` and a Chromium page that records long tasks in `window.__long`. */
export async function openHarnessPage(issue: string, env: NodeJS.ProcessEnv = {}): Promise<HarnessPage> {
  const child = spawn(process.execPath, [join(root, 'bin/web.mjs'), issue], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Galley web harness: (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`harness exited ${code}`)));
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // Page-side code is passed as a string: the benches compile without DOM types (tsconfig.node.json).
  await page.addInitScript(`
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  `);
  return { url, child, browser, page };
}
