/** Decoding bytes with one codec, locating (by line) every byte sequence that does not decode or round-trip. */
import iconv from 'iconv-lite';
import { bomOf, encodeText, familyOf, startsWithBom, type EncodingId } from './encodings';

/** Decoded text plus the 1-based lines whose bytes did not decode, or decode but would not encode back identically. */
export interface DecodeOutcome {
  readonly text: string;
  readonly undecodableLines: readonly number[];
  readonly lossyLines: readonly number[];
}

/** Decode `bytes` (BOM included, if any) as `id`; bad bytes become U+FFFD and are reported, never silently. */
export function decodeAs(bytes: Uint8Array, id: EncodingId): DecodeOutcome {
  const body = startsWithBom(bytes, id) ? bytes.subarray(bomOf(id).length) : bytes;
  const family = familyOf(id);
  switch (family) {
    case 'utf-8':
      return decodeWeb(body, 'utf-8', asciiLines(body));
    case 'utf-16le':
    case 'utf-16be':
      return decodeWeb(body, family, utf16Lines(body, family === 'utf-16le'));
    case 'gb18030':
    case 'big5':
      return decodeIconv(body, family);
  }
}

/** A line of the byte stream: where its bytes are and its 1-based number. */
interface LineSpan {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

function decodeWeb(body: Uint8Array, label: 'utf-8' | 'utf-16le' | 'utf-16be', lines: () => readonly LineSpan[]): DecodeOutcome {
  // ignoreBOM keeps a U+FEFF that is content (the BOM itself was already cut off), so the text stays faithful.
  try {
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body);
    return { text, undecodableLines: [], lossyLines: [] };
  } catch {
    // Fall through: find the damaged lines one by one, then decode leniently.
  }
  const strict = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  const undecodable: number[] = [];
  for (const span of lines()) {
    try {
      strict.decode(body.subarray(span.start, span.end));
    } catch {
      undecodable.push(span.line);
    }
  }
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(body);
  return { text, undecodableLines: undecodable, lossyLines: [] };
}

function decodeIconv(body: Uint8Array, family: 'gb18030' | 'big5'): DecodeOutcome {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  // stripBOM: false, or a GB18030 BOM (84 31 95 33) would vanish and break the round trip.
  const text = iconv.decode(buffer, family, { stripBOM: false });
  if (Buffer.from(encodeText(text, family)).equals(buffer)) return { text, undecodableLines: [], lossyLines: [] };
  const undecodable: number[] = [];
  const lossy: number[] = [];
  for (const span of asciiLines(body)()) {
    const bytes = buffer.subarray(span.start, span.end);
    const decoded = iconv.decode(bytes, family, { stripBOM: false });
    if (Buffer.from(encodeText(decoded, family)).equals(bytes)) continue;
    // A U+FFFD that was not in the file marks undecodable bytes; otherwise the code decodes but maps back
    // to other bytes (GB18030 A3A0 → U+3000 → A1A1, Big5's duplicated ideographs).
    (decoded.includes('\uFFFD') ? undecodable : lossy).push(span.line);
  }
  return { text, undecodableLines: undecodable, lossyLines: lossy };
}

/** Lines of an ASCII-compatible byte stream; CR and LF never occur inside a UTF-8, GB18030 or Big5 character. */
function asciiLines(body: Uint8Array): () => readonly LineSpan[] {
  return () => splitLines(body.length, 1, (i) => body[i]);
}

/** Lines of a UTF-16 byte stream, split on CR/LF code units; an odd final byte stays in the last line. */
function utf16Lines(body: Uint8Array, littleEndian: boolean): () => readonly LineSpan[] {
  return () =>
    splitLines(body.length, 2, (i) => (i + 1 < body.length ? (littleEndian ? body[i] | (body[i + 1] << 8) : (body[i] << 8) | body[i + 1]) : -1));
}

function splitLines(length: number, unit: number, at: (i: number) => number): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  let line = 1;
  let i = 0;
  while (i < length) {
    const c = at(i);
    if (c === 0x0a || c === 0x0d) {
      spans.push({ start, end: i, line });
      line += 1;
      i += c === 0x0d && at(i + unit) === 0x0a ? 2 * unit : unit;
      start = i;
    } else {
      i += unit;
    }
  }
  spans.push({ start, end: length, line });
  return spans;
}
