/** Finds the Chromium the e2e runs in: $GALLEY_CHROMIUM, else /usr/bin/chromium, else Playwright's own browser. */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The launch arguments for a headless CI machine. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium executable, or an Error that says how to provide one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  // An explicit choice that does not exist is a mistake to report, not a reason to pick another browser.
  if (env.GALLEY_CHROMIUM) {
    if (existsSync(env.GALLEY_CHROMIUM)) return env.GALLEY_CHROMIUM;
    throw new Error(`GALLEY_CHROMIUM=${env.GALLEY_CHROMIUM} does not exist.`);
  }
  const candidates: { readonly path: string; readonly from: string }[] = [];
  candidates.push({ path: '/usr/bin/chromium', from: 'Debian chromium' });
  try {
    candidates.push({ path: chromium.executablePath(), from: "Playwright's browser" });
  } catch {
    // Playwright has no browser downloaded here; the other candidates may still exist.
  }
  const found = candidates.find((c) => c.path && existsSync(c.path));
  if (found) return found.path;
  throw new Error(
    'No Chromium found for the e2e tests. Install one (Debian: apt-get install chromium), ' +
      'or set GALLEY_CHROMIUM=/path/to/chromium, or run `npx playwright install chromium`.',
  );
}
