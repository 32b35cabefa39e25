import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../src/node/encoding/encodings';
import { failNthOperation, setFaultHook } from '../../src/node/fs-layer';
import { hardSizeLimit, openIssueFile, sizeVerdict, softSizeLimit } from '../../src/node/open-issue';
import { tempDir } from './helpers/temp-dir';

async function fileWith(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, bytes);
  return path;
}

describe('openIssueFile', () => {
  it('reads text, hash, size, mtime, line endings and final newline, and never writes the source', async () => {
    const bytes = encodeText('朔州日报\r\n第一版\r\n', 'gb18030');
    const path = await fileWith('shuozhou.txt', bytes);
    const before = await stat(path);
    const opened = await openIssueFile(path);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value).toMatchObject({
      path,
      name: 'shuozhou.txt',
      text: '朔州日报\r\n第一版\r\n',
      encoding: 'gb18030',
      size: bytes.length,
      mtimeMs: before.mtimeMs,
      hash: createHash('sha256').update(bytes).digest('hex'),
      lineEndings: 'crlf',
      finalNewline: true,
    });
    const after = await stat(path);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(Buffer.from(await readFile(path)).equals(Buffer.from(bytes))).toBe(true);
  });

  it.each([
    ['not-found', async () => join(await tempDir(), 'missing.txt'), 'missing.txt: file not found'],
    ['is-directory', async () => {
      const dir = join(await tempDir(), 'folder.txt');
      await mkdir(dir);
      return dir;
    }, 'folder.txt: is a folder, not a file'],
    ['empty', () => fileWith('empty.txt', ''), 'empty.txt: the file is empty'],
    ['empty', () => fileWith('bom.txt', Buffer.from([0xef, 0xbb, 0xbf])), 'bom.txt: the file holds no text (only a byte-order mark)'],
    ['binary', () => fileWith('shuozhou.txt', Buffer.from('GIF89a\x00\x01\x02text', 'latin1')), 'shuozhou.txt: not a text file (binary data at byte 6)'],
  ] as const)('refuses with %s', async (code, make, message) => {
    const opened = await openIssueFile(await make());
    expect(opened).toEqual({ ok: false, error: { code, message } });
  });

  it('reports an unreadable file from the fs layer', async () => {
    const path = await fileWith('locked.txt', 'text');
    setFaultHook(failNthOperation(1, 'EACCES', ['readFile']));
    expect(await openIssueFile(path)).toEqual({ ok: false, error: { code: 'unreadable', message: 'locked.txt: cannot be read (permission denied)' } });
  });

  it('asks before opening files over the soft limit and refuses far larger ones', async () => {
    const dir = await tempDir();
    const big = join(dir, 'big.txt');
    await writeFile(big, 'a'.repeat(1024) + '\n');
    // A sparse file: stat reports the size, no disk space is used, and the size check comes before any read.
    await truncate(big, softSizeLimit + 1);
    const refused = await openIssueFile(big);
    expect(refused.ok || refused.error.code).toBe('too-large');
    expect(refused.ok || refused.error.message).toBe('big.txt: 50.0 MB is over the 50.0 MB limit for opening');
    expect(refused.ok || refused.error.tooLarge).toEqual({ size: softSizeLimit + 1, canRaise: true });
    expect(sizeVerdict(softSizeLimit + 1)).toBe('ask');

    const huge = join(dir, 'huge.txt');
    await writeFile(huge, '');
    await truncate(huge, hardSizeLimit + 1);
    const never = await openIssueFile(huge, { maxBytes: 4 * hardSizeLimit });
    expect(never.ok || never.error).toEqual({ code: 'too-large', message: 'huge.txt: 256.0 MB is too large to open (the limit is 256.0 MB)',
      tooLarge: { size: hardSizeLimit + 1, canRaise: false },
    });
    expect(sizeVerdict(hardSizeLimit + 1, Infinity)).toBe('refuse');
  });

  it('opens a file over the soft limit once maxBytes is raised', async () => {
    const path = await fileWith('long.txt', '朔州日报。\n'.repeat(Math.ceil((softSizeLimit + 10) / 16)));
    const size = (await stat(path)).size;
    expect((await openIssueFile(path)).ok).toBe(false);
    const opened = await openIssueFile(path, { maxBytes: size });
    expect(opened.ok && opened.value.size).toBe(size);
  });

  it('reopens with another encoding, and reports undecodable lines instead of hiding them', async () => {
    const path = await fileWith('issue.txt', encodeText('本報訊\n記者報導\n', 'big5'));
    const auto = await openIssueFile(path);
    expect(auto.ok && auto.value.encoding).toBe('big5');
    const asUtf8 = await openIssueFile(path, { encoding: 'UTF-8' });
    expect(asUtf8.ok).toBe(true);
    if (!asUtf8.ok) return;
    expect(asUtf8.value.encoding).toBe('utf-8');
    expect(asUtf8.value.warnings).toEqual(['issue.txt: bytes that are not valid UTF-8 on lines 1, 2; they are shown as �']);
    const unknown = await openIssueFile(path, { encoding: 'klingon' });
    expect(unknown.ok || unknown.error.code).toBe('invalid-argument');
  });

  it('keeps the BOM variant when reopening a BOM file with its family', async () => {
    const path = await fileWith('bom.txt', encodeText('第一版\n', 'utf-16be-bom'));
    const opened = await openIssueFile(path, { encoding: 'utf-16be' });
    expect(opened.ok && [opened.value.encoding, opened.value.text]).toEqual(['utf-16be-bom', '第一版\n']);
  });

  it('warns about GB18030 codes that cannot be written back identically (A3A0)', async () => {
    const path = await fileWith('a3a0.txt', Buffer.concat([encodeText('第一版\n', 'gb18030'), Buffer.from([0xa3, 0xa0]), encodeText('本报讯\n', 'gb18030')]));
    const opened = await openIssueFile(path);
    expect(opened.ok && opened.value.encoding).toBe('gb18030');
    expect(opened.ok && opened.value.warnings).toEqual([
      'a3a0.txt: GB18030 (GBK, GB2312) codes on line 2 have no exact Unicode equivalent; they are shown as the nearest character',
    ]);
  });

  it('detects a large GB18030 file from a sample and still reports bad bytes beyond it', async () => {
    const line = encodeText('朔州经济开发区招商引资不断绘制热力图。\n', 'gb18030');
    const lines = Array.from({ length: 20_000 }, () => line);
    lines[15_000] = Buffer.concat([encodeText('坏', 'gb18030'), Buffer.from([0xff, 0x0a])]);
    const path = await fileWith('large.txt', Buffer.concat(lines));
    const opened = await openIssueFile(path);
    expect(opened.ok && opened.value.encoding).toBe('gb18030');
    expect(opened.ok && opened.value.warnings).toEqual(['large.txt: bytes that are not valid GB18030 (GBK, GB2312) on line 15001; they are shown as �']);
  });
});
