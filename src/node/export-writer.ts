/** Writing an export into a folder the user chose: a safe name, atomic, never replacing a file unasked. */
import { ok, type Result } from '../shared/result';
import { writeFileAtomic, type FileStamp } from './atomic-write';
import { exportFileName, resolveInside } from './export-names';

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
