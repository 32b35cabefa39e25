/** F1: every shortcut in one sheet. */
import { useT } from '../i18n/locale-store';
import { appCommands, paneShortcuts } from '../shell/commands';
import { reviewShortcuts } from '../review/review-keys';
import { showDialog } from '../stores/ui-store';
import { Modal } from './modal';

/** The shortcuts sheet. */
export function ShortcutsDialog(): React.JSX.Element {
  const t = useT();
  const rows = [
    ...appCommands.filter((c) => c.shortcut).map((c) => ({ label: c.label, shortcut: c.shortcut as string })),
    ...paneShortcuts,
  ];
  return (
    <Modal title={t('shortcutsTitle')} testId="shortcuts-dialog" onClose={() => showDialog('none')}>
      <table className="shortcuts">
        <tbody>
          {rows.map((row) => (
            <tr key={row.label + row.shortcut}>
              <td>{t(row.label)}</td>
              <td>
                <kbd>{row.shortcut}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
        {/* Keys of the review list (F8 brings the keyboard there). */}
        <tbody data-testid="review-shortcuts">
          <tr>
            <th colSpan={2}>{t('review')}</th>
          </tr>
          {reviewShortcuts.map((row) => (
            <tr key={row.label}>
              <td>{t(row.label)}</td>
              <td>
                <kbd>{row.shortcut}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal-actions">
        <button type="button" onClick={() => showDialog('none')}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
