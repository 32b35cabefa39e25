/** Open a file or a folder by path: used where there is no native dialog (the browser harness), and by tests. */
import { useState } from 'react';
import { openPath } from '../actions';
import { openWorkspace } from '../workspace/workspace-store';
import { useT } from '../i18n/locale-store';
import { showDialog } from '../stores/ui-store';
import { Modal } from './modal';

/** Props: what the path names. */
export interface OpenDialogProps {
  readonly kind?: 'file' | 'folder';
}

/** The open dialog. */
export function OpenDialog({ kind = 'file' }: OpenDialogProps): React.JSX.Element {
  const t = useT();
  const folder = kind === 'folder';
  const [path, setPath] = useState('');
  const close = (): void => showDialog('none');
  return (
    <Modal title={t(folder ? 'folderTitle' : 'openTitle')} testId={folder ? 'folder-dialog' : 'open-dialog'} onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim() === '') return;
          close();
          void (folder ? openWorkspace(path.trim()) : openPath(path.trim()));
        }}
      >
        <label className="field">
          <span>{t(folder ? 'folderPathLabel' : 'openPathLabel')}</span>
          <input data-testid={folder ? 'folder-path' : 'open-path'} value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} />
        </label>
        <div className="modal-actions">
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" data-testid={folder ? 'folder-confirm' : 'open-confirm'}>
            {t('openConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
