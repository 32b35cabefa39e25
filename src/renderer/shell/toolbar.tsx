/** The top bar: file actions, undo/redo, theme and language. */
import { localeStore, toggleLocale, useT } from '../i18n/locale-store';
import { useStore } from '../stores/create-store';
import { redo, sessionStore, undo } from '../stores/session-store';
import { themeStore, toggleTheme } from '../stores/theme-store';
import { showDialog } from '../stores/ui-store';
import { chooseAndOpen, chooseFolder } from './commands';
import { editLabels } from './history-label';

/** The toolbar. */
export function Toolbar(): React.JSX.Element {
  const t = useT();
  const session = useStore(sessionStore);
  const theme = useStore(themeStore);
  const locale = useStore(localeStore);
  const labels = editLabels(session.session, locale);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('appName')}>
      <span className="brand">{t('appName')}</span>
      <button type="button" data-testid="open-button" onClick={() => void chooseAndOpen()}>
        {t('open')}
      </button>
      <button type="button" data-testid="open-folder-button" onClick={() => void chooseFolder()}>
        {t('openFolder')}
      </button>
      <button type="button" data-testid="export-button" onClick={() => showDialog('export')} disabled={!session.doc}>
        {t('export')}
      </button>
      <span className="spacer-small" />
      <button
        type="button"
        data-testid="undo-button"
        onClick={() => undo()}
        disabled={labels.undo === null}
        title={labels.undo ? `${t('undo')} ${labels.undo}` : t('nothingToUndo')}
      >
        {t('undo')}
      </button>
      <button
        type="button"
        data-testid="redo-button"
        onClick={() => redo()}
        disabled={labels.redo === null}
        title={labels.redo ? `${t('redo')} ${labels.redo}` : t('redo')}
      >
        {t('redo')}
      </button>
      <span className="spacer" />
      <button type="button" data-testid="theme-button" onClick={toggleTheme} aria-label={t('theme')}>
        {theme === 'dark' ? t('themeLight') : t('themeDark')}
      </button>
      <button type="button" data-testid="language-button" onClick={toggleLocale} aria-label={t('languageLabel')}>
        {t('language')}
      </button>
      <button type="button" data-testid="shortcuts-button" onClick={() => showDialog('shortcuts')} aria-label={t('shortcuts')}>
        F1
      </button>
    </div>
  );
}
