import type { Command, IssueDocument } from '../model';
import { assertNever } from '../assert-never';
import { locateParagraph } from './apply';

/**
 * Where a command takes effect beyond the ids it names: the ids it resolves from the document as it
 * finds it. "Make p a headline" fills the headline of whichever article holds p, displacing whatever
 * stands there; "merge article a" merges into whichever article stands before a. Replayed on a
 * different document (after an earlier fix was rejected), such a command would silently act on another
 * article, so its aim is compared with the one it had: a different aim makes it a dependent of the
 * rejected fix. Commands that only act on the ids they name (join, split, move after p, remove text…)
 * mean the same on any document and have no aim (null).
 */
export function aimOf(doc: IssueDocument, command: Command): string | null {
  switch (command.kind) {
    case 'set-role':
      if (command.role === 'junk') return null;
      return holderAim(doc, command.paragraph, command.role === 'body' || command.role === 'caption' ? null : command.role);
    case 'set-field-from-text':
      return holderAim(doc, command.paragraph, command.role);
    case 'merge-article': {
      const index = doc.articles.findIndex((a) => a.id === command.article);
      return index <= 0 ? '' : doc.articles[index - 1].id;
    }
    case 'restore':
      // Restore picks its article by source position among the articles it finds.
      return doc.articles.map((a) => a.id).join(' ');
    case 'remove-text':
    case 'join':
    case 'split-paragraph':
    case 'move-paragraph':
    case 'split-article':
    case 'move-article':
    case 'edit-text':
    case 'set-meta':
      return null;
    default:
      return assertNever(command);
  }
}

/** The article holding a paragraph, the slot it stands in and, for a head role, the field it would displace. */
function holderAim(doc: IssueDocument, paragraph: string, role: 'kicker' | 'headline' | 'subheadline' | 'byline' | null): string {
  const at = locateParagraph(doc, paragraph);
  if (!at) return '';
  const article = doc.articles[at.articleIndex];
  const occupant = role === null ? '' : (article[role]?.id ?? '');
  return `${article.id} ${at.slot} ${occupant}`;
}
