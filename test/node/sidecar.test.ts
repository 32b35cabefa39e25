import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setFaultHook } from '../../src/node/fs-layer';
import { fallbackSidecarPathFor, loadSidecar, quarantineSidecar, saveSidecar, sidecarPathFor } from '../../src/node/sidecar';
import { namesIn, tempDir } from './helpers/temp-dir';

const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);
const log = [{ kind: 'accept', id: 's1' }, { kind: 'edit', at: [3, 9], text: '政务' }];

async function setup(): Promise<{ source: string; appData: string }> {
  const dir = await tempDir();
  const source = join(dir, 'shuozhou.txt');
  await writeFile(source, '朔州日报\n');
  return { source, appData: join(await tempDir(), 'sidecars') };
}

/** Make every file creation in `folder` fail, as a read-only folder would. */
function readOnlyFolder(folder: string, code = 'EACCES'): void {
  setFaultHook((op, path) => (op === 'open' && dirname(path) === folder ? code : null));
}

describe('sidecar', () => {
  it('saves beside the source and loads it back, telling whether the source still matches', async () => {
    const { source, appData } = await setup();
    const saved = await saveSidecar({ sourcePath: source, sourceHash: hashA, meta: { date: '2023-05-27' }, log, fallbackDir: appData, now: new Date('2026-11-27T03:00:00Z') });
    expect(saved).toEqual({ ok: true, value: { path: sidecarPathFor(source), fellBack: false, notice: null } });
    expect(sidecarPathFor(source)).toBe(join(dirname(source), 'shuozhou.txt.galley.json'));
    expect(JSON.parse(await readFile(sidecarPathFor(source), 'utf8'))).toEqual({
      formatVersion: 1, sourceHash: hashA, sourceName: 'shuozhou.txt', savedAt: '2026-11-27T03:00:00.000Z', meta: { date: '2023-05-27' }, log,
    });

    const same = await loadSidecar(source, hashA, appData);
    expect(same.ok && same.value).toMatchObject({ path: sidecarPathFor(source), fromFallback: false, sourceMatches: true, warnings: [] });
    expect(same.ok && same.value?.data.log).toEqual(log);
    const changed = await loadSidecar(source, hashB, appData);
    expect(changed.ok && changed.value?.sourceMatches).toBe(false);
    expect(await namesIn(dirname(source))).toEqual(['shuozhou.txt', 'shuozhou.txt.galley.json']);
  });

  it('returns null when there is no sidecar', async () => {
    const { source, appData } = await setup();
    expect(await loadSidecar(source, hashA, appData)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['truncated JSON', '{"formatVersion":1,"sourceHash":"', 'not valid JSON'],
    ['empty file', '', 'not valid JSON'],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), 'not valid JSON'],
    ['an array', '[]', 'not an object'],
    ['a log that is not a list', JSON.stringify({ formatVersion: 1, sourceHash: hashA, sourceName: 'x', savedAt: '2026-01-01T00:00:00Z', meta: {}, log: {} }), 'log is not a list'],
    ['a bad hash', JSON.stringify({ formatVersion: 1, sourceHash: 'zz', sourceName: 'x', savedAt: '2026-01-01T00:00:00Z', meta: {}, log: [] }), 'no valid sourceHash'],
    ['a newer format', JSON.stringify({ formatVersion: 7, sourceHash: hashA, sourceName: 'x', savedAt: '2026-01-01T00:00:00Z', meta: {}, log: [] }), 'format 7 was written by a newer Galley; this one reads up to 1'],
  ])('reports %s as a damaged sidecar, without throwing', async (_what, content, problem) => {
    const { source } = await setup();
    await writeFile(sidecarPathFor(source), content);
    expect(await loadSidecar(source, hashA, null)).toEqual({
      ok: false,
      error: { code: 'corrupt', message: `shuozhou.txt.galley.json: the saved editing state is damaged (${problem})` },
    });
  });

  it('moves a damaged sidecar aside so the next save cannot destroy it', async () => {
    const { source } = await setup();
    await writeFile(sidecarPathFor(source), '{broken');
    const aside = await quarantineSidecar(sidecarPathFor(source), new Date('2026-11-27T03:00:00Z'));
    expect(aside).toEqual({ ok: true, value: `${sidecarPathFor(source)}.corrupt-2026-11-27T03-00-00-000Z` });
    expect(await loadSidecar(source, hashA, null)).toEqual({ ok: true, value: null });
    expect(await readFile(`${sidecarPathFor(source)}.corrupt-2026-11-27T03-00-00-000Z`, 'utf8')).toBe('{broken');
  });

  it('falls back to the app data folder when the source folder is not writable, and says where', async () => {
    const { source, appData } = await setup();
    readOnlyFolder(dirname(source));
    const saved = await saveSidecar({ sourcePath: source, sourceHash: hashA, meta: {}, log, fallbackDir: appData, now: new Date('2026-11-27T03:00:00Z') });
    const where = fallbackSidecarPathFor(source, appData);
    expect(saved).toEqual({
      ok: true,
      value: { path: where, fellBack: true, notice: `shuozhou.txt: its folder cannot be written (permission denied), so your work is saved in ${where}` },
    });
    expect(await namesIn(dirname(source))).toEqual(['shuozhou.txt']);
    const loaded = await loadSidecar(source, hashA, appData);
    expect(loaded.ok && loaded.value).toMatchObject({ path: where, fromFallback: true, sourceMatches: true });

    // Once the folder is writable again the sidecar goes back beside the source, and the newest copy wins.
    setFaultHook(null);
    await saveSidecar({ sourcePath: source, sourceHash: hashA, meta: { newer: true }, log, fallbackDir: appData, now: new Date('2026-11-27T04:00:00Z') });
    const newest = await loadSidecar(source, hashA, appData);
    expect(newest.ok && newest.value).toMatchObject({ path: sidecarPathFor(source), fromFallback: false, data: { meta: { newer: true } } });
  });

  it('keeps same-named issues from different folders apart in the fallback folder', async () => {
    const appData = await tempDir();
    const a = join(await tempDir(), 'issue.txt');
    const b = join(await tempDir(), 'issue.txt');
    expect(fallbackSidecarPathFor(a, appData)).not.toBe(fallbackSidecarPathFor(b, appData));
    expect(dirname(fallbackSidecarPathFor(a, appData))).toBe(appData);
  });

  it('falls back on a full disk too, but reports when both places fail', async () => {
    const { source, appData } = await setup();
    await mkdir(appData, { recursive: true });
    setFaultHook((op) => (op === 'write' ? 'ENOSPC' : null));
    const saved = await saveSidecar({ sourcePath: source, sourceHash: hashA, meta: {}, log, fallbackDir: appData });
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.error.code).toBe('disk-full');
    expect(saved.error.message).toMatch(/^shuozhou\.txt\.galley\.json: not saved, the disk is full.*; saving to .*sidecars.* failed too: .*the disk is full/);
    expect(await namesIn(dirname(source))).toEqual(['shuozhou.txt']);
    expect(await namesIn(appData)).toEqual([]);
  });

  it('does not fall back without an app data folder, nor when another writer changed the sidecar', async () => {
    const { source, appData } = await setup();
    readOnlyFolder(dirname(source));
    const noFallback = await saveSidecar({ sourcePath: source, sourceHash: hashA, meta: {}, log, fallbackDir: null });
    expect(noFallback.ok || noFallback.error.code).toBe('write-failed');
    setFaultHook(null);

    await saveSidecar({ sourcePath: source, sourceHash: hashA, meta: {}, log, fallbackDir: appData });
    const conflict = await saveSidecar({ sourcePath: source, sourceHash: hashA, meta: {}, log, fallbackDir: appData, expected: { size: 1, mtimeMs: 1 } });
    expect(conflict.ok || conflict.error.code).toBe('changed-on-disk');
  });

  it('uses a good fallback copy when the one beside the source is damaged, and says so', async () => {
    const { source, appData } = await setup();
    readOnlyFolder(dirname(source));
    await saveSidecar({ sourcePath: source, sourceHash: hashA, meta: {}, log, fallbackDir: appData });
    setFaultHook(null);
    await writeFile(sidecarPathFor(source), 'garbage');
    const loaded = await loadSidecar(source, hashA, appData);
    expect(loaded.ok && loaded.value?.fromFallback).toBe(true);
    expect(loaded.ok && loaded.value?.warnings).toEqual(['shuozhou.txt.galley.json: the saved editing state is damaged (not valid JSON)']);
  });

  it('treats a log that cannot be serialised as a programmer error', async () => {
    const { source } = await setup();
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    await expect(saveSidecar({ sourcePath: source, sourceHash: hashA, meta: {}, log: cyclic, fallbackDir: null })).rejects.toThrow(/not JSON-serialisable/);
  });
});
