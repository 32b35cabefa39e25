import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeAs } from '../../src/node/encoding/decode';
import { detectAndDecode } from '../../src/node/encoding/detect';
import { encodeText, normalizeEncoding, supportedEncodings, type EncodingId } from '../../src/node/encoding/encodings';
import { detectLineEndings } from '../../src/node/encoding/line-endings';
import { openIssueFile } from '../../src/node/open-issue';
import { tempDir } from './helpers/temp-dir';

const sample = readFileSync(join(__dirname, '../../resources/samples/shuozhou-daily-2023-05-27.txt'), 'utf8');
// Traditional-script news text (written for this test) whose every character exists in Big5.
const traditional = [
  '本報訊 記者陳志明報導',
  '臺灣中部地區昨日發生規模五點二地震，氣象局表示，震央位於南投縣政府東方十五公里處，',
  '各地災情輕微。交通部已派員檢查鐵路與公路橋樑，目前尚無損壞報告。',
  '（中央社）',
  '',
].join('\r\n');
// GB18030 four-byte characters: CJK Extension A and B, an emoji, and Latin letters outside GBK.
const fourByte = '㐀字、𠀀字、😀、ǹ与ḿ；其余是常用字。\n第二行：€与￥。\n';

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

describe('encode(decode(bytes)) is byte-exact for every supported encoding', () => {
  const cases: readonly { readonly id: EncodingId; readonly text: string }[] = [
    ...supportedEncodings.filter((e) => e.id !== 'big5').map((e) => ({ id: e.id, text: sample })),
    { id: 'gb18030', text: fourByte },
    { id: 'utf-16le', text: fourByte },
    { id: 'utf-16be-bom', text: fourByte },
    { id: 'big5', text: traditional },
    { id: 'utf-8', text: traditional },
  ];
  it.each(cases)('$id', async ({ id, text }) => {
    const bytes = encodeText(text, id);
    const decoded = decodeAs(bytes, id);
    expect(decoded.text).toBe(text);
    expect(decoded.undecodableLines).toEqual([]);
    expect(decoded.lossyLines).toEqual([]);
    expect(bytesEqual(encodeText(decoded.text, id), bytes)).toBe(true);

    // The same through the file path, with detection (no hint given).
    const dir = await tempDir();
    const file = join(dir, `issue-${id}.txt`);
    await writeFile(file, bytes);
    const opened = await openIssueFile(file);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.encoding).toBe(id);
    expect(opened.value.text).toBe(text);
    expect(opened.value.warnings).toEqual([]);
    expect(bytesEqual(encodeText(opened.value.text, opened.value.encoding as EncodingId), bytes)).toBe(true);
  });

  it('GB18030 four-byte sequences are really four bytes', () => {
    expect(Buffer.from(encodeText('𠀀', 'gb18030')).toString('hex')).toBe('95328236');
    expect(Buffer.from(encodeText('㐀', 'gb18030')).toString('hex')).toBe('8139ee39');
  });
});

describe('detection', () => {
  it.each([
    ['朔州日报', 'gb18030'],
    ['本报讯 记者王明', 'gb18030'],
    ['擦亮中国北方日用瓷金字招牌', 'gb18030'],
    ['臺灣新聞', 'big5'],
    ['本報訊 記者報導', 'big5'],
    ['經濟發展與臺灣報紙的歷史', 'big5'],
  ] as const)('short text %s as %s', (text, id) => {
    const found = detectAndDecode(encodeText(text, id));
    expect(found.kind === 'text' && found.encoding).toBe(id);
    expect(found.kind === 'text' && found.decoded.text).toBe(text);
  });

  it('finds UTF-16 without a BOM from the NUL pattern, both byte orders', () => {
    const text = '第1版\n朔州日报 2023-05-27\n';
    for (const id of ['utf-16le', 'utf-16be'] as const) {
      const found = detectAndDecode(encodeText(text, id));
      expect(found.kind === 'text' && found.encoding).toBe(id);
    }
  });

  it('finds BOM-less UTF-16 made only of ideographs (no NUL byte at all)', () => {
    const text = '朔州经济开发区招商引资热力图不断绘制推动高质量发展';
    for (const id of ['utf-16le', 'utf-16be'] as const) {
      const found = detectAndDecode(encodeText(text, id));
      expect(found.kind === 'text' && found.encoding).toBe(id);
    }
  });

  it('treats a NUL byte in the first 512 bytes as binary, reporting where', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(detectAndDecode(png)).toEqual({ kind: 'binary', offset: 8 });
  });

  it('keeps a UTF-8 file with a few damaged bytes as UTF-8 rather than GB18030 mojibake', () => {
    const good = Buffer.from('朔州日报第一版\n本报讯\n', 'utf8');
    const bytes = Buffer.concat([good, Buffer.from([0xff]), good]);
    const found = detectAndDecode(bytes);
    expect(found.kind === 'text' && found.encoding).toBe('utf-8');
    expect(found.kind === 'text' && found.decoded.undecodableLines).toEqual([3]);
  });

  it('maps encoding names and aliases', () => {
    expect(normalizeEncoding('GBK')).toBe('gb18030');
    expect(normalizeEncoding('GB2312')).toBe('gb18030');
    expect(normalizeEncoding('Big5')).toBe('big5');
    expect(normalizeEncoding('UTF_8')).toBe('utf-8');
    expect(normalizeEncoding('latin1')).toBeNull();
  });
});

describe('undecodable and non-round-tripping bytes are reported by line', () => {
  it('GB18030 with invalid bytes', () => {
    const bytes = Buffer.concat([encodeText('第一行\n第二行', 'gb18030'), Buffer.from([0xff]), encodeText('\n第三行\n', 'gb18030')]);
    const decoded = decodeAs(bytes, 'gb18030');
    expect(decoded.undecodableLines).toEqual([2]);
    expect(decoded.text).toContain('\uFFFD');
  });

  it('iconv-lite reads GB18030 A3A0 as U+3000 but writes A1A1: flagged as lossy, not hidden', () => {
    const bytes = Buffer.concat([encodeText('一\n二', 'gb18030'), Buffer.from([0xa3, 0xa0]), encodeText('三\n', 'gb18030')]);
    const decoded = decodeAs(bytes, 'gb18030');
    expect(decoded.text).toBe('一\n二\u3000三\n');
    expect(decoded.lossyLines).toEqual([2]);
    expect(decoded.undecodableLines).toEqual([]);
  });

  it('a Big5-HKSCS code that iconv-lite writes back differently (8E69 → U+7BB8 → BAE6) is flagged as lossy', () => {
    const decoded = decodeAs(Buffer.from([0xa4, 0x61, 0x0a, 0x8e, 0x69, 0x0a]), 'big5');
    expect(decoded.text).toBe('兀\n\u7bb8\n');
    expect(decoded.lossyLines).toEqual([2]);
  });

  it('UTF-16 with an unpaired surrogate and an odd final byte', () => {
    const good = encodeText('甲\n', 'utf-16le');
    const bytes = Buffer.concat([good, Buffer.from([0x00, 0xd8, 0x0a, 0x00]), good, Buffer.from([0x41])]);
    expect(decodeAs(bytes, 'utf-16le').undecodableLines).toEqual([2, 4]);
  });

  it('UTF-8 lines after CR, CRLF and LF breaks are numbered like an editor does', () => {
    const bytes = Buffer.concat([Buffer.from('a\rb\r\nc\n', 'utf8'), Buffer.from([0xc3]), Buffer.from('\n', 'utf8')]);
    expect(decodeAs(bytes, 'utf-8').undecodableLines).toEqual([4]);
  });
});

describe('line endings', () => {
  it.each([
    ['a\nb\n', 'lf', true],
    ['a\r\nb', 'crlf', false],
    ['a\rb\r', 'cr', true],
    ['a\nb\r\nc', 'mixed', false],
    ['abc', 'none', false],
  ] as const)('%j → %s', (text, lineEndings, finalNewline) => {
    expect(detectLineEndings(text)).toEqual({ lineEndings, finalNewline });
  });
});

describe('binary data is refused, whatever its NUL pattern', () => {
  it.each([
    ['gzip of the sample', () => gzipSync(Buffer.from(sample, 'utf8'))],
    ['this test runner binary', () => readFileSync(process.execPath).subarray(0, 4096)],
    ['a 32-bit integer table', () => Buffer.from(Uint32Array.from({ length: 64 }, (_, i) => i * 7919).buffer)],
  ])('%s', (_name, make) => {
    expect(detectAndDecode(make()).kind).toBe('binary');
  });
});
