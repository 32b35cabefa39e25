/** Find and replace over the issue pane's text: where a phrase occurs, and the edits that replace it. */
import { paragraphText, type Command, type IssueDocument } from '../../core';
import { indexParagraphs } from './paragraph-index';

/** One occurrence of the phrase: a paragraph and a range of its text. */
export interface FindMatch {
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
}

/** Every occurrence of `query` in the issue's articles, in reading order (the removed pile is not searched: it is not in the issue). */
export function findMatches(doc: IssueDocument, query: string): readonly FindMatch[] {
  if (query === '') return [];
  const out: FindMatch[] = [];
  for (const entry of indexParagraphs(doc)) {
    if (entry.slot === 'removed') continue;
    const text = paragraphText(doc.source, entry.paragraph);
    for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) {
      out.push({ paragraphId: entry.paragraph.id, start: at, end: at + query.length });
    }
  }
  return out;
}

/** Where the text of a paragraph has `query`, as [start, end) ranges (for highlighting). */
export function rangesIn(text: string, query: string): readonly (readonly [number, number])[] {
  if (query === '') return [];
  const out: [number, number][] = [];
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) out.push([at, at + query.length]);
  return out;
}

/** The edit that replaces one occurrence, or null if the paragraph no longer has it there. */
export function replaceOne(doc: IssueDocument, match: FindMatch, query: string, replacement: string): Command | null {
  const entry = indexParagraphs(doc).find((e) => e.paragraph.id === match.paragraphId);
  if (!entry) return null;
  const text = paragraphText(doc.source, entry.paragraph);
  if (text.slice(match.start, match.end) !== query) return null;
  return { kind: 'edit-text', paragraph: match.paragraphId, text: text.slice(0, match.start) + replacement + text.slice(match.end) };
}

/** One edit per paragraph that has the phrase, replacing every occurrence in it. */
export function replaceEverywhere(doc: IssueDocument, query: string, replacement: string): readonly Command[] {
  if (query === '') return [];
  const commands: Command[] = [];
  for (const entry of indexParagraphs(doc)) {
    if (entry.slot === 'removed') continue;
    const text = paragraphText(doc.source, entry.paragraph);
    if (!text.includes(query)) continue;
    commands.push({ kind: 'edit-text', paragraph: entry.paragraph.id, text: text.split(query).join(replacement) });
  }
  return commands;
}
