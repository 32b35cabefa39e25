/** Human names for undo steps (the Edit menu and tooltips show them), in both languages. */
import { undoEntry, redoEntry, type Command, type LogEntry, type Reason, type Session } from '../../core';
import type { Locale } from '../i18n/strings';
import { groupSize } from '../stores/session-store';
import { format, strings, type StringKey } from '../i18n/strings';

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

/**
 * The name of a log entry in a language. With the session, a decision names what it decided: the
 * suggestion's kind, and which alternative was chosen when it was not the suggestion's own command.
 */
export function entryLabel(entry: LogEntry, locale: Locale, session?: Session | null): string {
  if (entry.type === 'command') return entry.label[locale];
  const suggestion = session?.suggestions.find((s) => s.id === entry.suggestion);
  if (!suggestion) return reason(entry.type === 'accept' ? 'cmdAccept' : 'cmdReject')[locale];
  const kind = strings[locale][`kind-${suggestion.kind}`];
  if (entry.type === 'reject') return format(locale, 'cmdRejectKind', { kind });
  const chosen = alternativeNumber(suggestion.command, suggestion.alternatives ?? [], entry.command);
  return chosen === null ? format(locale, 'cmdAcceptKind', { kind }) : format(locale, 'cmdChooseAlternative', { n: chosen, kind });
}

/** The 1-based number of the candidate a command is (1 is the suggestion's own), or null for its own command. */
function alternativeNumber(own: Command, alternatives: readonly { readonly command: Command }[], command: Command): number | null {
  if (command === own) return null;
  const key = JSON.stringify(command);
  if (key === JSON.stringify(own)) return null;
  const index = alternatives.findIndex((a) => a.command === command || JSON.stringify(a.command) === key);
  return index < 0 ? null : index + 2;
}

/** What Undo and Redo would do now, named for the Edit menu. */
export function editLabels(session: Session | null, locale: Locale): { undo: string | null; redo: string | null; locale: Locale } {
  const u = session ? undoEntry(session) : null;
  const r = session ? redoEntry(session) : null;
  // A group ending in an editor's command is named by that command: with its count when every step of
  // the group is one (replace all), alone when it follows a reject (a candidate chosen for an automatic
  // fix). Other groups are accept-all.
  const allCommands = (from: number, size: number): boolean => session !== null && session.log.slice(from, from + size).every((e) => e.type === 'command');
  const name = (entry: LogEntry | null, size: number, last: LogEntry | null, from: number): string | null =>
    entry === null
      ? null
      : size > 1
        ? last?.type === 'command'
          ? allCommands(from, size)
            ? `${last.label[locale]} (${size})`
            : last.label[locale]
          : `${reason('acceptAll')[locale]} (${size})`
        : entryLabel(entry, locale, session);
  const undoSize = session ? groupSize('undo', session.cursor) : 1;
  const redoSize = session ? groupSize('redo', session.cursor) : 1;
  return {
    undo: name(u, undoSize, u, session ? session.cursor - undoSize : 0),
    redo: name(r, redoSize, session ? (session.log[session.cursor + redoSize - 1] ?? null) : null, session ? session.cursor : 0),
    locale,
  };
}
