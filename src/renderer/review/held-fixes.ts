/**
 * Fixes held with a rejected one: a reject also takes out the later fixes that depend on it (they would
 * act on another article without it, see core's step-aim.ts). The editor is told which, in the status
 * bar, and each held suggestion says in the review queue what it waits on.
 */
import type { Session } from '../../core';
import { localeStore } from '../i18n/locale-store';
import { format, type Locale } from '../i18n/strings';
import { rejectSuggestion, sessionStore } from '../stores/session-store';
import { notify } from '../stores/ui-store';

/** A replay step as the editor knows it: a suggestion's kind and reason, or an editor command's label. */
export function stepName(session: Session, key: string, locale: Locale): string {
  const suggestion = session.suggestions.find((s) => s.id === key);
  if (suggestion) return `${format(locale, `kind-${suggestion.kind}`)}: ${suggestion.reason[locale]}`;
  const edit = /^edit:(\d+)$/.exec(key);
  const entry = edit ? session.log[Number(edit[1])] : undefined;
  return entry?.type === 'command' ? entry.label[locale] : key;
}

/** The notice after a reject that held `held` with it. */
export function heldNotice(session: Session, held: readonly string[], locale: Locale): string {
  const names = held.map((key) => `“${stepName(session, key, locale)}”`).join(locale === 'zh' ? '、' : ', ');
  return format(locale, 'rejectHeld', { n: held.length, names });
}

/** Reject a suggestion (review queue, keyboard), naming in the status bar the fixes held with it. */
export function rejectAndTell(id: string): void {
  const held = rejectSuggestion(id);
  const { session } = sessionStore.get();
  if (session && held.length > 0) notify(heldNotice(session, held, localeStore.get()));
}
