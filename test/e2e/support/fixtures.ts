/** The e2e fixtures: a harness per test on a private temp copy of the sample, and a page object. */
import { test as base } from '@playwright/test';
import { GalleyPage } from './galley-page';
import { startHarness, type RunningHarness } from './harness';

/** Tests get `harness` (running, on a temp copy) and `galley` (the page opened and ready). */
export const test = base.extend<{ harness: RunningHarness; galley: GalleyPage }>({
  // Playwright requires the object pattern for fixtures that use no other fixture.
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const harness = await startHarness();
    await use(harness);
    await harness.stop();
  },
  galley: async ({ page, harness }, use) => {
    const galley = new GalleyPage(page);
    await galley.open(harness.url);
    await use(galley);
  },
});

export { expect } from '@playwright/test';
