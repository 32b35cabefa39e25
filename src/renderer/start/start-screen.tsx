/** The start screen when no issue is open: recent files, open a file, open a folder. */
import { useEffect, useState } from 'react';
import { openPath } from '../actions';
import { galley } from '../galley';
import { useT } from '../i18n/locale-store';
import { chooseAndOpen, chooseFolder } from '../shell/commands';

/** The start screen. */
export function StartScreen(): React.JSX.Element {
  const t = useT();
  const [recent, setRecent] = useState<readonly string[]>([]);
  // Only a desktop window learns a dropped file's path; the browser harness says how to open one instead.
  const [canDrop, setCanDrop] = useState(true);
  useEffect(() => {
    void galley()
      .hostInfo()
      .then((info) => setCanDrop(info.ok && info.value.kind === 'electron'));
  }, []);
  useEffect(() => {
    void galley()
      .recentFiles()
      .then((r) => setRecent(r.ok ? r.value : []));
  }, []);
  return (
    <section className="start-screen" data-testid="start-screen" aria-label={t('startTitle')}>
      <h1>{t('startTitle')}</h1>
      <div className="start-actions">
        <button type="button" className="primary" data-testid="start-open-file" onClick={() => void chooseAndOpen()}>
          {t('openFile')}
        </button>
        <button type="button" data-testid="start-open-folder" onClick={() => void chooseFolder()}>
          {t('openFolder')}
        </button>
      </div>
      <p className="muted" data-testid="drop-hint">
        {t(canDrop ? 'dropHint' : 'dropHintWeb')}
      </p>
      <h2>{t('recentFiles')}</h2>
      {recent.length === 0 ? <p className="muted">{t('noRecent')}</p> : null}
      <ul className="recent-list">
        {recent.map((path) => (
          <li key={path}>
            <button type="button" data-testid="recent-file" title={path} onClick={() => void openPath(path)}>
              <strong>{path.split(/[\\/]/).pop()}</strong> <span className="muted">{path}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
