/** Human names for undo steps (the Edit menu and tooltips show them), in both languages. */
import { undoEntry, redoEntry, type Command, type LogEntry, type Reason, type Session } from '../../core';
import type { Locale } from '../i18n/strings';
import { groupSize } from '../stores/session-store';
import { strings, type StringKey } from '../i18n/strings';

// Partial on purpose: the engine adds command kinds; a new kind gets a generic name until it is listed.
const keys: { readonly [K in Command['kind']]?: StringKey } = {
  'remove-text': 'cmdRemove',
  join: 'cmdJoin',
  'split-paragraph': 'cmdSplitParagraph',
  'move-paragraph': 'cmdMove',
  'set-role': 'cmdSetRole',
  'split-article': 'cmdSplitArticle',
  'merge-article': 'cmdMergeArticle',
  'move-article': 'cmdMoveArticle',
  'edit-text': 'cmdEditText',
  restore: 'cmdRestore',
  'set-meta': 'cmdMeta',
};

const reason = (key: StringKey): Reason => ({ zh: strings.zh[key], en: strings.en[key] });

/** The label stored with an editor command. */
export function commandReason(kind: Command['kind']): Reason {
  return reason(keys[kind] ?? 'cmdEditText');
}

/** The name of a log entry in a language. */
export function entryLabel(entry: LogEntry, locale: Locale): string {
  if (entry.type === 'command') return entry.label[locale];
  return reason(entry.type === 'accept' ? 'cmdAccept' : 'cmdReject')[locale];
}

/** What Undo and Redo would do now, named for the Edit menu. */
export function editLabels(session: Session | null, locale: Locale): { undo: string | null; redo: string | null; locale: Locale } {
  const u = session ? undoEntry(session) : null;
  const r = session ? redoEntry(session) : null;
  const name = (entry: LogEntry | null, size: number): string | null =>
    entry === null ? null : size > 1 ? `${entry.type === 'command' ? entryLabel(entry, locale) : reason('acceptAll')[locale]} (${size})` : entryLabel(entry, locale);
  return {
    undo: name(u, session ? groupSize('undo', session.cursor) : 1),
    redo: name(r, session ? groupSize('redo', session.cursor) : 1),
    locale,
  };
}
