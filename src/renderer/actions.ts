/** App actions that talk to the host: open, export. Components call these; they update the stores. */
import type { OpenedIssueDto } from '../shared/ipc';
import type { Result } from '../shared/result';
import { analyseText } from './analysis/analysis-client';
import { galley } from './galley';
import { currentIssue, issueStore } from './stores/issue-store';
import { selectParagraph } from './stores/selection-store';
import { AUTO_APPLY_THRESHOLD } from '../core/analysis/repair-issue';
import { openSession } from './persistence/session-persistence';
import { notify } from './stores/ui-store';
import { format } from './i18n/strings';
import { localeStore } from './i18n/locale-store';

/** Show an opened issue (or the error), analysing it in the worker first. */
export async function showOpened(pending: Promise<Result<OpenedIssueDto>>): Promise<boolean> {
  const previous = currentIssue();
  issueStore.set({ status: 'loading' });
  const opened = await pending;
  if (!opened.ok) {
    issueStore.set({ status: 'error', error: opened.error, previous });
    return false;
  }
  // Show the source at once; the structure follows when the worker is done. The lexicon (megabytes)
  // is fetched only now, so it does not compete with the source for the first paint.
  issueStore.set({ status: 'analysing', issue: opened.value });
  const analysis = await analyseText(opened.value.text);
  if (!analysis.ok) {
    issueStore.set({ status: 'error', error: { code: 'internal', message: analysis.message }, previous });
    return false;
  }
  // The same threshold as `galley fix`, so the app opens on what the CLI would write.
  const restored = await openSession(opened.value, analysis.initial, analysis.suggestions, AUTO_APPLY_THRESHOLD);
  const locale = localeStore.get();
  if (restored.kind === 'restored') notify(format(locale, 'sessionRestored', { n: restored.steps }));
  else if (restored.kind === 'source-changed') notify(format(locale, 'sessionSourceChanged', { path: restored.path }));
  else if (restored.kind === 'damaged') notify(format(locale, 'sessionDamaged', { message: restored.message }));
  else notify(null);
  selectParagraph(null, 'issue');
  issueStore.set({ status: 'ready', issue: opened.value, layout: analysis.layout, blockCount: analysis.blockCount });
  return true;
}

/** Open the issue the host chose at start (command line or bundled sample). */
export function openStartupIssue(): Promise<boolean> {
  return showOpened(galley().startupIssue());
}

/** Open an issue by path. */
export function openPath(path: string): Promise<boolean> {
  return showOpened(galley().openIssue(path));
}

/** A default export path next to the source: `<name>.repaired.<ext>`. */
export function defaultExportPath(sourcePath: string, extension: string): string {
  const dot = sourcePath.lastIndexOf('.');
  const slash = Math.max(sourcePath.lastIndexOf('/'), sourcePath.lastIndexOf('\\'));
  const stem = dot > slash ? sourcePath.slice(0, dot) : sourcePath;
  return `${stem}.repaired.${extension}`;
}
