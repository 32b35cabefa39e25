/**
 * Export every issue in review: each is read, analysed and its stored session replayed exactly as the
 * app does when opening it (sessionFromStored, core's documentOf), then exported with core's exportIssue.
 */
import { documentOf, exportIssue, formatExtension, type ExportFormat } from '../../core';
import { openThreshold } from '../apply-mode';
import { analyseText } from '../analysis/analysis-client';
import { defaultExportPath } from '../actions';
import { toBase64 } from '../dialogs/to-base64';
import { galley } from '../galley';
import { flushSession, sessionFromStored } from '../persistence/session-persistence';
import { refreshWorkspace, workspaceStore } from './workspace-store';

/** What an export-all run did. */
export interface ExportAllOutcome {
  readonly written: readonly string[];
  /** One line per issue that was not exported: its name and why. */
  readonly failures: readonly { readonly name: string; readonly message: string }[];
}

/** The path of an issue's export in `folder` (either separator). */
function targetIn(folder: string, issueName: string, format: ExportFormat): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  const base = folder.endsWith(separator) ? folder : `${folder}${separator}`;
  return defaultExportPath(`${base}${issueName}`, formatExtension(format));
}

/** Export every in-review issue of the workspace to `folder`; `onProgress` hears (done, total) after each. */
export async function exportAllReviewed(folder: string, format: ExportFormat, onProgress: (done: number, total: number) => void): Promise<ExportAllOutcome> {
  // The shown issue's latest change must be in its sidecar before it is read back.
  await flushSession();
  const issues = (workspaceStore.get()?.issues ?? []).filter((i) => i.status === 'in-review');
  const written: string[] = [];
  const failures: { name: string; message: string }[] = [];
  const now = new Date();
  onProgress(0, issues.length);
  for (const [index, issue] of issues.entries()) {
    const failure = await exportOne(issue.path, issue.size, folder, format, now).catch((error: unknown) => (error as Error).message);
    if (typeof failure === 'string') failures.push({ name: issue.name, message: failure });
    else written.push(failure.path);
    onProgress(index + 1, issues.length);
  }
  await refreshWorkspace();
  return { written, failures };
}

async function exportOne(path: string, size: number, folder: string, format: ExportFormat, now: Date): Promise<{ readonly path: string } | string> {
  // The user asked for every reviewed issue, so a large one is read without asking again (node still
  // refuses one over its hard limit; the IPC contract caps maxBytes at 1 GiB).
  const opened = await galley().openIssue(path, { maxBytes: Math.min(Math.max(size, 1), 1024 * 1024 * 1024) });
  if (!opened.ok) return opened.error.message;
  const analysis = await analyseText(opened.value.text);
  if (!analysis.ok) return analysis.message;
  const stored = await galley().loadSession(opened.value.path, opened.value.hash);
  const { session, outcome } = sessionFromStored(stored, analysis.initial, analysis.suggestions, openThreshold());
  // Edits that cannot be replayed are not silently dropped from an export.
  if (outcome.kind === 'source-changed') return `the source changed since it was reviewed (${outcome.path})`;
  if (outcome.kind === 'damaged') return outcome.message;
  const [file] = exportIssue(documentOf(session), format, { perArticle: false, now });
  const target = targetIn(folder, opened.value.name, format);
  const data = typeof file.data === 'string' ? { data: file.data, encoding: 'utf8' as const } : { data: toBase64(file.data), encoding: 'base64' as const };
  const done = await galley().writeExport({ path: target, ...data, overwrite: false, sourcePath: opened.value.path });
  return done.ok ? { path: done.value.path } : done.error.message;
}
