/**
 * A replay builds new objects for every article its steps touch, even where the result equals what was
 * shown before (rejecting one early fix replays thousands of later ones). Memoised cards skip only
 * articles whose object is unchanged, so the new document takes back the previous document's objects
 * wherever they are equal in value. Pure: the result equals `next` in value.
 */
import type { Article, IssueDocument, Paragraph, Removal } from '../../core';

function samePieces(a: Paragraph, b: Paragraph): boolean {
  if (a.pieces.length !== b.pieces.length) return false;
  for (let i = 0; i < a.pieces.length; i++) {
    const x = a.pieces[i];
    const y = b.pieces[i];
    if (x === y) continue;
    if (x.kind === 'source' ? y.kind !== 'source' || x.start !== y.start || x.end !== y.end : y.kind !== 'typed' || x.text !== y.text) return false;
  }
  return true;
}

/** Whether two paragraphs are equal in value (the same object, or the same id and pieces). */
export function sameParagraph(a: Paragraph | null, b: Paragraph | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id && samePieces(a, b));
}

function sameList(a: readonly Paragraph[], b: readonly Paragraph[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameParagraph(a[i], b[i])) return false;
  return true;
}

function sameArticle(a: Article, b: Article): boolean {
  return (
    a.id === b.id &&
    sameParagraph(a.kicker, b.kicker) &&
    sameParagraph(a.headline, b.headline) &&
    sameParagraph(a.subheadline, b.subheadline) &&
    sameParagraph(a.byline, b.byline) &&
    sameList(a.paragraphs, b.paragraphs) &&
    sameList(a.captions, b.captions)
  );
}

function sameRemoval(a: Removal, b: Removal): boolean {
  return a.id === b.id && a.kind === b.kind && a.reason.zh === b.reason.zh && a.reason.en === b.reason.en && sameParagraph(a.paragraph, b.paragraph);
}

/** Each item of `next` replaced by the item of `previous` with its id when the two are equal. */
function reuse<T extends { readonly id: string }>(previous: readonly T[], next: readonly T[], same: (a: T, b: T) => boolean): readonly T[] {
  if (previous === next) return next;
  const byId = new Map<string, T>();
  for (const item of previous) byId.set(item.id, item);
  let reused = 0;
  const out = next.map((item) => {
    const old = byId.get(item.id);
    if (old === undefined || old === item || !same(old, item)) return item;
    reused++;
    return old;
  });
  // Nothing taken back: keep `next` itself, and the previous array when every item is the previous one.
  if (reused === 0) return next;
  return out.length === previous.length && out.every((item, i) => item === previous[i]) ? previous : out;
}

/** `next` with the unchanged articles and removals of `previous` (the same source) kept as they were. */
export function keepUnchanged(previous: IssueDocument | null, next: IssueDocument): IssueDocument {
  if (previous === null || previous === next || previous.source !== next.source) return next;
  const articles = reuse(previous.articles, next.articles, sameArticle);
  const removed = reuse(previous.removed, next.removed, sameRemoval);
  return articles === next.articles && removed === next.removed ? next : { ...next, articles, removed };
}
