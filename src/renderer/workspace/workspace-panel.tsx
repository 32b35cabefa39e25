/** The folder workspace beside the split view: its issues with their status, next issue, export all reviewed. */
import { useT } from '../i18n/locale-store';
import { openPath } from '../actions';
import { useStore } from '../stores/create-store';
import { showDialog } from '../stores/ui-store';
import { tabsStore } from '../tabs/tabs-store';
import { closeWorkspace, openNextIssue, workspaceStore } from './workspace-store';

/** The workspace panel (nothing when no folder is open). */
export function WorkspacePanel(): React.JSX.Element | null {
  const t = useT();
  const workspace = useStore(workspaceStore);
  const tabs = useStore(tabsStore);
  if (!workspace) return null;
  const activePath = tabs.tabs.find((tab) => tab.id === tabs.active)?.path ?? null;
  const folderName = workspace.folder.split(/[\\/]/).filter(Boolean).pop() ?? workspace.folder;
  return (
    <aside className="workspace-panel" aria-label={t('workspace')} data-testid="workspace-panel">
      <div className="workspace-head">
        <strong title={workspace.folder}>{folderName}</strong>
        <button type="button" data-testid="workspace-close" aria-label={t('closeWorkspace')} title={t('closeWorkspace')} onClick={closeWorkspace}>
          ×
        </button>
      </div>
      <div className="workspace-actions">
        <button type="button" data-testid="workspace-next" onClick={() => void openNextIssue()}>
          {t('nextIssue')}
        </button>
        <button type="button" data-testid="workspace-export-all" onClick={() => showDialog('export-all')}>
          {t('exportAll')}
        </button>
      </div>
      {workspace.issues.length === 0 ? <p className="muted">{t('workspaceEmpty')}</p> : null}
      <ul className="workspace-list">
        {workspace.issues.map((issue) => (
          <li key={issue.path}>
            <button
              type="button"
              data-testid="workspace-issue"
              data-status={issue.status}
              data-path={issue.path}
              aria-current={issue.path === activePath ? 'true' : undefined}
              onClick={() => void openPath(issue.path)}
            >
              <span className="workspace-name">{issue.name}</span>
              <span className={`workspace-status status-${issue.status}`}>{t(`workspace-${issue.status}` as const)}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
