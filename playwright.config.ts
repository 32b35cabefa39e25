// E2E: the real renderer in Chromium through the browser harness (see test/e2e/support).
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './test/e2e/support/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: [...chromiumArgs] },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
