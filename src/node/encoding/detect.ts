/** Guessing a file's encoding: BOM first, then UTF-16 by NUL pattern, strict UTF-8, then GB18030 vs Big5. */
import jschardet from 'jschardet';
import { decodeAs, type DecodeOutcome } from './decode';
import { normalizeEncoding, type EncodingId } from './encodings';

/** How many leading bytes decide whether a file is binary (what VS Code does). */
export const binaryProbeBytes = 512;

/** A detected and decoded text, or binary data at an offset. */
export type Detection =
  | { readonly kind: 'text'; readonly encoding: EncodingId; readonly confident: boolean; readonly decoded: DecodeOutcome }
  | { readonly kind: 'binary'; readonly offset: number };

/** Detect the encoding of non-empty `bytes` and decode them with it. */
export function detectAndDecode(bytes: Uint8Array): Detection {
  const bom = bomEncoding(bytes);
  if (bom) return text(bytes, bom, true);

  const nul = bytes.subarray(0, binaryProbeBytes).indexOf(0);
  if (nul >= 0) {
    const utf16 = guessUtf16(bytes);
    return utf16 ? text(bytes, utf16, true) : { kind: 'binary', offset: nul };
  }

  const utf8 = scanUtf8(bytes);
  // Strict UTF-8 first: legacy CJK bytes almost never form valid UTF-8, while a UTF-8 file with a few
  // damaged bytes would otherwise "decode cleanly" as GB18030 mojibake.
  if (utf8.invalid === 0 || utf8.multibyte >= 10 * utf8.invalid) return text(bytes, 'utf-8', true);

  return chooseLegacy(bytes);
}

/** The encoding announced by a byte-order mark, if any. */
export function bomEncoding(bytes: Uint8Array): EncodingId | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le-bom';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be-bom';
  return null;
}

function text(bytes: Uint8Array, encoding: EncodingId, confident: boolean): Detection {
  return { kind: 'text', encoding, confident, decoded: decodeAs(bytes, encoding) };
}

/** UTF-16 without a BOM: NULs only in high bytes (ASCII characters, line breaks), and the result reads as text. */
function guessUtf16(bytes: Uint8Array): EncodingId | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  // Little-endian puts the zero high byte of an ASCII character second (odd offsets).
  const littleEndian = odd > 0 && even * 10 <= odd;
  const bigEndian = even > 0 && odd * 10 <= even;
  if (!littleEndian && !bigEndian) return null;
  let controls = 0;
  let units = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    const unit = littleEndian ? sample[i] | (sample[i + 1] << 8) : (sample[i] << 8) | sample[i + 1];
    units += 1;
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d && unit !== 0x0c) controls += 1;
  }
  return controls * 100 <= units ? (littleEndian ? 'utf-16le' : 'utf-16be') : null;
}

/** Counts of well-formed multi-byte UTF-8 sequences and of invalid bytes. */
function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k += 1) valid = (bytes[i + k] & 0xc0) === 0x80;
    if (valid && length === 3) {
      // No overlongs (E0 80..9F) and no surrogates (ED A0..BF).
      const second = bytes[i + 1];
      valid = !(b === 0xe0 && second < 0xa0) && !(b === 0xed && second > 0x9f);
    }
    if (valid && length === 4) {
      const second = bytes[i + 1];
      valid = !(b === 0xf0 && second < 0x90) && !(b === 0xf4 && second > 0x8f);
    }
    if (valid) {
      multibyte += 1;
      i += length;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return { multibyte, invalid };
}

function chooseLegacy(bytes: Uint8Array): Detection {
  const candidates = (['gb18030', 'big5'] as const).map((encoding) => ({ encoding, decoded: decodeAs(bytes, encoding) }));
  const badness = (c: (typeof candidates)[number]): number => c.decoded.undecodableLines.length;
  // jschardet ranks by language statistics; with minimumThreshold 0 it answers even for a few characters.
  const ranking = jschardet
    .detectAll(bytes.subarray(0, 65536), { minimumThreshold: 0 })
    .map((r) => (r.encoding ? normalizeEncoding(r.encoding) : null))
    .filter((e): e is EncodingId => e === 'gb18030' || e === 'big5');
  const rank = (e: EncodingId): number => {
    const at = ranking.indexOf(e);
    return at < 0 ? ranking.length : at;
  };
  const sorted = [...candidates].sort((a, b) => badness(a) - badness(b) || rank(a.encoding) - rank(b.encoding));
  const best = sorted[0];
  const clean = candidates.filter((c) => badness(c) === 0);
  const confident = badness(best) === 0 && (clean.length === 1 || ranking[0] === best.encoding);
  return { kind: 'text', encoding: best.encoding, confident, decoded: best.decoded };
}
