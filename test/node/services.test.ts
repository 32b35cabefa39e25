import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGalleyService } from '../../src/node/services';

let dir: string;
let resources: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-services-'));
  resources = join(dir, 'resources');
  await mkdir(join(resources, 'samples'), { recursive: true });
  await mkdir(join(resources, 'lexicon'), { recursive: true });
  await writeFile(join(resources, 'samples', 'shuozhou-daily-2023-05-27.txt'), '样例标题\n\n样例正文。\n');
  await writeFile(join(resources, 'lexicon', 'zh-words.compact.txt'), 'zh');
  await writeFile(join(resources, 'lexicon', 'en-words.compact.txt'), 'en');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const session = { formatVersion: 1, threshold: 0.5, automatic: [], log: [{ type: 'reject', suggestion: 's1' }], cursor: 1 };

describe('createGalleyService', () => {
  it('opens the bundled sample when no file is given, the named file otherwise, and remembers recent files', async () => {
    const sample = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null });
    expect(await sample.startupIssue()).toMatchObject({ ok: true, value: { name: 'shuozhou-daily-2023-05-27.txt', text: '样例标题\n\n样例正文。\n' } });
    const file = join(dir, 'issue.txt');
    await writeFile(file, '标题\n');
    const named = createGalleyService({ startupPath: file, resourcesDir: resources, stateDir: join(dir, 'state') });
    expect(await named.startupIssue()).toMatchObject({ ok: true, value: { path: file } });
    expect(await named.recentFiles()).toEqual({ ok: true, value: [file] });
    expect(await named.openIssue(join(dir, 'missing.txt'))).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('serves the lexicons as text', async () => {
    const service = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null });
    expect(await service.lexicon()).toEqual({ ok: true, value: { zh: 'zh', en: 'en' } });
  });

  it('saves a session beside the source and loads it back; a changed source is flagged', async () => {
    const file = join(dir, 'issue.txt');
    await writeFile(file, '标题\n');
    const service = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: join(dir, 'state') });
    const saved = await service.saveSession({ sourcePath: file, sourceHash: 'a'.repeat(64), session });
    expect(saved).toMatchObject({ ok: true });
    expect((await readdir(dir)).some((n) => n.endsWith('.galley.json'))).toBe(true);
    expect(await service.loadSession(file, 'a'.repeat(64))).toMatchObject({ ok: true, value: { session, sourceMatches: true } });
    expect(await service.loadSession(file, 'b'.repeat(64))).toMatchObject({ ok: true, value: { sourceMatches: false } });
    expect(await service.loadSession(join(dir, 'other.txt'), 'a'.repeat(64))).toEqual({ ok: true, value: null });
  });

  it('keeps sessions of the bundled sample out of the app resources', async () => {
    const sample = join(resources, 'samples', 'shuozhou-daily-2023-05-27.txt');
    const withState = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: join(dir, 'state') });
    expect(await withState.saveSession({ sourcePath: sample, sourceHash: 'c'.repeat(64), session })).toMatchObject({ ok: true });
    expect((await readdir(join(resources, 'samples'))).filter((n) => n.includes('galley'))).toEqual([]);
    expect(await withState.loadSession(sample, 'c'.repeat(64))).toMatchObject({ ok: true, value: { sourceMatches: true } });
  });

  it('keeps the harness\'s edits to the bundled sample in the user\'s app-data folder, or says they cannot be kept', async () => {
    const sample = join(resources, 'samples', 'shuozhou-daily-2023-05-27.txt');
    const harness = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null });
    vi.stubEnv('GALLEY_STATE_DIR', join(dir, 'app-data'));
    try {
      const saved = await harness.saveSession({ sourcePath: sample, sourceHash: 'c'.repeat(64), session });
      expect(saved).toMatchObject({ ok: true, value: { path: join(dir, 'app-data', 'bundled', 'shuozhou-daily-2023-05-27.txt.galley.json') } });
      expect((await readdir(join(resources, 'samples'))).filter((n) => n.includes('galley'))).toEqual([]);
      expect(await harness.loadSession(sample, 'c'.repeat(64))).toMatchObject({ ok: true, value: { session, sourceMatches: true } });
      // A file where the folder should be: nothing can be kept, and the answer says so instead of "saved".
      await writeFile(join(dir, 'blocked'), 'x');
      vi.stubEnv('GALLEY_STATE_DIR', join(dir, 'blocked'));
      const refused = await harness.saveSession({ sourcePath: sample, sourceHash: 'c'.repeat(64), session });
      expect(refused).toMatchObject({ ok: true, value: { path: '' } });
      expect(refused.ok && refused.value.notice).toMatch(/cannot be saved/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('writes exports atomically, text or base64, and never replaces a file unasked', async () => {
    const service = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null });
    const out = join(dir, 'out.docx');
    expect(await service.writeExport({ path: out, data: Buffer.from('PK\u0003\u0004').toString('base64'), encoding: 'base64', overwrite: false })).toMatchObject({ ok: true, value: { bytes: 4 } });
    expect(await service.writeExport({ path: out, data: 'x', encoding: 'utf8', overwrite: false })).toMatchObject({ ok: false, error: { code: 'exists' } });
    expect(await service.writeExport({ path: out, data: 'x', encoding: 'utf8', overwrite: true })).toMatchObject({ ok: true, value: { bytes: 1 } });
  });
});

describe('writeExportFiles', () => {
  it('writes one safely named file per article and reports how far a failure got', async () => {
    const service = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null });
    const folder = join(dir, 'out');
    await mkdir(folder);
    const files = [
      { date: '2023-05-27', headline: 'a/b: 标题', ext: 'txt', data: '一', encoding: 'utf8' as const },
      { date: '2023-05-27', headline: '第二篇', ext: 'txt', data: '二', encoding: 'utf8' as const },
    ];
    const done = await service.writeExportFiles({ folder, files, overwrite: false });
    expect(done).toMatchObject({ ok: true });
    expect((await readdir(folder)).sort()).toHaveLength(2);
    expect((await readdir(folder)).every((n) => !n.includes('/') && !n.includes(':'))).toBe(true);
    const again = await service.writeExportFiles({ folder, files, overwrite: false });
    expect(again).toMatchObject({ ok: false, error: { code: 'exists' } });
  });

  it('numbers headlines that clean to one name, keeps double extensions, and replaces without losing a file', async () => {
    const service = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null });
    const folder = join(dir, 'articles');
    await mkdir(folder);
    const files = ['A/B', 'A:B'].flatMap((headline, i) =>
      ['galley.json', 'ninjs.json', 'newsml.xml'].map((ext) => ({ date: '2023-05-27', headline, ext, data: `${headline}-${i}-${ext}`, encoding: 'utf8' as const })),
    );
    const first = await service.writeExportFiles({ folder, files, overwrite: false });
    expect(first.ok).toBe(true);
    const paths = first.ok ? first.value.paths : [];
    expect(new Set(paths).size).toBe(6);
    const names = (await readdir(folder)).sort();
    expect(names).toHaveLength(6);
    expect(names.filter((n) => n.endsWith('.galley.json'))).toHaveLength(2);
    expect(names.filter((n) => n.endsWith('.ninjs.json'))).toHaveLength(2);
    expect(names.filter((n) => n.endsWith('.newsml.xml'))).toHaveLength(2);
    // After "Replace", still six distinct files, each with its own article.
    const replaced = await service.writeExportFiles({ folder, files, overwrite: true });
    expect(replaced.ok && new Set(replaced.value.paths).size).toBe(6);
    const contents = await Promise.all(names.map((n) => readFile(join(folder, n), 'utf8')));
    expect(new Set(contents).size).toBe(6);
  });
});
