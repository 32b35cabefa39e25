import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32 } from '../../../../src/core/export/crc32';
import { encodeUtf8 } from '../../../../src/core/export/utf8';
import { createStoredZip } from '../../../../src/core/export/zip-store';
import { unzipStored } from './unzip-stored';

describe('encodeUtf8', () => {
  it('matches TextEncoder on any string, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(encodeUtf8(text)).toEqual(encoder.encode(text));
      }),
      { numRuns: 500 },
    );
    for (const text of ['', 'a', '中文', '😀', '\ud800', 'x\udc00y', '\ud83d\ude00\ud83d', '\u0000\u007f\u0080\u07ff\u0800\uffff']) {
      expect(encodeUtf8(text)).toEqual(encoder.encode(text));
    }
  });
});

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(encodeUtf8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('createStoredZip', () => {
  it('round-trips entries through a reader, names in UTF-8', () => {
    const entries = [
      { name: 'a.txt', data: encodeUtf8('hello') },
      { name: '目录/文件.xml', data: encodeUtf8('<x>中文</x>') },
      { name: 'empty', data: new Uint8Array() },
    ];
    const zip = createStoredZip(entries, new Date('2024-02-29T12:34:56Z'));
    expect(unzipStored(zip)).toEqual(entries);
  });

  it('is deterministic for the same time', () => {
    const entries = [{ name: 'a', data: encodeUtf8('x') }];
    const now = new Date('2026-01-02T03:04:05Z');
    expect(createStoredZip(entries, now)).toEqual(createStoredZip(entries, now));
  });

  it('stamps the DOS date and time (UTC)', () => {
    const zip = createStoredZip([{ name: 'a', data: encodeUtf8('x') }], new Date('2024-02-29T12:34:56Z'));
    const view = new DataView(zip.buffer);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2024, 2, 29]);
    expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([12, 34, 56]);
  });
});
