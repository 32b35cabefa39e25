/** A yes/no question the app is waiting on (e.g. "open this large file anyway?"). */
import type { StringKey } from '../i18n/strings';
import { createStore } from './create-store';

/** The question shown, with the answer's resolver. */
export interface PendingQuestion {
  readonly title: StringKey;
  readonly message: string;
  readonly confirm: StringKey;
  readonly answer: (yes: boolean) => void;
}

/** The open question, if any. */
export const confirmStore = createStore<PendingQuestion | null>(null);

/** Ask and wait for the answer (false when dismissed). */
export function askConfirm(title: StringKey, message: string, confirm: StringKey): Promise<boolean> {
  return new Promise((resolve) => {
    confirmStore.get()?.answer(false);
    confirmStore.set({
      title,
      message,
      confirm,
      answer: (yes) => {
        confirmStore.set(null);
        resolve(yes);
      },
    });
  });
}
