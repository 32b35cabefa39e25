/** Stable identifiers for the news standards: URNs built from the issue key, date and article id. */
import type { ArticleView, IssueView } from './issue-view';

function part(text: string): string {
  // URN-safe: unreserved characters kept, everything else percent-encoded.
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The issue's URN, e.g. `urn:galley:issue:2023-05-27:1a2b3c4d`. */
export function issueUri(view: IssueView): string {
  return `urn:galley:issue:${part(view.meta.date ?? 'undated')}:${view.key}`;
}

/** An article's URN: the issue's plus the article id. */
export function articleUri(view: IssueView, article: ArticleView): string {
  return `${issueUri(view)}:${part(article.id)}`;
}

/** The language tag for the standards (BCP 47). */
export function languageTag(view: IssueView): string {
  return view.languageTag;
}

/** An ISO date-time without milliseconds (what NewsML-G2 and most ninjs consumers expect). */
export function isoSeconds(now: Date): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}
