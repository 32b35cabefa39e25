/** The bottom bar: file, encoding, counts, and the last notice. */
import type { IssueDocument } from '../../core';
import type { OpenedIssueDto } from '../../shared/ipc';
import { useT } from '../i18n/locale-store';
import { useStore } from '../stores/create-store';
import { uiStore } from '../stores/ui-store';
import { sessionStore } from '../stores/session-store';
import { saveStateStore } from '../persistence/session-persistence';
import { EncodingControl } from './encoding-control';

/** Props: what is open. */
export interface StatusBarProps {
  readonly issue: OpenedIssueDto | null;
  readonly doc: IssueDocument | null;
  readonly blockCount: number;
}

/** The status bar. */
export function StatusBar({ issue, doc, blockCount }: StatusBarProps): React.JSX.Element {
  const t = useT();
  const ui = useStore(uiStore);
  const { session, statuses } = useStore(sessionStore);
  const save = useStore(saveStateStore);
  const pending = session ? session.suggestions.filter((s) => statuses.get(s.id) === 'pending').length : 0;
  return (
    <footer className="status-bar" data-testid="status-bar" role="status">
      {issue ? (
        <>
          <span data-testid="status-file" title={issue.path}>
            {issue.name}
          </span>
          <EncodingControl encoding={issue.encoding} />
          <span>{issue.lineEndings}</span>
          <span data-testid="status-blocks">{t('blocks', { n: blockCount })}</span>
          {doc ? <span data-testid="status-articles">{t('articles', { n: doc.articles.length })}</span> : null}
          {doc ? <RemovedCount removed={doc.removed} t={t} /> : null}
          {session ? <span data-testid="status-suggestions">{t('suggestionsCount', { n: session.suggestions.length, pending })}</span> : null}
        </>
      ) : null}
      <span className="spacer" />
      {issue ? (
        <span data-testid="save-state" data-state={save.state} title={save.message ?? undefined} className={`save-${save.state}`}>
          {t(`save-${save.state}` as const)}
        </span>
      ) : null}
      {ui.notice ? <span data-testid="status-notice">{typeof ui.notice === 'string' ? ui.notice : t(ui.notice.key, ui.notice.values)}</span> : null}
    </footer>
  );
}

/** The removed pile's size; what the editor deleted while editing is counted apart from what analysis removed. */
function RemovedCount({ removed, t }: { readonly removed: IssueDocument['removed']; readonly t: ReturnType<typeof useT> }): React.JSX.Element {
  const byEditor = removed.filter((r) => r.kind === 'editor').length;
  const text = `${t('removedPile')}: ${removed.length - byEditor}${byEditor > 0 ? ` · ${t('editorDeletions', { n: byEditor })}` : ''}`;
  return <span data-testid="status-removed">{text}</span>;
}
