/** Notices from opening the shown issue (guessed encoding, undecodable lines by number), until dismissed. */
import { useState } from 'react';
import type { OpenedIssueDto } from '../../shared/ipc';
import { useT } from '../i18n/locale-store';

/** Props: the shown issue. */
export interface OpenWarningsProps {
  readonly issue: OpenedIssueDto;
}

/** The warnings banner (nothing when the issue opened cleanly or the notices were dismissed). */
export function OpenWarnings({ issue }: OpenWarningsProps): React.JSX.Element | null {
  const t = useT();
  // Dismissal belongs to one reading of the file: a reopen (another encoding) shows its own notices.
  const key = `${issue.path}\n${issue.encoding}\n${issue.hash}`;
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (issue.warnings.length === 0 || dismissed === key) return null;
  return (
    <div className="warning-banner" role="status" aria-label={t('openWarnings')} data-testid="open-warnings">
      <ul>
        {issue.warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <button type="button" data-testid="open-warnings-dismiss" onClick={() => setDismissed(key)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
