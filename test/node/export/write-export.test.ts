import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExport } from '../../../src/node/export-writer';
import { exportIssue } from '../../../src/core/export/export-issue';
import { exportFormats } from '../../../src/core/export/export-format';
import { fixedNow, zhDocument } from '../../unit/core/export/fixtures';
import { unzipStored } from '../../unit/core/export/unzip-stored';
import { namesIn, tempDir } from '../helpers/temp-dir';

describe('writeExport', () => {
  it('writes one file per article under safe names, hostile headline included', async () => {
    const folder = await tempDir();
    const files = exportIssue(zhDocument(), 'md', { perArticle: true, now: fixedNow });
    const result = await writeExport(files, { folder });
    if (!result.ok) throw new Error(result.error.message);
    const names = await namesIn(folder);
    expect(names).toHaveLength(2);
    expect(names).toContain('1998-01-05 城市更新让老街焕发新生.md');
    for (const name of names) {
      expect(name).not.toMatch(/[/\\<>:"|?*\u202e]/);
      expect([...name].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    }
    expect(await readFile(join(folder, '1998-01-05 城市更新让老街焕发新生.md'), 'utf8')).toBe(files[0].data);
  });

  it('keeps double extensions and writes every format side by side without clashes', async () => {
    const folder = await tempDir();
    for (const format of exportFormats) {
      const result = await writeExport(exportIssue(zhDocument(), format, { perArticle: false, now: fixedNow }), { folder });
      expect(result.ok).toBe(true);
    }
    expect(await namesIn(folder)).toEqual([
      '1998-01-05 人民日报.docx',
      '1998-01-05 人民日报.galley.json',
      '1998-01-05 人民日报.html',
      '1998-01-05 人民日报.md',
      '1998-01-05 人民日报.newsml.xml',
      '1998-01-05 人民日报.ninjs.json',
      '1998-01-05 人民日报.txt',
    ]);
    expect(unzipStored(new Uint8Array(await readFile(join(folder, '1998-01-05 人民日报.docx'))))).toHaveLength(6);
  });

  it('writes nothing when any target exists, unless told to overwrite', async () => {
    const folder = await tempDir();
    const files = exportIssue(zhDocument(), 'txt', { perArticle: true, now: fixedNow });
    await writeFile(join(folder, '1998-01-05 城市更新让老街焕发新生.txt'), 'old');
    const refused = await writeExport(files, { folder });
    expect(refused.ok || refused.error.code).toBe('exists');
    expect(await namesIn(folder)).toEqual(['1998-01-05 城市更新让老街焕发新生.txt']);
    const replaced = await writeExport(files, { folder, overwrite: true });
    expect(replaced.ok && replaced.value.length).toBe(2);
    expect(await readFile(join(folder, '1998-01-05 城市更新让老街焕发新生.txt'), 'utf8')).toBe(files[0].data);
  });

  it('numbers titles that sanitise to the same name', async () => {
    const folder = await tempDir();
    const file = (title: string) => ({ stem: { date: '2023-05-27', title, extension: 'txt' }, data: title });
    const result = await writeExport([file('a/b'), file('a_b'), file('A_B')], { folder });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.map((w) => w.name)).toEqual(['2023-05-27 a_b.txt', '2023-05-27 a_b (2).txt', '2023-05-27 A_B (3).txt']);
  });

  it('writes a single file to an exact path, and refuses several', async () => {
    const folder = await tempDir();
    const path = join(folder, 'chosen name.html');
    const [file] = exportIssue(zhDocument(), 'html', { perArticle: false, now: fixedNow });
    const result = await writeExport([file], { path });
    expect(result).toEqual({ ok: true, value: [{ path, name: 'chosen name.html', bytes: Buffer.byteLength(file.data as string) }] });
    expect((await writeExport([file], { path })).ok).toBe(false);
    const many = await writeExport(exportIssue(zhDocument(), 'html', { perArticle: true, now: fixedNow }), { path });
    expect(many.ok || many.error.code).toBe('invalid-argument');
  });
});
