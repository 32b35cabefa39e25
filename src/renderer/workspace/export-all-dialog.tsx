/** Export all reviewed issues of the workspace: a folder, a format, progress, and what failed. */
import { useEffect, useState } from 'react';
import type { ExportFormat } from '../../core';
import { FormatSelect } from '../dialogs/format-select';
import { Modal } from '../dialogs/modal';
import { galley } from '../galley';
import { localeStore, useT } from '../i18n/locale-store';
import { savedTime } from '../actions';
import { notify, showDialog } from '../stores/ui-store';
import { exportAllReviewed, type ExportAllOutcome } from './export-all';

/** The export-all dialog. */
export function ExportAllDialog(): React.JSX.Element {
  const t = useT();
  const [folder, setFolder] = useState('');
  const [format, setFormat] = useState<ExportFormat>('txt');
  const [native, setNative] = useState(false);
  const [progress, setProgress] = useState<{ readonly done: number; readonly total: number } | null>(null);
  const [outcome, setOutcome] = useState<ExportAllOutcome | null>(null);
  const busy = progress !== null && outcome === null;
  const close = (): void => {
    if (!busy) showDialog('none');
  };

  useEffect(() => {
    void galley()
      .hostInfo()
      .then((info) => setNative(info.ok && info.value.nativeDialogs));
  }, []);

  const run = async (): Promise<void> => {
    setOutcome(null);
    const done = await exportAllReviewed(folder.trim(), format, (d, total) => setProgress({ done: d, total }));
    setOutcome(done);
    notify(done.written.length === 0 && done.failures.length === 0 ? t('exportAllNone') : t('exportAllDone', { ok: done.written.length, failed: done.failures.length }));
  };

  return (
    <Modal title={t('exportAllTitle')} testId="export-all-dialog" onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (folder.trim() !== '' && !busy) void run();
        }}
      >
        <label className="field">
          <span>{t('exportAllFolder')}</span>
          <input data-testid="export-all-folder" value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} disabled={busy} />
        </label>
        {native ? (
          <button
            type="button"
            data-testid="export-all-browse"
            disabled={busy}
            onClick={() => {
              void galley()
                .pickFolder()
                .then((picked) => {
                  if (picked.ok && picked.value) setFolder(picked.value);
                });
            }}
          >
            {t('browse')}
          </button>
        ) : null}
        <FormatSelect testId="export-all-format" value={format} onChange={setFormat} disabled={busy} />
        {progress ? (
          <p data-testid="export-all-progress" role="status">
            <progress max={Math.max(progress.total, 1)} value={progress.done} /> {t('exportAllProgress', { done: progress.done, total: progress.total })}
          </p>
        ) : null}
        {outcome ? (
          <div data-testid="export-all-result">
            <p>{outcome.written.length === 0 && outcome.failures.length === 0 ? t('exportAllNone') : t('exportAllDone', { ok: outcome.written.length, failed: outcome.failures.length })}</p>
            <ul>
              {outcome.failures.map((f) => (
                <li key={f.name} data-testid="export-all-failure">
                  {t('exportAllFailure', { name: f.name, message: f.message })}
                </li>
              ))}
              {outcome.restored.map((r) => (
                <li key={`restored-${r.name}`} data-testid="export-all-restored">
                  {t('exportAllRestored', { name: r.name, path: r.path, time: savedTime(r.savedAt, localeStore.get()) })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="modal-actions">
          <button type="button" onClick={close} disabled={busy}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" data-testid="export-all-confirm" disabled={busy || folder.trim() === ''}>
            {t('exportAllConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
