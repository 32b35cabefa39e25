/** The e2e fixtures: a harness per test on a private temp copy of the sample, and a page object. */
import { test as base } from '@playwright/test';
import { GalleyPage } from './galley-page';
import { startHarness, type RunningHarness } from './harness';

/**
 * Tests get `harness` (running, on a temp copy) and `galley` (the page opened and ready); `harnessEnv`
 * adds variables; `harnessApply` is what opening applies (every suggestion unless a spec asks otherwise).
 */
export const test = base.extend<{
  harnessEnv: Readonly<Record<string, string>>;
  harnessApply: 'confident' | 'all' | 'none';
  harness: RunningHarness;
  galley: GalleyPage;
}>({
  harnessEnv: [{}, { option: true }],
  harnessApply: ['all', { option: true }],
  harness: async ({ harnessEnv, harnessApply }, use) => {
    const harness = await startHarness(undefined, harnessEnv, harnessApply);
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
