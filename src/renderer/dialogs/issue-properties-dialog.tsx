/** Issue properties: publication, date, edition and page, as detected from page headers or typed. */
import { useState } from 'react';
import type { IssueDocument, IssueMeta } from '../../core';
import { useT } from '../i18n/locale-store';
import { dispatch } from '../stores/session-store';
import { showDialog } from '../stores/ui-store';
import { Modal } from './modal';

const fields = [
  ['publication', 'metaPublication'],
  ['date', 'metaDate'],
  ['edition', 'metaEdition'],
  ['page', 'metaPage'],
] as const;

type MetaField = (typeof fields)[number][0];

/** Whether a date is empty or a real calendar date written YYYY-MM-DD (what every export format expects). */
export function isIssueDate(value: string): boolean {
  if (value === '') return true;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The fields that differ from the document's metadata (a cleared field is stored as ''). */
export function changedMeta(current: IssueMeta, edited: Readonly<Record<MetaField, string>>): IssueMeta {
  const changes: Partial<Record<MetaField, string>> = {};
  for (const [key] of fields) if ((current[key] ?? '') !== edited[key].trim()) changes[key] = edited[key].trim();
  return changes;
}

/** The dialog; saving is one undoable command. */
export function IssuePropertiesDialog({ doc }: { readonly doc: IssueDocument }): React.JSX.Element {
  const t = useT();
  const [values, setValues] = useState<Record<MetaField, string>>(() => ({
    publication: doc.meta.publication ?? '',
    date: doc.meta.date ?? '',
    edition: doc.meta.edition ?? '',
    page: doc.meta.page ?? '',
  }));
  const dateOk = isIssueDate(values.date.trim());
  const close = (): void => showDialog('none');
  const save = (): void => {
    if (!dateOk) return;
    const meta = changedMeta(doc.meta, values);
    if (Object.keys(meta).length > 0) dispatch({ kind: 'set-meta', meta });
    close();
  };
  return (
    <Modal title={t('issuePropertiesTitle')} testId="issue-properties-dialog" onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {fields.map(([key, label]) => (
          <label className="field" key={key}>
            <span>{t(label)}</span>
            <input
              data-testid={`meta-${key}`}
              value={values[key]}
              aria-invalid={key === 'date' && !dateOk}
              placeholder={key === 'date' ? 'YYYY-MM-DD' : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
              spellCheck={false}
            />
          </label>
        ))}
        {dateOk ? null : (
          <p className="error-text" role="alert">
            {t('metaDateInvalid')}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" data-testid="issue-properties-save" disabled={!dateOk}>
            {t('save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
