/** The headless pipeline shared by `galley fix` and `galley batch`: read, repair, export, write. */
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { repairIssue } from '../core/analysis/repair-issue';
import type { Analysis } from '../core/analysis/analyze-issue';
import { exportIssue } from '../core/export/export-issue';
import { exportFormats, type ExportFormat } from '../core/export/export-format';
import type { Lexicon } from '../core/lexicon/lexicon';
import type { IssueDocument, Suggestion } from '../core/model';
import { fail, ok, type GalleyError, type Result } from '../shared/result';
import { writeExport, type WrittenExport } from './export-writer';
import { openIssueFile, type OpenedIssue } from './open-issue';

/** An issue file read, analysed and repaired with the automatic threshold. */
export interface RepairedFile {
  readonly opened: OpenedIssue;
  readonly analysis: Analysis;
  readonly doc: IssueDocument;
  /** Suggestions applied automatically (confidence at or above the threshold). */
  readonly automatic: number;
  /** Suggestions left for the editor. */
  readonly pending: readonly Suggestion[];
}

/** Whether a string names an export format. */
export function isExportFormat(format: string): format is ExportFormat {
  return (exportFormats as readonly string[]).includes(format);
}

/** Read and repair one issue file, as the app does on open. */
export async function repairIssueFile(
  path: string,
  lexicon: Lexicon | Promise<Lexicon>,
  threshold: number,
  options: { readonly maxBytes?: number } = {},
): Promise<Result<RepairedFile>> {
  // The lexicon may still be loading while the file is read: the two overlap.
  const opened = await openIssueFile(path, options.maxBytes === undefined ? undefined : { maxBytes: options.maxBytes });
  if (!opened.ok) return opened;
  const { analysis, automatic, doc } = repairIssue(opened.value.text, await lexicon, threshold);
  const applied = new Set(automatic.map((s) => s.id));
  const pending = analysis.suggestions.filter((s) => !applied.has(s.id));
  return ok({ opened: opened.value, analysis, doc, automatic: applied.size, pending });
}

/** Where a repaired issue is written: a file for the issue, or a folder of files (one per article); never over `protect`. */
export type RepairDestination =
  | { readonly path: string; readonly protect?: readonly string[] }
  | { readonly folder: string; readonly protect?: readonly string[] };

/** Export a repaired document in a format and write it, replacing earlier outputs (batch work reruns). */
export async function writeRepaired(
  doc: IssueDocument,
  format: ExportFormat,
  perArticle: boolean,
  destination: RepairDestination,
  now: Date = new Date(),
  pending: readonly Suggestion[] = [],
): Promise<Result<WrittenExport[]>> {
  const files = exportIssue(doc, format, { perArticle, now, pending });
  if (files.length === 0) return fail('empty', 'nothing to export: the issue has no articles');
  if ('folder' in destination) {
    try {
      await mkdir(destination.folder, { recursive: true });
    } catch {
      return fail('write-failed', `${destination.folder}: cannot create the folder`);
    }
  }
  return writeExport(files, { ...destination, overwrite: true });
}

/** The issue-level output path of an input in a folder: its name with the format's extension. */
export function outputPathFor(input: string, outDir: string, extension: string): string {
  return join(outDir, `${basename(input, extname(input))}.${extension}`);
}

/** For the command line: how to lift a too-large refusal that --max-size can lift, or ''. */
export function tooLargeHint(error: GalleyError): string {
  if (error.code !== 'too-large' || !error.tooLarge?.canRaise) return '';
  return `; add --max-size ${Math.ceil(error.tooLarge.size / (1024 * 1024))}MB to process it anyway`;
}
