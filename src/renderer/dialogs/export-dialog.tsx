/** Export: choose a format, see a preview, pick a path (native dialog or a text field), write atomically. */
import { useEffect, useMemo, useState } from 'react';
import type { IssueDocument } from '../../core';
import { defaultExportPath } from '../actions';
import { galley } from '../galley';
import { useT } from '../i18n/locale-store';
import { renderJson, renderPlainText } from '../issue/plain-text-export';
import { notify, showDialog } from '../stores/ui-store';
import { Modal } from './modal';

/** The export formats available today. */
export type ExportFormat = 'txt' | 'json';

const renderers: { readonly [F in ExportFormat]: (doc: IssueDocument) => string } = { txt: renderPlainText, json: renderJson };

/** Props: the document and where it came from. */
export interface ExportDialogProps {
  readonly doc: IssueDocument;
  readonly sourcePath: string;
}

/** The export dialog. */
export function ExportDialog({ doc, sourcePath }: ExportDialogProps): React.JSX.Element {
  const t = useT();
  const [format, setFormat] = useState<ExportFormat>('txt');
  const [path, setPath] = useState(() => defaultExportPath(sourcePath, 'txt'));
  const [native, setNative] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = useMemo(() => renderers[format](doc), [doc, format]);
  const close = (): void => showDialog('none');

  useEffect(() => {
    void galley()
      .hostInfo()
      .then((info) => setNative(info.ok && info.value.nativeDialogs));
  }, []);

  const changeFormat = (next: ExportFormat): void => {
    setFormat(next);
    // Keep the chosen folder and name, switch only a matching extension.
    setPath((p) => p.replace(/\.(txt|json)$/, `.${next}`));
  };

  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    const written = await galley().writeExport({ path, text: preview });
    setBusy(false);
    if (!written.ok) {
      setError(written.error.message);
      return;
    }
    notify(t('exported', { path: written.value.path }));
    close();
  };

  return (
    <Modal title={t('exportTitle')} testId="export-dialog" onClose={close} wide>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>{t('exportFormat')}</span>
          <select data-testid="export-format" value={format} onChange={(e) => changeFormat(e.target.value as ExportFormat)}>
            <option value="txt">{t('formatText')}</option>
            <option value="json">{t('formatJson')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('exportPathLabel')}</span>
          <input data-testid="export-path" value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} />
          {native ? (
            <button
              type="button"
              onClick={() => {
                void galley()
                  .pickSavePath(path)
                  .then((r) => r.ok && r.value && setPath(r.value));
              }}
            >
              {t('browse')}
            </button>
          ) : null}
        </label>
        <label className="field column">
          <span>{t('exportPreview')}</span>
          <textarea data-testid="export-preview" readOnly value={preview} rows={14} />
        </label>
        {error ? (
          <p className="error-text" role="alert" data-testid="export-error">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" data-testid="export-confirm" disabled={busy || path.trim() === ''}>
            {t('exportConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
