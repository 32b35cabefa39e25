import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { repoRoot } from './support/harness';

/**
 * The Electron binary, found without require('electron'): requiring it starts a download when the
 * binary is missing, which fails (slowly) on machines without network access.
 */
function electronBinary(): string | null {
  if (process.env.GALLEY_ELECTRON) return existsSync(process.env.GALLEY_ELECTRON) ? process.env.GALLEY_ELECTRON : null;
  const pkg = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const full = join(dist, relative);
  return existsSync(full) ? full : null;
}

/** Linux without a display: start our own Xvfb (the CI installs it) and return it so it can be stopped. */
function ensureDisplay(): { display: string | undefined; xvfb: ChildProcess | null } {
  if (process.platform !== 'linux' || process.env.DISPLAY) return { display: process.env.DISPLAY, xvfb: null };
  const display = ':97';
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  return { display, xvfb };
}

const binary = electronBinary();

test('the Electron app opens the sample in a secure window', async () => {
  if (!binary) {
    console.log('skipped: no Electron binary');
    test.skip(true, 'skipped: no Electron binary');
    return;
  }
  const { display, xvfb } = ensureDisplay();
  try {
    const app = await electron.launch({
      executablePath: binary,
      args: [join(repoRoot, 'out/main/index.js'), join(repoRoot, 'resources/samples/shuozhou-daily-2023-05-27.txt')],
      cwd: repoRoot,
      env: { ...process.env, ...(display ? { DISPLAY: display } : {}) },
    });
    const window = await app.firstWindow();
    await expect(window.locator('[data-app-state="ready"]')).toBeVisible({ timeout: 30_000 });
    // The page has no Node: no require, and only the one bridge object.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((globalThis as unknown as { galley: object }).galley))).toContain('openIssue');
    await expect(window.getByTestId('source-pane').locator('.view-lines')).toContainText('奋发有为');
    await app.close();
  } finally {
    xvfb?.kill();
  }
});
