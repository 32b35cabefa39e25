/** Opening an issue file: read (never write) the bytes, refuse what is not text, detect the encoding, decode. */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { fail, ok, type Result } from '../shared/result';
import { readError } from './fs-errors';
import { readFileBytes, statPath } from './fs-layer';
import { decodeAs } from './encoding/decode';
import { binaryProbeBytes, detectAndDecode, type Detection } from './encoding/detect';
import { familyOf, normalizeEncoding, startsWithBom, supportedEncodings, withBom, type EncodingId } from './encoding/encodings';
import { detectLineEndings } from './encoding/line-endings';
import type { OpenedIssueDto } from '../shared/ipc';

/** An issue file as read from disk: decoded text plus what is needed to detect later changes. */
export type OpenedIssue = OpenedIssueDto;

/** Files above this size open only when the caller raises `maxBytes` (the app asks the user first). */
export const softSizeLimit = 50 * 1024 * 1024;
/** Files above this size never open: a V8 string holds at most ~512 M UTF-16 units, and decoding needs copies. */
export const hardSizeLimit = 256 * 1024 * 1024;

/** Whether a file of `size` bytes opens, needs the user's consent first, or is refused. */
export function sizeVerdict(size: number, maxBytes = softSizeLimit): 'ok' | 'ask' | 'refuse' {
  if (size > hardSizeLimit) return 'refuse';
  return size > maxBytes ? 'ask' : 'ok';
}

/** Read and decode an issue file; `encoding` forces a codec (reopen with another), `maxBytes` raises the soft limit. */
export async function openIssueFile(path: string, options?: { encoding?: string; maxBytes?: number }): Promise<Result<OpenedIssue>> {
  const absolute = resolve(path);
  const name = basename(absolute);

  let forced: EncodingId | null = null;
  if (options?.encoding !== undefined) {
    forced = normalizeEncoding(options.encoding);
    if (!forced) {
      const known = supportedEncodings.map((e) => e.id).join(', ');
      return fail('invalid-argument', `${name}: unknown encoding '${options.encoding}' (supported: ${known})`);
    }
  }

  let size: number;
  let mtimeMs: number;
  try {
    const stats = await statPath(absolute);
    if (stats.isDirectory()) return fail('is-directory', `${name}: is a folder, not a file`);
    if (!stats.isFile()) return fail('unreadable', `${name}: not a regular file`);
    size = stats.size;
    mtimeMs = stats.mtimeMs;
  } catch (error) {
    return { ok: false, error: readError(absolute, error) };
  }

  const sizeCheck = checkSize(name, size, options?.maxBytes);
  if (!sizeCheck.ok) return sizeCheck;

  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(absolute);
  } catch (error) {
    return { ok: false, error: readError(absolute, error) };
  }
  // The file may have grown between stat and read: judge (and report) what was actually read.
  if (bytes.length !== size) {
    const recheck = checkSize(name, bytes.length, options?.maxBytes);
    if (!recheck.ok) return recheck;
    size = bytes.length;
  }
  if (size === 0) return fail('empty', `${name}: the file is empty`);

  const decoded = forced ? decodeForced(bytes, forced) : detectAndDecode(bytes);
  if (decoded.kind === 'binary') return fail('binary', `${name}: not a text file (binary data at byte ${decoded.offset})`);
  const { text, undecodableLines, lossyLines } = decoded.decoded;
  if (text.length === 0) return fail('empty', `${name}: the file holds no text (only a byte-order mark)`);

  const label = supportedEncodings.find((e) => e.id === decoded.encoding)?.label ?? decoded.encoding;
  const warnings: string[] = [];
  if (!decoded.confident) warnings.push(`${name}: the encoding was guessed as ${label}; if the text looks wrong, reopen it with another encoding`);
  if (undecodableLines.length > 0) {
    warnings.push(`${name}: bytes that are not valid ${label} on ${describeLines(undecodableLines)}; they are shown as �`);
  }
  const nulLines = linesWithNul(text);
  if (nulLines.length > 0) {
    // Past the binary probe a NUL byte is let through, but it is never text: say where, so it can be checked.
    warnings.push(`${name}: NUL characters on ${describeLines(nulLines)}; the file may be partly binary or damaged`);
  }
  if (lossyLines.length > 0) {
    warnings.push(`${name}: ${label} codes on ${describeLines(lossyLines)} have no exact Unicode equivalent; they are shown as the nearest character`);
  }

  return ok({
    path: absolute,
    name,
    text,
    encoding: decoded.encoding,
    size,
    mtimeMs,
    hash: createHash('sha256').update(bytes).digest('hex'),
    ...detectLineEndings(text),
    warnings,
  });
}

function checkSize(name: string, size: number, maxBytes: number | undefined): Result<void> {
  const verdict = sizeVerdict(size, maxBytes);
  // The size travels with the error so the app can ask "open anyway?" and retry with a raised maxBytes.
  if (verdict === 'refuse') {
    const message = `${name}: ${megabytes(size)} is too large to open (the limit is ${megabytes(hardSizeLimit)})`;
    return { ok: false, error: { code: 'too-large', message, tooLarge: { size, canRaise: false } } };
  }
  if (verdict === 'ask') {
    const message = `${name}: ${megabytes(size)} is over the ${megabytes(maxBytes ?? softSizeLimit)} limit for opening`;
    return { ok: false, error: { code: 'too-large', message, tooLarge: { size, canRaise: true } } };
  }
  return ok(undefined);
}

function decodeForced(bytes: Uint8Array, forced: EncodingId): Detection {
  const family = familyOf(forced);
  // The user picks a codec family; whether a BOM is there is a fact of the bytes, not a choice.
  const bomVariant = withBom(forced, true);
  const encoding = startsWithBom(bytes, bomVariant) ? bomVariant : withBom(forced, false);
  if (family !== 'utf-16le' && family !== 'utf-16be') {
    const nul = bytes.subarray(0, binaryProbeBytes).indexOf(0);
    if (nul >= 0) return { kind: 'binary', offset: nul };
  }
  return { kind: 'text', encoding, confident: true, decoded: decodeAs(bytes, encoding) };
}

/** 1-based numbers of the lines holding U+0000 (one pass; nothing to do in the usual text without any). */
function linesWithNul(text: string): number[] {
  const lines: number[] = [];
  if (!text.includes('\0')) return lines;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    else if (c === 0 && lines.at(-1) !== line) lines.push(line);
  }
  return lines;
}

function describeLines(lines: readonly number[]): string {
  const shown = lines.slice(0, 10).join(', ');
  const more = lines.length > 10 ? ` and ${lines.length - 10} more` : '';
  return lines.length === 1 ? `line ${shown}` : `lines ${shown}${more}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
