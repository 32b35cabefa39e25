/** Writing an export into a folder the user chose: a safe name, atomic, never replacing a file unasked. */
import { basename } from 'node:path';
import type { ExportFile } from '../core/export/export-format';
import { fail, ok, type Result } from '../shared/result';
import { writeFileAtomic, type FileStamp } from './atomic-write';
import { exportFileName, resolveInside } from './export-names';
import { statPath } from './fs-layer';
import { sameFileAmong } from './same-file';
import { truncateUtf8 } from './utf8-bytes';

/** Where an export went and how many bytes it holds. */
export interface WrittenExport {
  readonly path: string;
  readonly name: string;
  readonly bytes: number;
}

/** What to write, and under which name. */
export interface ExportFileRequest {
  readonly folder: string;
  /** The issue date ('2023-05-27') and a headline; sanitised into the file name. */
  readonly date: string;
  readonly headline: string;
  /** Extension without dot: 'json', 'txt', 'md', 'html', 'docx', … */
  readonly ext: string;
  readonly data: string | Uint8Array;
  /** Replace an existing file (after the user agreed); otherwise an existing file gives code 'exists'. */
  readonly overwrite?: boolean;
  /** When replacing, the stamp of the file the user agreed to replace, so a newer one is not clobbered. */
  readonly expected?: FileStamp;
}

/** Write an export atomically under a sanitised name inside `folder`. */
export async function writeExportFile(request: ExportFileRequest): Promise<Result<WrittenExport>> {
  const name = exportFileName(request.date, request.headline, request.ext);
  const path = resolveInside(request.folder, name);
  if (!path.ok) return path;
  const bytes = typeof request.data === 'string' ? Buffer.from(request.data, 'utf8') : request.data;
  const written = await writeFileAtomic(path.value, bytes, {
    overwrite: request.overwrite === true,
    ...(request.expected === undefined ? {} : { expected: request.expected }),
  });
  return written.ok ? ok({ path: path.value, name, bytes: bytes.byteLength }) : written;
}

/**
 * Where writeExport puts files: into a folder under safe names, or (one file only) at an exact path.
 * `protect` lists files never to be written over, whatever `overwrite` says (the issue being exported).
 */
export type ExportDestination =
  | { readonly folder: string; readonly overwrite?: boolean; readonly protect?: readonly string[] }
  | { readonly path: string; readonly overwrite?: boolean; readonly protect?: readonly string[] };

// Room left in a name for date, inner extension and a collision number: exportFileName cuts at 255
// bytes from the end, which would otherwise cut ".ninjs" out of "<title>.ninjs.json".
const titleBudget = 200;

/**
 * The date, headline and last extension to give exportFileName for one file: a double extension such
 * as `ninjs.json` keeps its inner part on the headline, since safe names carry one extension.
 */
function nameParts(output: Pick<ExportFile, 'stem' | 'data'>, repeat: number): { date: string; headline: string; ext: string } {
  const parts = output.stem.extension.split('.');
  const ext = parts.pop() ?? '';
  const inner = parts.join('.');
  const title = truncateUtf8(output.stem.title, titleBudget) + (repeat > 1 ? ` (${repeat})` : '');
  return { date: output.stem.date ?? '', headline: inner === '' ? title : `${title}.${inner}`, ext };
}

/**
 * Write the files of one export. To a folder: each under a safe name from date and headline (names that
 * sanitise alike are numbered), and unless `overwrite` nothing is written when any target exists. To a
 * path: exactly one file, written there. Every write is atomic.
 */
export async function writeExport(files: readonly Pick<ExportFile, 'stem' | 'data'>[], destination: ExportDestination): Promise<Result<WrittenExport[]>> {
  const overwrite = destination.overwrite === true;
  const protect = destination.protect ?? [];
  const protectedOne = async (path: string): Promise<Result<void>> => {
    const input = await sameFileAmong(path, protect);
    return input === null ? ok(undefined) : fail('invalid-argument', `${basename(path)}: would overwrite the input ${input}`);
  };
  if ('path' in destination) {
    if (files.length !== 1) return fail('invalid-argument', `${files.length} files cannot be written to one path: choose a folder`);
    const guarded = await protectedOne(destination.path);
    if (!guarded.ok) return guarded;
    const bytes = toBytes(files[0].data);
    const written = await writeFileAtomic(destination.path, bytes, { overwrite });
    return written.ok ? ok([{ path: destination.path, name: basename(destination.path), bytes: bytes.byteLength }]) : written;
  }
  const plans: { request: ExportFileRequest; path: string; name: string }[] = [];
  const used = new Set<string>();
  for (const file of files) {
    let repeat = 1;
    let parts = nameParts(file, repeat);
    // Case-insensitive, because two names differing only in case are one file on Windows and macOS.
    while (used.has(exportFileName(parts.date, parts.headline, parts.ext).toLowerCase())) parts = nameParts(file, ++repeat);
    const name = exportFileName(parts.date, parts.headline, parts.ext);
    used.add(name.toLowerCase());
    const path = resolveInside(destination.folder, name);
    if (!path.ok) return path;
    const guarded = await protectedOne(path.value);
    if (!guarded.ok) return guarded;
    plans.push({ request: { folder: destination.folder, ...parts, data: file.data, overwrite }, path: path.value, name });
  }
  if (!overwrite) {
    // Check every target first, so a per-article export is not left half written.
    const existing: string[] = [];
    for (const plan of plans) if (await exists(plan.path)) existing.push(plan.name);
    if (existing.length > 0) return fail('exists', `${existing.join(', ')}: already exists`);
  }
  const written: WrittenExport[] = [];
  for (const plan of plans) {
    const result = await writeExportFile(plan.request);
    if (!result.ok) return written.length === 0 ? result : fail(result.error.code, `${result.error.message} (${written.length} of ${plans.length} files written)`);
    written.push(result.value);
  }
  return ok(written);
}

function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

async function exists(path: string): Promise<boolean> {
  try {
    await statPath(path);
    return true;
  } catch {
    return false;
  }
}
