/** Export: choose a format, see a preview, pick a path (native dialog or a text field), write atomically. */
import { useEffect, useMemo, useState } from 'react';
import { exportIssue, formatExtension, type ExportFormat, type IssueDocument } from '../../core';
import { defaultExportPath } from '../actions';
import { galley } from '../galley';
import { useT } from '../i18n/locale-store';
import { notify, showDialog } from '../stores/ui-store';
import { refreshWorkspace } from '../workspace/workspace-store';
import { loadExportChoice, saveExportChoice } from './export-choice';
import { FormatSelect } from './format-select';
import { Modal } from './modal';
import { toBase64 } from './to-base64';

const previewLimit = 20_000;

/** Props: the document and where it came from. */
export interface ExportDialogProps {
  readonly doc: IssueDocument;
  readonly sourcePath: string;
}

/** The folder part of a path (either separator). */
function parentFolder(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return slash > 0 ? path.slice(0, slash) : path;
}

/** The export dialog. */
export function ExportDialog({ doc, sourcePath }: ExportDialogProps): React.JSX.Element {
  const t = useT();
  const [initial] = useState(loadExportChoice);
  const [format, setFormat] = useState<ExportFormat>(initial.format);
  const [path, setPath] = useState(() => defaultExportPath(sourcePath, formatExtension(initial.format)));
  const [native, setNative] = useState(false);
  const [error, setError] = useState<{ readonly message: string; readonly exists: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [perArticle, setPerArticle] = useState(initial.perArticle);
  const [folder, setFolder] = useState(() => parentFolder(sourcePath));
  // The export time is taken once per dialog: core never reads the clock.
  const [now] = useState(() => new Date());
  const files = useMemo(() => exportIssue(doc, format, { perArticle, now }), [doc, format, now, perArticle]);
  const file = files[0] ?? { data: '', name: '', stem: { date: null, title: '', extension: formatExtension(format) }, mediaType: '' };
  const preview =
    typeof file.data === 'string'
      ? file.data.length > previewLimit
        ? `${file.data.slice(0, previewLimit)}\n…`
        : file.data
      : t('binaryPreview', { n: file.data.byteLength });
  const close = (): void => showDialog('none');

  useEffect(() => {
    void galley()
      .hostInfo()
      .then((info) => setNative(info.ok && info.value.nativeDialogs));
  }, []);

  const changeFormat = (next: ExportFormat): void => {
    const from = formatExtension(format);
    setFormat(next);
    setError(null);
    // Keep the chosen folder and name; switch the extension if it is the previous format's.
    setPath((p) => (p.endsWith(`.${from}`) ? `${p.slice(0, -from.length)}${formatExtension(next)}` : p));
  };

  const submit = async (overwrite: boolean): Promise<void> => {
    setBusy(true);
    setError(null);
    saveExportChoice({ format, perArticle });
    if (perArticle) {
      const many = await galley().writeExportFiles({
        folder,
        overwrite,
        sourcePath,
        files: files.map((f) => ({
          date: f.stem.date ?? '',
          headline: f.stem.title,
          ext: f.stem.extension,
          ...(typeof f.data === 'string' ? { data: f.data, encoding: 'utf8' as const } : { data: toBase64(f.data), encoding: 'base64' as const }),
        })),
      });
      setBusy(false);
      if (!many.ok) {
        setError({ message: many.error.message, exists: many.error.code === 'exists' });
        return;
      }
      notify(t('exportedFiles', { n: many.value.paths.length, path: many.value.folder }));
      void refreshWorkspace();
      close();
      return;
    }
    const written = await galley().writeExport(
      typeof file.data === 'string'
        ? { path, data: file.data, encoding: 'utf8', overwrite, sourcePath }
        : { path, data: toBase64(file.data), encoding: 'base64', overwrite, sourcePath },
    );
    setBusy(false);
    if (!written.ok) {
      setError({ message: written.error.message, exists: written.error.code === 'exists' });
      return;
    }
    notify(t('exported', { path: written.value.path }));
    void refreshWorkspace();
    close();
  };

  return (
    <Modal title={t('exportTitle')} testId="export-dialog" onClose={close} wide>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(false);
        }}
      >
        <FormatSelect testId="export-format" value={format} onChange={changeFormat} />
        <label className="field">
          <input
            type="checkbox"
            data-testid="export-per-article"
            checked={perArticle}
            onChange={(e) => {
              setPerArticle(e.target.checked);
              setError(null);
            }}
          />
          <span>{t('perArticle')}</span>
        </label>
        {perArticle ? (
          <label className="field">
            <span>{t('exportFolderLabel')}</span>
            <input data-testid="export-folder" value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} />
            {native ? (
              <button
                type="button"
                onClick={() => {
                  // In the app, main lets exports go only where the user chose: its folder dialog grants this one.
                  void galley()
                    .pickFolder()
                    .then((r) => r.ok && r.value && setFolder(r.value));
                }}
              >
                {t('browse')}
              </button>
            ) : null}
          </label>
        ) : (
          <label className="field">
            <span>{t('exportPathLabel')}</span>
            <input
              data-testid="export-path"
              value={path}
              onChange={(e) => {
                setPath(e.target.value);
                setError(null);
              }}
              spellCheck={false}
            />
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
        )}
        <label className="field column">
          <span>{perArticle ? t('exportPreviewFiles', { n: files.length, name: file.name }) : t('exportPreview')}</span>
          <textarea data-testid="export-preview" readOnly value={preview} rows={14} />
        </label>
        {error ? (
          <p className="error-text" role="alert" data-testid="export-error">
            {error.message}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
          {error?.exists ? (
            <button type="button" data-testid="export-replace" onClick={() => void submit(true)} disabled={busy}>
              {t('replace')}
            </button>
          ) : null}
          <button type="submit" className="primary" data-testid="export-confirm" disabled={busy || (perArticle ? folder.trim() === '' || files.length === 0 : path.trim() === '')}>
            {t('exportConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
