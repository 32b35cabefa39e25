import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failNthOperation, readFileBytes, recordOperations, setFaultHook, statPath, type FsOp } from '../../src/node/fs-layer';
import { truncateUtf8 } from '../../src/node/utf8-bytes';
import { tempDir } from './helpers/temp-dir';

describe('fs layer', () => {
  it('fails exactly the nth matching operation with an errno-shaped error', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.txt');
    await writeFile(file, 'a');
    setFaultHook(failNthOperation(2, 'EBUSY', ['readFile']));
    await statPath(file);
    await readFileBytes(file);
    await expect(readFileBytes(file)).rejects.toMatchObject({ code: 'EBUSY', syscall: 'readFile', path: file });
    await readFileBytes(file);
  });

  it('records operations without failing them', async () => {
    const dir = await tempDir();
    const log: { op: FsOp; path: string }[] = [];
    setFaultHook(recordOperations(log));
    await statPath(dir);
    expect(log).toEqual([{ op: 'stat', path: dir }]);
  });
});

describe('truncateUtf8', () => {
  it('never exceeds the budget and never splits a code point (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(300), (text, max) => {
        const cut = truncateUtf8(text, max);
        expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(Math.max(max, 0));
        expect(text.startsWith(cut)).toBe(true);
        expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
        // Maximal: one more code point would not fit.
        const next = [...text.slice(cut.length)][0];
        if (next !== undefined) expect(Buffer.byteLength(cut + next, 'utf8')).toBeGreaterThan(max);
      }),
      { numRuns: 1000 },
    );
  });
});
