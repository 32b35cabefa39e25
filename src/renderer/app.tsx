/** The workbench: toolbar, tabs, workspace panel, split view (source | structured issue) or start screen, status bar, dialogs. */
import { Suspense, useEffect } from 'react';
import { galley } from './galley';
import { openPath, reopenActive } from './actions';
import { CommandPalette } from './dialogs/command-palette';
import { ConfirmDialog } from './dialogs/confirm-dialog';
import { ExportAllDialog, ExportDialog } from './dialogs/lazy-dialogs';
import { IssuePropertiesDialog } from './dialogs/issue-properties-dialog';
import { OpenDialog } from './dialogs/open-dialog';
import { ShortcutsDialog } from './dialogs/shortcuts-dialog';
import { localeStore, useT } from './i18n/locale-store';
import { IssuePane } from './issue/issue-pane';
import { ReviewQueue } from './review/review-queue';
import { editLabels } from './shell/history-label';
import { SplitView } from './shell/split-view';
import { StatusBar } from './shell/status-bar';
import { Toolbar } from './shell/toolbar';
import { OpenWarnings } from './shell/open-warnings';
import { RegionBoundary } from './shell/region-boundary';
import { useGlobalKeys } from './shell/use-global-keys';
import { StartScreen } from './start/start-screen';
import { TabStrip } from './tabs/tab-strip';
import { WorkspacePanel } from './workspace/workspace-panel';
import { sourceWatchStore, useSourceWatch } from './persistence/source-watch';
import { SourceView } from './source/source-view';
import { useStore } from './stores/create-store';
import { issueStore } from './stores/issue-store';
import { sessionStore } from './stores/session-store';
import { notifyKey, showDialog, uiStore } from './stores/ui-store';
import { openErrorStore } from './stores/open-error-store';
import { errorText } from './i18n/error-text';

/** The app. */
export function App(): React.JSX.Element {
  const t = useT();
  const state = useStore(issueStore);
  const session = useStore(sessionStore);
  const ui = useStore(uiStore);
  const openError = useStore(openErrorStore);
  const locale = useStore(localeStore);
  useGlobalKeys();
  useSourceWatch();
  const sourceState = useStore(sourceWatchStore);

  // The Edit menu names the step Undo/Redo would take.
  useEffect(() => {
    void galley().setEditLabels(editLabels(session.session, locale));
  }, [session.session, locale]);

  const issue = state.status === 'ready' || state.status === 'analysing' ? state.issue : state.status === 'error' ? state.previous : null;
  // While a new issue is analysed, the previous document must not be drawn over its text.
  const doc = state.status === 'analysing' ? null : session.doc;
  // The window title names the open issue (the taskbar and window switcher show it).
  useEffect(() => {
    document.title = issue ? `${issue.name} — Galley` : 'Galley';
  }, [issue]);

  // Nothing open (the start screen) is a ready, idle app too.
  const appState = (state.status === 'ready' && doc) || state.status === 'empty' ? 'ready' : state.status === 'error' && !issue ? 'error' : 'loading';

  return (
    <div
      className="app"
      data-app-state={appState}
      data-testid="app"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        const path = galley().pathForFile(file);
        // The browser harness cannot know where a dropped file lives: say how to open it instead of doing nothing.
        if (path) void openPath(path);
        else notifyKey('dropNeedsPath', { name: file.name });
      }}
    >
      <Toolbar />
      {state.status === 'error' ? (
        <div className="error-banner" role="alert" data-testid="error-banner">
          <strong>{t('errorTitle')}</strong> {errorText(state.error, locale)}
        </div>
      ) : openError ? (
        <div className="error-banner" role="alert" data-testid="error-banner">
          <strong>{t('openFailed')}</strong> {errorText(openError, locale)}
          <button type="button" className="small banner-dismiss" data-testid="error-dismiss" aria-label={t('dismiss')} title={t('dismiss')} onClick={() => openErrorStore.set(null)}>
            ×
          </button>
        </div>
      ) : null}
      {sourceState !== 'unchanged' && issue ? (
        <div className="warning-banner" role="alert" data-testid="source-changed-banner">
          {t(sourceState === 'changed' ? 'sourceChangedOnDisk' : 'sourceMissing', { name: issue.name })}
          {sourceState === 'changed' ? (
            <button
              type="button"
              data-testid="reopen-source"
              onClick={() => {
                // Reopening saves the edits first and replays them if they still fit, or keeps them aside.
                void reopenActive();
              }}
            >
              {t('reopen')}
            </button>
          ) : null}
        </div>
      ) : null}
      {issue ? <OpenWarnings issue={issue} /> : null}
      <TabStrip />
      <div className="workbench-row">
        <RegionBoundary name="workspace">
          <WorkspacePanel />
        </RegionBoundary>
        <main className="workbench">
          {issue ? (
            <SplitView
              label={`${t('sourcePane')} | ${t('issuePane')}`}
              left={
                <RegionBoundary name="source" resetKey={issue.path}>
                  <SourceView issue={issue} doc={doc} />
                </RegionBoundary>
              }
              right={
                doc ? (
                  <RegionBoundary name="issue" resetKey={issue.path}>
                    <div className="right-column">
                      <IssuePane doc={doc} />
                      <ReviewQueue />
                    </div>
                  </RegionBoundary>
                ) : (
                  <div className="placeholder" aria-busy="true" data-testid="analysing">
                    {t('analysing')}
                  </div>
                )
              }
            />
          ) : state.status === 'loading' ? (
            <div className="placeholder" aria-busy="true">
              {t('loading')}
            </div>
          ) : (
            <StartScreen />
          )}
        </main>
      </div>
      <StatusBar issue={issue} doc={doc} blockCount={state.status === 'ready' ? state.blockCount : 0} />
      {ui.dialog === 'open' ? <OpenDialog /> : null}
      {ui.dialog === 'open-folder' ? <OpenDialog kind="folder" /> : null}
      {/* The export dialogs are loaded on first use (dialogs/lazy-dialogs.ts). */}
      <RegionBoundary name="dialog" resetKey={ui.dialog} onDismiss={() => showDialog('none')}>
        <Suspense fallback={null}>
          {ui.dialog === 'export-all' ? <ExportAllDialog /> : null}
          {ui.dialog === 'export' && doc && issue ? <ExportDialog doc={doc} sourcePath={issue.path} exportFolder={issue.exportFolder} /> : null}
        </Suspense>
      </RegionBoundary>
      <ConfirmDialog />
      {ui.dialog === 'issue-properties' && doc ? <IssuePropertiesDialog doc={doc} /> : null}
      {ui.dialog === 'shortcuts' ? <ShortcutsDialog /> : null}
      {ui.dialog === 'palette' ? <CommandPalette /> : null}
    </div>
  );
}
