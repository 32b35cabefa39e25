import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampFile } from '../../src/node/atomic-write';
import { writeExportFile } from '../../src/node/export-writer';
import { namesIn, tempDir } from './helpers/temp-dir';

describe('writeExportFile', () => {
  it('writes under a sanitised name, asks (code exists) before replacing, replaces when told', async () => {
    const folder = await tempDir();
    const request = { folder, date: '2023-05-27', headline: '../../擦亮“金字招牌”', ext: 'md', data: '# 一\n' };
    const first = await writeExportFile(request);
    expect(first).toEqual({ ok: true, value: { path: join(folder, '2023-05-27 .._.._擦亮“金字招牌”.md'), name: '2023-05-27 .._.._擦亮“金字招牌”.md', bytes: 6 } });
    expect(await namesIn(folder)).toEqual(['2023-05-27 .._.._擦亮“金字招牌”.md']);

    const again = await writeExportFile({ ...request, data: '# 二\n' });
    expect(again).toEqual({ ok: false, error: { code: 'exists', message: '2023-05-27 .._.._擦亮“金字招牌”.md: already exists' } });

    const path = first.ok ? first.value.path : '';
    const stamp = await stampFile(path);
    if (!stamp.ok) throw new Error(stamp.error.message);
    expect((await writeExportFile({ ...request, data: '# 二\n', overwrite: true, expected: stamp.value })).ok).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('# 二\n');
    // The agreed-to version is gone now: the old stamp no longer matches, so a third write is refused.
    const stale = await writeExportFile({ ...request, data: '# 三\n', overwrite: true, expected: { ...stamp.value, size: (await stat(path)).size + 1 } });
    expect(stale.ok || stale.error.code).toBe('changed-on-disk');
  });
});
