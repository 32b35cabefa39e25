/** Builds structural edit commands from what the user points at (pure: document in, commands out). */
import type { Command, IssueDocument } from '../../core';

let counter = 0;
/** A fresh id for paragraphs/articles the editor creates (commands carry new ids so replay is deterministic). */
export function freshId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

interface BodyPlace {
  readonly articleIndex: number;
  readonly index: number;
}

function findBody(doc: IssueDocument, paragraphId: string): BodyPlace | null {
  for (let a = 0; a < doc.articles.length; a++) {
    const index = doc.articles[a].paragraphs.findIndex((p) => p.id === paragraphId);
    if (index >= 0) return { articleIndex: a, index };
  }
  return null;
}

/** Move a body paragraph one place up or down, crossing into the neighbouring article at the edges. */
export function moveParagraphBy(doc: IssueDocument, paragraphId: string, delta: -1 | 1): Command | null {
  const place = findBody(doc, paragraphId);
  if (!place) return null;
  const article = doc.articles[place.articleIndex];
  const list = article.paragraphs;
  if (delta < 0) {
    if (place.index >= 2) return { kind: 'move-paragraph', paragraph: paragraphId, after: list[place.index - 2].id, article: article.id };
    if (place.index === 1) return { kind: 'move-paragraph', paragraph: paragraphId, after: null, article: article.id };
    const previous = doc.articles[place.articleIndex - 1];
    if (!previous) return null;
    const last = previous.paragraphs[previous.paragraphs.length - 1];
    return { kind: 'move-paragraph', paragraph: paragraphId, after: last ? last.id : null, article: previous.id };
  }
  if (place.index < list.length - 1) return { kind: 'move-paragraph', paragraph: paragraphId, after: list[place.index + 1].id, article: article.id };
  const next = doc.articles[place.articleIndex + 1];
  if (!next) return null;
  return { kind: 'move-paragraph', paragraph: paragraphId, after: null, article: next.id };
}

/** Move a body paragraph next to a target body paragraph (before or after it): the drag-and-drop drop. */
export function moveParagraphTo(doc: IssueDocument, paragraphId: string, targetId: string, before: boolean): Command | null {
  if (paragraphId === targetId) return null;
  const target = findBody(doc, targetId);
  if (!target) return null;
  const article = doc.articles[target.articleIndex];
  if (!before) return { kind: 'move-paragraph', paragraph: paragraphId, after: targetId, article: article.id };
  // "Before the target" is "after whatever precedes it", skipping the moved paragraph itself.
  const preceding = article.paragraphs.slice(0, target.index).filter((p) => p.id !== paragraphId);
  const after = preceding.length > 0 ? preceding[preceding.length - 1].id : null;
  return { kind: 'move-paragraph', paragraph: paragraphId, after, article: article.id };
}

/** Split the article at a body paragraph (it and what follows become a new article). */
export function splitArticleAt(doc: IssueDocument, paragraphId: string): Command | null {
  const place = findBody(doc, paragraphId);
  if (!place) return null;
  return { kind: 'split-article', at: paragraphId, newArticle: freshId('a') };
}

/** Merge the article holding a paragraph into the one before it. */
export function mergeArticleOf(doc: IssueDocument, articleId: string): Command | null {
  const index = doc.articles.findIndex((a) => a.id === articleId);
  return index > 0 ? { kind: 'merge-article', article: articleId } : null;
}

/** Join a body paragraph with the one after it in the same article. */
export function joinWithNext(doc: IssueDocument, paragraphId: string): Command | null {
  const place = findBody(doc, paragraphId);
  if (!place) return null;
  const next = doc.articles[place.articleIndex].paragraphs[place.index + 1];
  return next ? { kind: 'join', first: paragraphId, second: next.id } : null;
}

/** Move an article one place up or down. */
export function moveArticleBy(doc: IssueDocument, articleId: string, delta: -1 | 1): Command | null {
  const index = doc.articles.findIndex((a) => a.id === articleId);
  if (index < 0) return null;
  if (delta < 0) {
    if (index === 0) return null;
    return { kind: 'move-article', article: articleId, after: index >= 2 ? doc.articles[index - 2].id : null };
  }
  const next = doc.articles[index + 1];
  return next ? { kind: 'move-article', article: articleId, after: next.id } : null;
}

/** Move an article before or after another one: the drag-and-drop drop. */
export function moveArticleTo(doc: IssueDocument, articleId: string, targetId: string, before: boolean): Command | null {
  if (articleId === targetId) return null;
  const others = doc.articles.filter((a) => a.id !== articleId);
  const target = others.findIndex((a) => a.id === targetId);
  if (target < 0 || !doc.articles.some((a) => a.id === articleId)) return null;
  const after = before ? (target > 0 ? others[target - 1].id : null) : targetId;
  return { kind: 'move-article', article: articleId, after };
}
