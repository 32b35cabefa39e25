/** App actions that talk to the host: open (in tabs), reopen, export paths. Components call these; they update the stores. */
import { encodingChoices } from '../shared/encodings';
import type { OpenedIssueDto, OpenIssueOptions } from '../shared/ipc';
import { fail, type Result } from '../shared/result';
import { analyseText } from './analysis/analysis-client';
import { galley } from './galley';
import { currentIssue, issueStore } from './stores/issue-store';
import { selectParagraph } from './stores/selection-store';
import { openThreshold } from './apply-mode';
import { flushSession, openSession } from './persistence/session-persistence';
import { askConfirm } from './stores/confirm-store';
import { sessionStore } from './stores/session-store';
import { activateTab, addTab, tabBusy, updateTab } from './tabs/tab-switch';
import { activeTab, findTab } from './tabs/tabs-store';
import { notify } from './stores/ui-store';
import { format } from './i18n/strings';
import { localeStore } from './i18n/locale-store';

/** Read an issue (the start-up one when `path` is null), asking first when it is over the soft size limit. */
async function readIssue(path: string | null, options?: OpenIssueOptions): Promise<Result<OpenedIssueDto>> {
  // No options means no second argument: JSON (the harness bridge) would turn an undefined one into null.
  const first = path === null ? await galley().startupIssue() : options ? await galley().openIssue(path, options) : await galley().openIssue(path);
  const tooLarge = first.ok ? undefined : first.error.tooLarge;
  // Over the hard limit (or at start-up, where the path is the host's) the refusal is shown as it is.
  if (first.ok || path === null || !tooLarge?.canRaise) return first;
  const mb = (tooLarge.size / (1024 * 1024)).toFixed(1);
  if (!(await askConfirm('tooLargeTitle', format(localeStore.get(), 'tooLargeAsk', { mb }), 'openAnyway'))) {
    return fail('cancelled', 'Not opened.');
  }
  return galley().openIssue(path, { ...options, maxBytes: tooLarge.size });
}

/** Analyse an opened issue in the worker and start its session (in the tab already made for it). */
async function showOpened(opened: OpenedIssueDto): Promise<boolean> {
  // Show the source at once; the structure follows when the worker is done. The lexicon (megabytes)
  // is fetched only now, so it does not compete with the source for the first paint.
  issueStore.set({ status: 'analysing', issue: opened });
  const analysis = await analyseText(opened.text);
  if (!analysis.ok) {
    issueStore.set({ status: 'error', error: { code: 'internal', message: analysis.message }, previous: null });
    return false;
  }
  // The same threshold as `galley fix`, so the app opens on what the CLI would write.
  const restored = await openSession(opened, analysis.initial, analysis.suggestions, openThreshold());
  const locale = localeStore.get();
  if (restored.kind === 'restored') notify(format(locale, 'sessionRestored', { n: restored.steps }));
  else if (restored.kind === 'source-changed') notify(format(locale, 'sessionSourceChanged', { path: restored.path }));
  else if (restored.kind === 'damaged') notify(format(locale, 'sessionDamaged', { message: restored.message }));
  else notify(null);
  selectParagraph(null, 'issue');
  issueStore.set({ status: 'ready', issue: opened, layout: analysis.layout, blockCount: analysis.blockCount });
  return true;
}

// Opens run one at a time: a second open while the first is still analysing would park a half-made tab
// and let the first one finish into the second one's stores.
let opening: Promise<unknown> = Promise.resolve();

/** Read an issue and show it: in a new tab, in the tab given (reopen), or by focusing the tab it is already open in. */
function openInTab(read: () => Promise<Result<OpenedIssueDto>>, reopenTab: string | null, path: string | null = null): Promise<boolean> {
  const run = opening.then(() => openInTabNow(read, reopenTab, path));
  opening = run.catch(() => undefined);
  return run;
}

async function openInTabNow(read: () => Promise<Result<OpenedIssueDto>>, reopenTab: string | null, path: string | null): Promise<boolean> {
  // An issue already open is not read again (nor asked about again when large): its tab is focused.
  const open = path === null || reopenTab ? null : findTab(path);
  if (open) {
    await activateTab(open.id);
    return true;
  }
  const opened = await read();
  if (!opened.ok) {
    if (opened.error.code !== 'cancelled') issueStore.set({ status: 'error', error: opened.error, previous: currentIssue() });
    return false;
  }
  const existing = findTab(opened.value.path);
  if (existing && existing.id !== reopenTab) {
    await activateTab(existing.id);
    return true;
  }
  if (reopenTab) {
    // The edits so far are saved first: the reopened text replays them where they still fit.
    await flushSession();
    updateTab(reopenTab, opened.value.path, opened.value.name);
  } else {
    await addTab(opened.value.path, opened.value.name);
  }
  return showOpened(opened.value);
}

/** Open the issue the host chose at start (command line or bundled sample). */
export function openStartupIssue(): Promise<boolean> {
  return openInTab(() => readIssue(null), null);
}

/** Open an issue by path; an issue that is already open has its tab focused. */
export function openPath(path: string): Promise<boolean> {
  // The tab is looked for when the open's turn comes (openInTabNow), after any open still running.
  return openInTab(() => readIssue(path), null, path);
}

/** Read the shown issue again from disk (changed on disk, or with another encoding), in its own tab. */
export async function reopenActive(options?: OpenIssueOptions): Promise<boolean> {
  const tab = activeTab();
  if (!tab || tabBusy()) return false;
  const done = await openInTab(() => readIssue(tab.path, options), tab.id);
  if (done && options?.encoding) {
    const locale = localeStore.get();
    const skipped = sessionStore.get().skipped.size;
    const encoding = encodingChoices.find((e) => e.id === options.encoding)?.label ?? options.encoding;
    notify(skipped > 0 ? format(locale, 'reopenSkipped', { encoding, n: skipped }) : format(locale, 'reopenedAs', { encoding }));
  }
  return done;
}

/** A default export path next to the source: `<name>.repaired.<ext>`. */
export function defaultExportPath(sourcePath: string, extension: string): string {
  const dot = sourcePath.lastIndexOf('.');
  const slash = Math.max(sourcePath.lastIndexOf('/'), sourcePath.lastIndexOf('\\'));
  const stem = dot > slash ? sourcePath.slice(0, dot) : sourcePath;
  return `${stem}.repaired.${extension}`;
}
