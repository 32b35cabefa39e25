/** The text encodings Galley reads, their names, byte-order marks and encoders. */
import iconv from 'iconv-lite';
import { encodingChoices, type EncodingId } from '../../shared/encodings';

/** A supported encoding (declared in shared, where the renderer and the IPC validators see it too). */
export type { EncodingId } from '../../shared/encodings';

/** The encodings a user can pick (status bar), with labels. */
export const supportedEncodings: readonly { readonly id: EncodingId; readonly label: string }[] = encodingChoices;

const boms: Readonly<Record<string, readonly number[]>> = {
  'utf-8-bom': [0xef, 0xbb, 0xbf],
  'utf-16le-bom': [0xff, 0xfe],
  'utf-16be-bom': [0xfe, 0xff],
};

const aliases: Readonly<Record<string, EncodingId>> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8-bom',
  utf8bom: 'utf-8-bom',
  'utf-8-sig': 'utf-8-bom',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16le-bom': 'utf-16le-bom',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  'utf-16be-bom': 'utf-16be-bom',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'euc-cn': 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  cp950: 'big5',
};

/** Map a user- or detector-supplied encoding name to a supported one (GBK and GB2312 read as GB18030, their superset). */
export function normalizeEncoding(name: string): EncodingId | null {
  return aliases[name.trim().toLowerCase().replace(/_/g, '-')] ?? null;
}

/** The byte-order mark an encoding writes (empty for none). */
export function bomOf(id: EncodingId): readonly number[] {
  return boms[id] ?? [];
}

/** The same encoding family with or without a byte-order mark. */
export function withBom(id: EncodingId, bom: boolean): EncodingId {
  const family = familyOf(id);
  if (family === 'gb18030' || family === 'big5') return family;
  return bom ? (`${family}-bom` as EncodingId) : family;
}

/** The encoding without its BOM variant: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030' or 'big5'. */
export function familyOf(id: EncodingId): 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' {
  return id.replace(/-bom$/, '') as 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
}

/** True when the bytes start with the encoding's byte-order mark. */
export function startsWithBom(bytes: Uint8Array, id: EncodingId): boolean {
  const bom = bomOf(id);
  return bom.length > 0 && bytes.length >= bom.length && bom.every((b, i) => bytes[i] === b);
}

/** Encode text with an encoding, BOM included; the inverse of decodeAs for every decodable file. */
export function encodeText(text: string, id: EncodingId): Uint8Array {
  const bom = Uint8Array.from(bomOf(id));
  const body = encodeBody(text, familyOf(id));
  if (bom.length === 0) return body;
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom, 0);
  out.set(body, bom.length);
  return out;
}

function encodeBody(text: string, family: ReturnType<typeof familyOf>): Uint8Array {
  switch (family) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'gb18030':
    case 'big5':
      return iconv.encode(text, family);
  }
}
