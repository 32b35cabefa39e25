/** Open by path: used where there is no native file dialog (the browser harness), and by tests. */
import { useState } from 'react';
import { openPath } from '../actions';
import { useT } from '../i18n/locale-store';
import { showDialog } from '../stores/ui-store';
import { Modal } from './modal';

/** The open dialog. */
export function OpenDialog(): React.JSX.Element {
  const t = useT();
  const [path, setPath] = useState('');
  const close = (): void => showDialog('none');
  return (
    <Modal title={t('openTitle')} testId="open-dialog" onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim() === '') return;
          close();
          void openPath(path.trim());
        }}
      >
        <label className="field">
          <span>{t('openPathLabel')}</span>
          <input data-testid="open-path" value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} />
        </label>
        <div className="modal-actions">
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" data-testid="open-confirm">
            {t('openConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
