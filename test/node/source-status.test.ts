import { createHash } from 'node:crypto';
import { rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setFaultHook } from '../../src/node/fs-layer';
import { sourceStatus } from '../../src/node/source-status';
import { tempDir } from './helpers/temp-dir';

async function known(path: string, text: string) {
  const stats = await stat(path);
  return { size: stats.size, mtimeMs: stats.mtimeMs, hash: createHash('sha256').update(text).digest('hex') };
}

describe('sourceStatus', () => {
  it('tells unchanged, touched-but-same, changed, moved and deleted apart', async () => {
    const dir = await tempDir();
    const path = join(dir, 'issue.txt');
    await writeFile(path, '第一版\n');
    const seen = await known(path, '第一版\n');
    expect(await sourceStatus(path, seen)).toEqual({ ok: true, value: 'unchanged' });

    await utimes(path, new Date(), new Date(Date.now() + 60_000));
    expect(await sourceStatus(path, seen)).toEqual({ ok: true, value: 'unchanged' });

    await writeFile(path, '第二版\n'); // same length, other bytes
    await utimes(path, new Date(), new Date(Date.now() + 120_000));
    expect(await sourceStatus(path, seen)).toEqual({ ok: true, value: 'changed' });

    await writeFile(path, '第一版，更长\n');
    expect(await sourceStatus(path, seen)).toEqual({ ok: true, value: 'changed' });

    await rename(path, join(dir, 'moved.txt'));
    expect(await sourceStatus(path, seen)).toEqual({ ok: true, value: 'missing' });
    await rm(join(dir, 'moved.txt'));
    expect(await sourceStatus(path, seen)).toEqual({ ok: true, value: 'missing' });
  });

  it('reports an unreadable file as an error, not as a change', async () => {
    const dir = await tempDir();
    const path = join(dir, 'issue.txt');
    await writeFile(path, 'x');
    setFaultHook(() => 'EIO');
    expect(await sourceStatus(path, { size: 1, mtimeMs: 0, hash: '' })).toEqual({
      ok: false,
      error: { code: 'unreadable', message: 'issue.txt: cannot be read (input/output error on the disk)' },
    });
  });
});
