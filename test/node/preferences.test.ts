import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failNthOperation, setFaultHook } from '../../src/node/fs-layer';
import { addRecentFile, defaultPreferences, loadPreferences, removeRecentFile, savePreferences, type Preferences } from '../../src/node/preferences';
import { namesIn, tempDir } from './helpers/temp-dir';

const custom: Preferences = {
  language: 'en',
  theme: 'dark',
  confidenceThreshold: 0.7,
  windowBounds: { x: 40, y: -20, width: 1400, height: 900, maximized: false },
  recentFiles: ['/issues/b.txt', '/issues/a.txt'],
};

describe('preferences', () => {
  it('round-trips through a new data folder, atomically', async () => {
    const dataDir = join(await tempDir(), 'Galley');
    expect(await loadPreferences(dataDir)).toEqual({ preferences: defaultPreferences, notice: null });
    expect(await savePreferences(dataDir, custom)).toEqual({ ok: true, value: undefined });
    expect(await loadPreferences(dataDir)).toEqual({ preferences: custom, notice: null });
    expect(await namesIn(dataDir)).toEqual(['preferences.json']);
  });

  it('resets a damaged file to defaults with a notice, keeping the damaged copy', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'preferences.json'), '{"theme": "dark", ');
    expect(await loadPreferences(dataDir)).toEqual({
      preferences: defaultPreferences,
      notice: 'Settings were reset to defaults: preferences.json was damaged (kept as preferences.json.corrupt)',
    });
    expect(await readFile(join(dataDir, 'preferences.json.corrupt'), 'utf8')).toBe('{"theme": "dark", ');
  });

  it.each([['[]'], ['null'], ['"text"'], ['42']])('treats %s as damaged', async (content) => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'preferences.json'), content);
    const loaded = await loadPreferences(dataDir);
    expect(loaded.preferences).toEqual(defaultPreferences);
    expect(loaded.notice).toMatch(/^Settings were reset to defaults/);
  });

  it('keeps the valid fields and names the invalid ones', async () => {
    const dataDir = await tempDir();
    await writeFile(
      join(dataDir, 'preferences.json'),
      JSON.stringify({ language: 'en', theme: 'purple', confidenceThreshold: 7, windowBounds: { width: 'wide' }, recentFiles: ['/a', '/a', '/b'], extra: true }),
    );
    expect(await loadPreferences(dataDir)).toEqual({
      preferences: { ...defaultPreferences, language: 'en', recentFiles: ['/a', '/b'] },
      notice: 'Some settings were reset to defaults (invalid theme, confidenceThreshold, windowBounds in preferences.json)',
    });
  });

  it('does not crash on an unreadable file or invalid UTF-8', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'preferences.json'), Buffer.from([0x7b, 0xff, 0x7d]));
    expect((await loadPreferences(dataDir)).notice).toBe('Settings were reset to defaults: preferences.json was damaged (kept as preferences.json.corrupt)');
    await writeFile(join(dataDir, 'preferences.json'), '{}');
    setFaultHook(failNthOperation(1, 'EIO'));
    expect(await loadPreferences(dataDir)).toEqual({
      preferences: defaultPreferences,
      notice: 'Settings were reset to defaults: preferences.json: cannot be read (input/output error on the disk)',
    });
  });

  it('reports a failed save as data', async () => {
    const dataDir = await tempDir();
    setFaultHook(failNthOperation(1, 'ENOSPC', ['write']));
    const saved = await savePreferences(dataDir, custom);
    expect(saved.ok || saved.error.code).toBe('disk-full');
    expect(await namesIn(dataDir)).toEqual([]);
  });

  it('keeps at most ten recent files, most recent first, without duplicates', () => {
    let prefs = defaultPreferences;
    for (let i = 0; i < 14; i += 1) prefs = addRecentFile(prefs, `/issues/${i % 12}.txt`);
    expect(prefs.recentFiles).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4].map((i) => `/issues/${i % 12}.txt`));
    prefs = addRecentFile(prefs, '/issues/7.txt');
    expect(prefs.recentFiles[0]).toBe('/issues/7.txt');
    expect(prefs.recentFiles.filter((p) => p === '/issues/7.txt')).toHaveLength(1);
    expect(addRecentFile(defaultPreferences, 'rel/x.txt').recentFiles).toEqual([resolve('rel/x.txt')]);
    expect(removeRecentFile(prefs, '/issues/7.txt').recentFiles).not.toContain('/issues/7.txt');
  });
});
