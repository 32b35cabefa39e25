/** Export: choose a format, see a preview, pick a path (native dialog or a text field), write atomically. */
import { useEffect, useMemo, useState } from 'react';
import { dateFromFileName, exportIssue, formatExtension, type ExportFormat, type IssueDocument } from '../../core';
import { defaultExportPath } from '../actions';
import { galley } from '../galley';
import { localeStore, useT } from '../i18n/locale-store';
import { errorText } from '../i18n/error-text';
import type { GalleyError } from '../../shared/result';
import { useStore } from '../stores/create-store';
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
  /** Where exports go by default instead of beside the source (the bundled sample's folder is the app's own). */
  readonly exportFolder?: string;
}

/** The folder part of a path (either separator). */
function parentFolder(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return slash > 0 ? path.slice(0, slash) : path;
}

/** The file name part of a path (either separator). */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The document with the file name's date when its metadata has none. */
function withFileNameDate(doc: IssueDocument, sourcePath: string): IssueDocument {
  if (doc.meta.date !== undefined) return doc;
  const date = dateFromFileName(sourcePath);
  return date === null ? doc : { ...doc, meta: { ...doc.meta, date } };
}

/** The export dialog. */
export function ExportDialog({ doc, sourcePath, exportFolder }: ExportDialogProps): React.JSX.Element {
  const t = useT();
  const locale = useStore(localeStore);
  const [initial] = useState(loadExportChoice);
  const [format, setFormat] = useState<ExportFormat>(initial.format);
  // The default path starts from the source's own name, in the export folder when the host gave one.
  const exportBase = exportFolder === undefined ? sourcePath : `${exportFolder}${exportFolder.includes('\\') ? '\\' : '/'}${baseName(sourcePath)}`;
  const [path, setPath] = useState(() => defaultExportPath(exportBase, formatExtension(initial.format)));
  const [native, setNative] = useState(false);
  const [error, setError] = useState<GalleyError | null>(null);
  const [busy, setBusy] = useState(false);
  const [perArticle, setPerArticle] = useState(initial.perArticle);
  const [folder, setFolder] = useState(() => exportFolder ?? parentFolder(sourcePath));
  // The export time is taken once per dialog: core never reads the clock.
  const [now] = useState(() => new Date());
  // A date the page headers did not give is taken from the file name ("…-2023-05-27.txt"), for titles and file names.
  const exported = useMemo(() => withFileNameDate(doc, sourcePath), [doc, sourcePath]);
  const files = useMemo(() => exportIssue(exported, format, { perArticle, now }), [exported, format, now, perArticle]);
  const file = files[0] ?? { data: '', name: '', stem: { date: null, title: '', extension: formatExtension(format) }, mediaType: '' };
  // A binary format (DOCX) is previewed as the text it holds, in the same order, after its size.
  const textPreview = useMemo(
    () => (typeof file.data === 'string' ? file.data : (exportIssue(exported, 'txt', { perArticle, now })[0]?.data as string | undefined) ?? ''),
    [file.data, exported, perArticle, now],
  );
  const clipped = textPreview.length > previewLimit ? `${textPreview.slice(0, previewLimit)}\n…` : textPreview;
  const preview = typeof file.data === 'string' ? clipped : `${t('binaryPreview', { n: file.data.byteLength })}\n\n${clipped}`;
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
        setError(many.error);
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
      setError(written.error);
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
            {errorText(error, locale)}
          </p>
        ) : null}
        <div className="modal-actions">
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
          {error?.code === 'exists' ? (
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
