import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { argValidators } from '../../src/shared/ipc';
import { createGalleyService } from '../../src/node/services';
import { isIssueFileName, listWorkspace, readWorkspaceState, recordExport, workspaceStateName } from '../../src/node/workspace';
import iconv from 'iconv-lite';

let dir: string;
let resources: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-workspace-'));
  resources = join(dir, 'resources');
  await mkdir(join(resources, 'samples'), { recursive: true });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const session = { formatVersion: 1, threshold: 0.5, automatic: [], log: [{ type: 'reject', suggestion: 's1' }], cursor: 1 };

describe('listWorkspace', () => {
  it('lists the .txt issues in natural order with new / in-review / exported from sidecars and recorded exports', async () => {
    const folder = join(dir, 'issues');
    await mkdir(folder);
    for (const name of ['issue-10.txt', 'issue-2.txt', 'issue-1.txt']) await writeFile(join(folder, name), '标题\n\n正文。\n');
    await writeFile(join(folder, 'notes.md'), 'not an issue');
    await mkdir(join(folder, 'sub.txt'));
    const service = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null });
    await service.saveSession({ sourcePath: join(folder, 'issue-2.txt'), sourceHash: 'a'.repeat(64), session });
    await service.saveSession({ sourcePath: join(folder, 'issue-10.txt'), sourceHash: 'a'.repeat(64), session });
    const out = join(dir, 'out.txt');
    expect(await service.writeExport({ path: out, data: 'x', encoding: 'utf8', overwrite: false, sourcePath: join(folder, 'issue-10.txt') })).toMatchObject({ ok: true });

    const listed = await service.listWorkspace(folder);
    expect(listed.ok && listed.value.issues.map((i) => [i.name, i.status])).toEqual([
      ['issue-1.txt', 'new'],
      ['issue-2.txt', 'in-review'],
      ['issue-10.txt', 'exported'],
    ]);
    expect(listed.ok && listed.value.issues[2].exportedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The state file is not an issue and no temporary file is left behind.
    expect((await readdir(folder)).filter((n) => n.includes('galley-tmp'))).toEqual([]);
    expect(JSON.parse(await readFile(join(folder, workspaceStateName), 'utf8'))).toMatchObject({ formatVersion: 1, exported: { 'issue-10.txt': expect.any(String) } });
  });

  it('records nothing in the app resources when the bundled sample is exported', async () => {
    const sample = join(resources, 'samples', 'sample.txt');
    await writeFile(sample, '正文\n');
    const service = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null });
    expect(await service.writeExport({ path: join(dir, 'o.txt'), data: 'x', encoding: 'utf8', overwrite: false, sourcePath: sample })).toMatchObject({ ok: true });
    expect(await readdir(join(resources, 'samples'))).toEqual(['sample.txt']);
  });

  it('records per-article exports too, and keeps every record when exports finish together', async () => {
    const folder = join(dir, 'issues');
    await mkdir(folder);
    const now = new Date('2026-01-02T03:04:05Z');
    await Promise.all(['a.txt', 'b.txt', 'c.txt'].map((n) => recordExport(join(folder, n), now)));
    expect(Object.keys((await readWorkspaceState(folder)).exported).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const service = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null });
    const target = join(dir, 'per-article');
    await mkdir(target);
    const files = [{ date: '2023-05-27', headline: '标题', ext: 'txt', data: '一', encoding: 'utf8' as const }];
    expect(await service.writeExportFiles({ folder: target, files, overwrite: false, sourcePath: join(folder, 'd.txt') })).toMatchObject({ ok: true });
    expect((await readWorkspaceState(folder)).exported['d.txt']).toBeDefined();
  });

  it('reads a damaged state file as empty, a damaged sidecar as in review, and fails clearly on a missing folder or a file', async () => {
    const folder = join(dir, 'issues');
    await mkdir(folder);
    await writeFile(join(folder, 'x.txt'), '正文\n');
    await writeFile(join(folder, 'x.txt.galley.json'), '{ broken');
    await writeFile(join(folder, workspaceStateName), 'not json');
    const listed = await listWorkspace(folder, null);
    expect(listed.ok && listed.value.issues.map((i) => i.status)).toEqual(['in-review']);
    expect(await listWorkspace(join(dir, 'missing'), null)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await listWorkspace(join(folder, 'x.txt'), null)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(isIssueFileName('a.TXT')).toBe(true);
    expect(isIssueFileName('.hidden.txt')).toBe(false);
    expect(isIssueFileName('a.txt.galley.json')).toBe(false);
    // The export dialog's default name beside the source is an export, not another issue.
    expect(isIssueFileName('a.repaired.txt')).toBe(false);
  });
});

describe('openIssue options', () => {
  it('reopens with a forced encoding and reports undecodable lines', async () => {
    const file = join(dir, 'gb.txt');
    await writeFile(file, iconv.encode('第一行\n第二行\n', 'gb18030'));
    const service = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null });
    const asUtf8 = await service.openIssue(file, { encoding: 'utf-8' });
    expect(asUtf8).toMatchObject({ ok: true, value: { encoding: 'utf-8' } });
    expect(asUtf8.ok && asUtf8.value.warnings.join('\n')).toMatch(/lines? 1/);
    expect(await service.openIssue(file, { encoding: 'gb18030' })).toMatchObject({ ok: true, value: { encoding: 'gb18030', text: '第一行\n第二行\n' } });
  });

  it('asks before opening a file over the soft limit (with its size), and opens it when maxBytes is raised', async () => {
    const file = join(dir, 'big.txt');
    await writeFile(file, '正文。'.repeat(100));
    const service = createGalleyService({ startupPath: null, resourcesDir: resources, stateDir: null, softLimitBytes: 100 });
    expect(await service.openIssue(file)).toMatchObject({ ok: false, error: { code: 'too-large', tooLarge: { size: 900, canRaise: true } } });
    expect(await service.openIssue(file, { maxBytes: 900 })).toMatchObject({ ok: true, value: { size: 900 } });
  });

  it('validates the new arguments at the IPC boundary', () => {
    expect(argValidators.openIssue(['/a.txt'])).toBe(true);
    expect(argValidators.openIssue(['/a.txt', { encoding: 'gb18030' }])).toBe(true);
    expect(argValidators.openIssue(['/a.txt', { maxBytes: 60 * 1024 * 1024 }])).toBe(true);
    expect(argValidators.openIssue(['/a.txt', { encoding: 'ebcdic' }])).toBe(false);
    expect(argValidators.openIssue(['/a.txt', { maxBytes: -1 }])).toBe(false);
    expect(argValidators.openIssue(['/a.txt', { maxBytes: 1.5 }])).toBe(false);
    expect(argValidators.openIssue(['/a.txt', { other: 1 }])).toBe(false);
    expect(argValidators.openIssue(['/a.txt', {}, 3])).toBe(false);
    expect(argValidators.listWorkspace(['/issues'])).toBe(true);
    expect(argValidators.listWorkspace([''])).toBe(false);
    expect(argValidators.writeExport([{ path: '/o.txt', data: '', encoding: 'utf8', overwrite: false, sourcePath: 7 }])).toBe(false);
    expect(argValidators.pickFolder([])).toBe(true);
  });
});
