import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles, stampFile, writeFileAtomic } from '../../src/node/atomic-write';
import { failNthOperation, recordOperations, setFaultHook, type FsOp } from '../../src/node/fs-layer';
import { namesIn, tempDir } from './helpers/temp-dir';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('writeFileAtomic', () => {
  it('creates and replaces a file, leaving nothing else in the folder and keeping permissions', async () => {
    const dir = await tempDir();
    const target = join(dir, 'issue.galley.json');
    expect(await writeFileAtomic(target, '{"v":1}')).toEqual({ ok: true, value: undefined });
    await chmod(target, 0o640);
    expect((await writeFileAtomic(target, Uint8Array.from([0x7b, 0x7d]))).ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('{}');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await namesIn(dir)).toEqual(['issue.galley.json']);
  });

  it('serialises writes to one path: the last call wins and no write is lost mid-way', async () => {
    const dir = await tempDir();
    const target = join(dir, 'queue.json');
    const log: { op: FsOp; path: string }[] = [];
    setFaultHook(recordOperations(log));
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => writeFileAtomic(target, JSON.stringify({ i, pad: 'x'.repeat(20_000) }))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(JSON.parse(await readFile(target, 'utf8')).i).toBe(24);
    // Each write's open…rename runs without another write of the same path in between.
    const sequence = log.filter((e) => e.op === 'open' || e.op === 'rename').map((e) => e.op);
    expect(sequence).toEqual(Array.from({ length: 25 }, () => ['open', 'rename']).flat());
    expect(await namesIn(dir)).toEqual(['queue.json']);
  });

  it('refuses to overwrite a file changed on disk since it was read (size, mtime, or hash)', async () => {
    const dir = await tempDir();
    const target = join(dir, 'export.txt');
    await writeFile(target, 'first');
    const stamp = await stampFile(target);
    if (!stamp.ok) throw new Error(stamp.error.message);

    await writeFile(target, 'other');
    await utimes(target, new Date(), new Date(Date.now() + 5000));
    expect(await writeFileAtomic(target, 'mine', { expected: stamp.value })).toEqual({
      ok: false,
      error: { code: 'changed-on-disk', message: 'export.txt: not saved, the file was changed on disk by something else' },
    });
    expect(await readFile(target, 'utf8')).toBe('other');

    // With a hash, only the content counts: a touched but identical file may be replaced.
    expect((await writeFileAtomic(target, 'mine', { expected: { ...stamp.value, hash: sha256('other') } })).ok).toBe(true);
    const again = await stampFile(target);
    if (!again.ok) throw new Error(again.error.message);
    await utimes(target, new Date(), new Date(Date.now() + 9000));
    expect((await writeFileAtomic(target, 'late', { expected: { ...again.value, hash: sha256('nope') } })).ok).toBe(false);

    await rm(target);
    const gone = await writeFileAtomic(target, 'mine', { expected: again.value });
    expect(gone.ok || gone.error.message).toBe('export.txt: not saved, the file was moved or deleted on disk meanwhile');
  });

  it('expected: null means the file must not exist yet; overwrite: false reports exists', async () => {
    const dir = await tempDir();
    const target = join(dir, 'new.txt');
    expect((await writeFileAtomic(target, 'a', { expected: null })).ok).toBe(true);
    const second = await writeFileAtomic(target, 'b', { expected: null });
    expect(second.ok || second.error.code).toBe('changed-on-disk');
    const third = await writeFileAtomic(target, 'c', { overwrite: false });
    expect(third).toEqual({ ok: false, error: { code: 'exists', message: 'new.txt: already exists' } });
    expect(await readFile(target, 'utf8')).toBe('a');
  });

  it('reports a full disk clearly', async () => {
    const dir = await tempDir();
    const target = join(dir, 'issue.galley.json');
    setFaultHook(failNthOperation(1, 'ENOSPC', ['write']));
    expect(await writeFileAtomic(target, '{}')).toEqual({
      ok: false,
      error: { code: 'disk-full', message: 'issue.galley.json: not saved, the disk is full; free some space and save again (the previous version is unchanged)' },
    });
    expect(await namesIn(dir)).toEqual([]);
  });

  it('refuses a folder as target, and a missing folder', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'sub'));
    expect((await writeFileAtomic(join(dir, 'sub'), 'x')).ok || 'failed').toBe('failed');
    const missing = await writeFileAtomic(join(dir, 'nope', 'a.txt'), 'x');
    expect(missing.ok || missing.error).toEqual({ code: 'write-failed', message: 'a.txt: not saved, the folder does not exist' });
  });
});

describe('names and leftovers', () => {
  it('writes a target whose name uses all 255 bytes (the temp name is cut to fit)', async () => {
    const dir = await tempDir();
    const long = `${'字'.repeat(84)}.js`;
    expect(Buffer.byteLength(long, 'utf8')).toBe(255);
    expect((await writeFileAtomic(join(dir, long), '{}')).ok).toBe(true);
    expect(await namesIn(dir)).toEqual([long]);
  });

  it('removes only stale temp files of the given target', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    const stale = join(dir, '.a.json.0123456789ab.galley-tmp');
    const fresh = join(dir, '.a.json.ba9876543210.galley-tmp');
    const other = join(dir, '.b.json.0123456789ab.galley-tmp');
    for (const file of [stale, fresh, other]) await writeFile(file, '{');
    await utimes(stale, new Date(), new Date(Date.now() - 3_600_000));
    await utimes(other, new Date(), new Date(Date.now() - 3_600_000));
    expect(await removeStaleTempFiles(target)).toBe(1);
    expect(await namesIn(dir)).toEqual(['.a.json.ba9876543210.galley-tmp', '.b.json.0123456789ab.galley-tmp']);
  });
});

describe('fault injection: every operation of a save fails in turn', () => {
  const codes = ['ENOSPC', 'EACCES', 'EIO', 'EBUSY'] as const;

  async function countOperations(run: () => Promise<unknown>): Promise<number> {
    const log: { op: FsOp; path: string }[] = [];
    setFaultHook(recordOperations(log));
    await run();
    setFaultHook(null);
    return log.length;
  }

  for (const existing of [true, false]) {
    it(`${existing ? 'replacing' : 'creating'} a file: old content or complete new content, no temp file, a clear error, next save works`, async () => {
      const dir = await tempDir();
      const target = join(dir, 'issue.galley.json');
      const oldText = JSON.stringify({ version: 'old', log: Array.from({ length: 500 }, (_, i) => i) });
      const newText = JSON.stringify({ version: 'new', log: Array.from({ length: 900 }, (_, i) => -i) });
      const reset = async (): Promise<void> => {
        await rm(target, { force: true });
        if (existing) await writeFile(target, oldText);
      };
      // The stamp is what the caller saw when it read the file, before any fault.
      const stampNow = async () => {
        const stamp = existing ? await stampFile(target) : null;
        return stamp && stamp.ok ? { ...stamp.value, hash: sha256(oldText) } : null;
      };
      const save = (expected: Awaited<ReturnType<typeof stampNow>>) => writeFileAtomic(target, newText, { expected });

      await reset();
      const firstStamp = await stampNow();
      const total = await countOperations(() => save(firstStamp));
      expect(total).toBeGreaterThanOrEqual(7);
      let failures = 0;
      for (const code of codes) {
        for (let n = 1; n <= total; n += 1) {
          await reset();
          const expected = await stampNow();
          setFaultHook(failNthOperation(n, code));
          const result = await save(expected);
          setFaultHook(null);
          const now = await readFile(target, 'utf8').catch(() => null);
          if (result.ok) {
            expect(now).toBe(newText);
          } else {
            failures += 1;
            expect(now).toBe(existing ? oldText : null);
            expect(result.error.message).toMatch(/^issue\.galley\.json: not saved/);
            expect(result.error.message).not.toContain('\n');
            expect(result.error.code).toBe(code === 'ENOSPC' ? 'disk-full' : 'write-failed');
          }
          expect(await namesIn(dir)).toEqual(now === null ? [] : ['issue.galley.json']);
          // The next save succeeds.
          expect((await writeFileAtomic(target, 'next')).ok).toBe(true);
          expect(await readFile(target, 'utf8')).toBe('next');
        }
      }
      // Only the best-effort folder flush after the rename may fail without failing the save.
      expect(failures).toBe(codes.length * (total - 1));
    });
  }
});
