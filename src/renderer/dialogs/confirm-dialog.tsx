/** The yes/no dialog for the question in confirmStore. */
import { useT } from '../i18n/locale-store';
import { confirmStore } from '../stores/confirm-store';
import { useStore } from '../stores/create-store';
import { Modal } from './modal';

/** The confirm dialog (renders nothing when no question is open). */
export function ConfirmDialog(): React.JSX.Element | null {
  const t = useT();
  const question = useStore(confirmStore);
  if (!question) return null;
  return (
    <Modal title={t(question.title)} testId="confirm-dialog" onClose={() => question.answer('cancel')}>
      <p data-testid="confirm-message">{question.message}</p>
      <div className="modal-actions">
        <button type="button" data-testid="confirm-cancel" onClick={() => question.answer('cancel')}>
          {t('cancel')}
        </button>
        {question.alternative ? (
          <button type="button" data-testid="confirm-alternative" onClick={() => question.answer('alternative')}>
            {t(question.alternative)}
          </button>
        ) : null}
        <button type="button" className="primary" data-testid="confirm-ok" data-autofocus={question.alternative ? true : undefined} onClick={() => question.answer('confirm')}>
          {t(question.confirm)}
        </button>
      </div>
    </Modal>
  );
}
