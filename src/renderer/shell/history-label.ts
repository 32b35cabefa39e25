/** Human names for undo steps (the Edit menu and tooltips show them). */
import type { Translate } from '../i18n/locale-store';
import type { StringKey } from '../i18n/strings';
import type { HistoryLabel } from '../stores/session-store';

// Partial on purpose: the engine adds command kinds; a new kind gets a generic name until it is listed.
const keys: { readonly [L in HistoryLabel]?: StringKey } = {
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
  accept: 'cmdAccept',
  reject: 'cmdReject',
  'accept-all': 'cmdAccept',
};

/** The name of an undo step in the current language. */
export function historyLabel(label: HistoryLabel, t: Translate): string {
  return t(keys[label] ?? 'cmdEditText');
}
