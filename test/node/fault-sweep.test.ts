import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failNthOperation, recordOperations, setFaultHook, type FsOp } from '../../src/node/fs-layer';
import { loadPreferences, savePreferences, defaultPreferences } from '../../src/node/preferences';
import { fallbackSidecarPathFor, loadSidecar, saveSidecar, sidecarPathFor } from '../../src/node/sidecar';
import { tempDir } from './helpers/temp-dir';

const codes = ['ENOSPC', 'EACCES', 'EIO', 'EBUSY'] as const;
const hash = 'c'.repeat(64);

async function operationsOf(run: () => Promise<unknown>): Promise<number> {
  const log: { op: FsOp; path: string }[] = [];
  setFaultHook(recordOperations(log));
  await run();
  setFaultHook(null);
  return log.length;
}

async function noTempFiles(...dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    expect(names.filter((n) => n.endsWith('.galley-tmp'))).toEqual([]);
  }
}

describe('every operation of a sidecar save fails in turn', () => {
  it('the newest complete state is always loadable, nothing is left behind, the next save works', async () => {
    const dir = await tempDir();
    const appData = join(await tempDir(), 'data');
    const source = join(dir, 'issue.txt');
    await writeFile(source, 'x');
    const save = (round: number) => saveSidecar({ sourcePath: source, sourceHash: hash, meta: { round }, log: [round], fallbackDir: appData });
    await save(0);
    const total = await operationsOf(() => save(0));
    let round = 1;
    for (const code of codes) {
      for (let n = 1; n <= total + 4; n += 1) {
        setFaultHook(failNthOperation(n, code));
        const result = await save(round);
        setFaultHook(null);
        const loaded = await loadSidecar(source, hash, appData);
        if (!loaded.ok) throw new Error(loaded.error.message);
        const meta = loaded.value?.data.meta as { round: number };
        if (result.ok) {
          // Saved beside the source, or (when the primary failed) in the app data folder: either way, loadable.
          expect(meta.round).toBe(round);
          expect(result.value.path).toBe(result.value.fellBack ? fallbackSidecarPathFor(source, appData) : sidecarPathFor(source));
        } else {
          expect(meta.round).toBe(round - 1);
          expect(result.error.message).toMatch(/^issue\.txt\.galley\.json: /);
        }
        await noTempFiles(dir, appData);
        round += 1;
        expect((await save(round)).ok).toBe(true);
        round += 1;
      }
    }
  });
});

describe('every operation of a preferences save fails in turn', () => {
  it('the file holds the old or the new preferences, never damage', async () => {
    const dataDir = await tempDir();
    await savePreferences(dataDir, defaultPreferences);
    const next = { ...defaultPreferences, theme: 'dark' as const };
    const total = await operationsOf(() => savePreferences(dataDir, next));
    for (const code of codes) {
      for (let n = 1; n <= total; n += 1) {
        await savePreferences(dataDir, defaultPreferences);
        setFaultHook(failNthOperation(n, code));
        const result = await savePreferences(dataDir, next);
        setFaultHook(null);
        const loaded = await loadPreferences(dataDir);
        expect(loaded.notice).toBeNull();
        expect(loaded.preferences.theme).toBe(result.ok ? 'dark' : 'system');
        await noTempFiles(dataDir);
        expect(JSON.parse(await readFile(join(dataDir, 'preferences.json'), 'utf8'))).toBeTypeOf('object');
      }
    }
  });
});
