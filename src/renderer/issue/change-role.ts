/**
 * Giving a paragraph a role (the role menu, Alt+1…7). A head field that is already filled is never
 * taken over silently: making a body paragraph the headline of an article that has one asks whether to
 * start a new article there or to replace the headline, and either way it is one undo step and the status
 * bar says what happened.
 */
import { paragraphText, type BlockRole, type Command, type HeadRole, type IssueDocument } from '../../core';
import { format, strings, type StringKey } from '../i18n/strings';
import { localeStore } from '../i18n/locale-store';
import { askChoice } from '../stores/confirm-store';
import { dispatch, dispatchAll } from '../stores/session-store';
import { notify, notifyKey } from '../stores/ui-store';
import { freshId } from './edit-commands';

const headRoles: readonly BlockRole[] = ['kicker', 'headline', 'subheadline', 'byline'];

/** The plain set-role command. */
function setRole(paragraph: string, role: BlockRole): Command {
  return { kind: 'set-role', paragraph, role, ...(role === 'junk' ? { removalId: freshId('r') } : {}) };
}

/** Where a paragraph stands: its article and whether it is in the body. */
function placeOf(doc: IssueDocument, paragraphId: string): { readonly articleIndex: number; readonly inBody: boolean } | null {
  for (let a = 0; a < doc.articles.length; a++) {
    const article = doc.articles[a];
    if (article.paragraphs.some((p) => p.id === paragraphId)) return { articleIndex: a, inBody: true };
    if (headRoles.some((r) => article[r as HeadRole]?.id === paragraphId) || article.captions.some((p) => p.id === paragraphId)) return { articleIndex: a, inBody: false };
  }
  return null;
}

const short = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);
const say = (key: StringKey, values: Readonly<Record<string, string>> = {}): string => format(localeStore.get(), key, values);

/** Give a paragraph a role, asking first when it would push an article's headline out of its place. */
export async function changeRole(doc: IssueDocument, paragraphId: string, role: BlockRole): Promise<void> {
  const place = placeOf(doc, paragraphId);
  const article = place ? doc.articles[place.articleIndex] : null;
  const occupant = article && headRoles.includes(role) ? article[role as HeadRole] : null;
  if (!article || !occupant || occupant.id === paragraphId) {
    dispatch(setRole(paragraphId, role));
    return;
  }
  const old = short(paragraphText(doc.source, occupant));
  if (role === 'headline' && place?.inBody) {
    const choice = await askChoice('headlineTitle', say('headlineAsk', { old }), 'headlineNewArticle', 'headlineReplace');
    if (choice === 'cancel') return;
    if (choice === 'confirm') {
      const label = { zh: strings.zh.headlineNewArticle, en: strings.en.headlineNewArticle };
      const commands: Command[] = [{ kind: 'split-article', at: paragraphId, newArticle: freshId('a') }, setRole(paragraphId, 'headline')];
      if (dispatchAll(commands, label) === commands.length) notifyKey('headlineStartedArticle');
      return;
    }
  }
  // Another head field, or the headline replaced on purpose: one step, and the status bar says where the old one went.
  if (dispatch(setRole(paragraphId, role))) notify(say('headReplaced', { role: say(role as StringKey), old }));
}
