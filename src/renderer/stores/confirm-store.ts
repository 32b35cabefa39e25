/** A question the app is waiting on (e.g. "open this large file anyway?"), answered yes, no, or with an alternative. */
import type { StringKey } from '../i18n/strings';
import { createStore } from './create-store';

/** How a question was answered: the primary button, the alternative one, or dismissed. */
export type Choice = 'confirm' | 'alternative' | 'cancel';

/** The question shown, with the answer's resolver. */
export interface PendingQuestion {
  readonly title: StringKey;
  readonly message: string;
  readonly confirm: StringKey;
  /** A second way to go on, shown beside the primary button. */
  readonly alternative?: StringKey;
  readonly answer: (choice: Choice) => void;
}

/** The open question, if any. */
export const confirmStore = createStore<PendingQuestion | null>(null);

/** Ask and wait for the choice ('cancel' when dismissed). */
export function askChoice(title: StringKey, message: string, confirm: StringKey, alternative?: StringKey): Promise<Choice> {
  return new Promise((resolve) => {
    confirmStore.get()?.answer('cancel');
    confirmStore.set({
      title,
      message,
      confirm,
      alternative,
      answer: (choice) => {
        confirmStore.set(null);
        resolve(choice);
      },
    });
  });
}

/** Ask and wait for the answer (false when dismissed). */
export async function askConfirm(title: StringKey, message: string, confirm: StringKey): Promise<boolean> {
  return (await askChoice(title, message, confirm)) === 'confirm';
}
