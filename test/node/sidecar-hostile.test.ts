// A sidecar someone planted (a FIFO, a link to /dev/zero, a huge or absurdly deep file) is refused
// quickly with a message; the folder view only stats sidecars.
import { execFileSync } from 'node:child_process';
import { symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordOperations, setFaultHook, type FsOp } from '../../src/node/fs-layer';
import { loadSidecar, maxSidecarBytes, readSidecar, sidecarPathFor } from '../../src/node/sidecar';
import { listWorkspace, workspaceStateName } from '../../src/node/workspace';
import { tempDir } from './helpers/temp-dir';

const hash = 'a'.repeat(64);
const posix = process.platform !== 'win32';

async function issue(): Promise<{ dir: string; source: string; sidecar: string }> {
  const dir = await tempDir();
  const source = join(dir, 'issue.txt');
  await writeFile(source, '标题\n\n正文。\n');
  return { dir, source, sidecar: sidecarPathFor(source) };
}

describe('hostile sidecars', () => {
  // On a build without the fix these hang forever: the timeouts are only the safety net that says so.
  it.runIf(posix)('a FIFO in place of the sidecar is refused, not waited on', { timeout: 15_000 }, async () => {
    const { source, sidecar } = await issue();
    execFileSync('mkfifo', [sidecar]);
    const loaded = await loadSidecar(source, hash, null);
    expect(loaded).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(!loaded.ok && loaded.error.message).toContain('named pipe');
  });

  it.runIf(posix)('a symbolic link to /dev/zero is not followed', { timeout: 15_000 }, async () => {
    const { source, sidecar } = await issue();
    await symlink('/dev/zero', sidecar);
    const loaded = await loadSidecar(source, hash, null);
    expect(loaded).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(!loaded.ok && loaded.error.message).toContain('symbolic link');
  });

  it('an oversized sidecar is refused without being read', async () => {
    const { sidecar } = await issue();
    await writeFile(sidecar, '{');
    // Sparse: the size is real, the disk space is not used.
    await truncate(sidecar, maxSidecarBytes + 1);
    const read = await readSidecar(sidecar);
    expect(read).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(!read.ok && read.error.message).toMatch(/32\.0 MB/);
  });

  it('a valid but absurdly deep sidecar is refused before it reaches the renderer', async () => {
    const { source, sidecar } = await issue();
    const depth = 200_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    await writeFile(sidecar, `{"formatVersion":1,"sourceHash":"${hash}","sourceName":"issue.txt","savedAt":"2026-01-01T00:00:00Z","meta":{},"log":[${deep}]}`);
    const loaded = await loadSidecar(source, hash, null);
    expect(loaded).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(!loaded.ok && loaded.error.message).toContain('nested');
  });

  it.runIf(posix)('the folder view only stats sidecars, and planted FIFOs do not stall it', { timeout: 15_000 }, async () => {
    const { dir, sidecar } = await issue();
    await writeFile(join(dir, 'other.txt'), '标题\n\n正文。\n');
    await writeFile(sidecarPathFor(join(dir, 'other.txt')), '{"damaged":');
    execFileSync('mkfifo', [sidecar]);
    execFileSync('mkfifo', [join(dir, workspaceStateName)]);
    const log: { op: FsOp; path: string }[] = [];
    setFaultHook(recordOperations(log));
    const listed = await listWorkspace(dir, null);
    expect(listed.ok && listed.value.issues.map((i) => [i.name, i.status])).toEqual([
      ['issue.txt', 'new'],
      ['other.txt', 'in-review'],
    ]);
    expect(log.filter((entry) => entry.op === 'readFile' && entry.path.endsWith('.galley.json'))).toEqual([]);
  });
});
