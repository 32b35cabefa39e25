/** Guessing a file's encoding: BOM first, then UTF-16 by NUL pattern, strict UTF-8, then GB18030 vs Big5. */
import { createRequire } from 'node:module';
import { decodeAs, type DecodeOutcome } from './decode';
import { normalizeEncoding, type EncodingId } from './encodings';

/**
 * jschardet, loaded on first use: only files that are not UTF-8 need it, and loading its tables costs
 * every start of the command about 15 ms.
 */
let jschardet: typeof import('jschardet') | null = null;
function loadJschardet(): typeof import('jschardet') {
  jschardet ??= createRequire(import.meta.url)('jschardet') as typeof import('jschardet');
  return jschardet;
}

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
    const utf16 = guessUtf16(bytes, 0.9);
    return utf16 ? text(bytes, utf16, true) : { kind: 'binary', offset: nul };
  }

  const utf8 = scanUtf8(bytes);
  // Strict UTF-8 first: legacy CJK bytes almost never form valid UTF-8, while a UTF-8 file with a few
  // damaged bytes would otherwise "decode cleanly" as GB18030 mojibake.
  if (utf8.invalid === 0 || utf8.multibyte >= 10 * utf8.invalid) return text(bytes, 'utf-8', true);
  const legacy = chooseLegacy(bytes);
  // UTF-16 made only of ideographs has no NUL at all, and its bytes often pass as GB18030 too, but then
  // its low bytes below 0x20 surface as control characters; a clean legacy reading without them stands.
  if (legacy.kind === 'text' && legacy.decoded.undecodableLines.length === 0 && !hasControlCharacters(legacy.decoded.text)) {
    return legacy;
  }
  const cjkUtf16 = bytes.length % 2 === 0 ? guessUtf16(bytes, 0.98) : null;
  return cjkUtf16 ? text(bytes, cjkUtf16, false) : legacy;
}

/** C0 controls other than tab, line breaks and form feed: rare in real text, common in misread bytes. */
function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) return true;
  }
  return false;
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

/**
 * UTF-16 without a BOM: the reading (little- or big-endian) in which nearly every unit is a plausible character.
 * NUL counts alone mislead for Chinese: U+3000, the indent of every paragraph, has a zero low byte.
 */
function guessUtf16(bytes: Uint8Array, threshold: number): EncodingId | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 2) return null;
  const le = utf16Plausibility(sample, true);
  const be = utf16Plausibility(sample, false);
  if (le >= threshold && le > be) return 'utf-16le';
  if (be >= threshold && be > le) return 'utf-16be';
  return null;
}

/** The share of UTF-16 units in `sample` that are characters a newspaper issue plausibly contains. */
function utf16Plausibility(sample: Uint8Array, littleEndian: boolean): number {
  let good = 0;
  const units = sample.length >> 1;
  for (let i = 0; i < units; i += 1) {
    const u = littleEndian ? sample[2 * i] | (sample[2 * i + 1] << 8) : (sample[2 * i] << 8) | sample[2 * i + 1];
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = littleEndian ? sample[2 * i + 2] | (sample[2 * i + 3] << 8) : (sample[2 * i + 2] << 8) | sample[2 * i + 3];
      // A sample may end between the halves of a pair; that last unit is not held against it.
      if (i + 1 >= units || (next >= 0xdc00 && next <= 0xdfff)) good += 2;
      i += 1;
      continue;
    }
    const plausible = isPlausibleUnit(u);
    // A zero byte must come from an ASCII/Latin-1 character (zero high byte) or an ideograph such as
    // U+3000 or U+4E00 (zero low byte); anything else (U+0000, U+0100…) is binary structure, not text.
    if ((u & 0xff00) !== 0 && (u & 0xff) === 0 ? u < 0x2000 || !plausible : (u & 0xff00) === 0 && !plausible) return 0;
    if (plausible) good += 1;
  }
  return good / units;
}

function isPlausibleUnit(u: number): boolean {
  return (
    u === 0x09 || u === 0x0a || u === 0x0d || u === 0x0c ||
    (u >= 0x20 && u <= 0x7e) ||
    (u >= 0xa0 && u <= 0x24f) || // Latin
    (u >= 0x370 && u <= 0x4ff) || // Greek, Cyrillic
    (u >= 0x2010 && u <= 0x206f) || // punctuation (not the spaces 2000-200F, which are swapped ASCII)
    (u >= 0x2100 && u <= 0x27bf) || // symbols, arrows, enclosed numbers
    (u >= 0x2e80 && u <= 0x2fdf) || // CJK radicals
    (u >= 0x3000 && u <= 0x30ff) || // CJK punctuation, kana
    (u >= 0x3400 && u <= 0x9fff) || // CJK ideographs
    (u >= 0xf900 && u <= 0xfaff) || // CJK compatibility ideographs
    (u >= 0xfe30 && u <= 0xfe4f) || // CJK compatibility forms
    (u >= 0xff00 && u <= 0xffef) || // full-width forms
    u === 0xfeff
  );
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

/** Bytes judged when choosing between legacy encodings; the winner then decodes the whole file. */
const legacySampleBytes = 256 * 1024;

function chooseLegacy(bytes: Uint8Array): Detection {
  // Judge on a sample cut at a line break (never inside a character), so a 50 MB file is not decoded
  // and re-encoded twice per candidate.
  const cut = bytes.length <= legacySampleBytes ? bytes.length : bytes.subarray(0, legacySampleBytes).lastIndexOf(0x0a) + 1;
  const sample = cut > 0 ? bytes.subarray(0, cut) : bytes;
  const candidates = (['gb18030', 'big5'] as const).map((encoding) => ({ encoding, decoded: decodeAs(sample, encoding) }));
  const badness = (c: (typeof candidates)[number]): number => c.decoded.undecodableLines.length;
  // jschardet ranks by language statistics; with minimumThreshold 0 it answers even for a few characters.
  const ranking = loadJschardet()
    .detectAll(sample.subarray(0, 65536), { minimumThreshold: 0 })
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
  return { kind: 'text', encoding: best.encoding, confident, decoded: sample === bytes ? best.decoded : decodeAs(bytes, best.encoding) };
}
