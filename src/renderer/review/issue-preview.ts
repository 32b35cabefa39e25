/**
 * What a suggestion would do to the issue, as marks on the paragraphs it touches, so the issue pane can
 * show the change in place before the editor decides. Pure: a preview is derived from the document and
 * the command, and nothing is applied (the undo history is untouched until a decision).
 */
import type { Article, BlockRole, Command, IssueDocument, Piece, SourceRange } from '../../core';
import { indexParagraphs, type IndexedParagraph } from '../issue/paragraph-index';

/** How one paragraph is shown while a suggestion is previewed. */
export type ParagraphPreview =
  /** Gains `appended` (the pieces of `from`) after a marked junction. */
  | { readonly kind: 'join-head'; readonly appended: readonly Piece[]; readonly from: string }
  /** Goes into paragraph `into` (shown faded, with a marker). */
  | { readonly kind: 'join-ghost'; readonly into: string; readonly articleNumber: number }
  /** Moves away to article `articleNumber` (shown faded at its old place, with a marker). */
  | { readonly kind: 'move-ghost'; readonly articleNumber: number }
  /** The source range `range` of this paragraph is taken out (struck through). */
  | { readonly kind: 'strike'; readonly range: SourceRange }
  /** Gets a new role; `range` when only part of it (a byline inside a paragraph) fills the field. */
  | { readonly kind: 'role'; readonly role: BlockRole; readonly range?: SourceRange }
  /** A new article starts at this paragraph (the article line is drawn above it). */
  | { readonly kind: 'article-line' }
  /** This paragraph's article merges into the one before (the article line above it goes). */
  | { readonly kind: 'merge-line' };

/** A paragraph shown at a new place (a move), after `after` or at the top of an article's body. */
export interface PreviewInsert {
  readonly paragraph: string;
  readonly pieces: readonly Piece[];
  readonly fromArticleNumber: number;
}

/** The preview of one command on one document. */
export interface IssuePreview {
  readonly paragraphs: ReadonlyMap<string, ParagraphPreview>;
  /** Moves shown after a paragraph, keyed by that paragraph's id. */
  readonly insertsAfter: ReadonlyMap<string, PreviewInsert>;
  /** Moves shown at the top of an article's body, keyed by article id. */
  readonly insertsAtTop: ReadonlyMap<string, PreviewInsert>;
  /** The articles whose cards show part of the preview. */
  readonly articles: ReadonlySet<string>;
  /** The paragraph where the result shows (selected and scrolled to), or null. */
  readonly focus: string | null;
}

/** Whether a preview shows anything in an article's card. */
export function touchesArticle(preview: IssuePreview | null, article: Article): boolean {
  return preview !== null && preview.articles.has(article.id);
}

/** Where a paragraph stands, by id. */
function locate(doc: IssueDocument, id: string): IndexedParagraph | undefined {
  return indexParagraphs(doc).find((e) => e.paragraph.id === id);
}

/**
 * The preview of `command` on `doc`, or null when it would show nothing there (its targets are gone,
 * or the command kind has no in-place picture).
 */
export function previewCommand(doc: IssueDocument, command: Command): IssuePreview | null {
  const paragraphs = new Map<string, ParagraphPreview>();
  const insertsAfter = new Map<string, PreviewInsert>();
  const insertsAtTop = new Map<string, PreviewInsert>();
  const articles = new Set<string>();
  const mark = (entry: IndexedParagraph, preview: ParagraphPreview): void => {
    paragraphs.set(entry.paragraph.id, preview);
    if (entry.articleId) articles.add(entry.articleId);
  };
  let focus: string;
  switch (command.kind) {
    case 'join': {
      const first = locate(doc, command.first);
      const second = locate(doc, command.second);
      if (!first || !second) return null;
      const separator: Piece[] = command.separator ? [{ kind: 'typed', text: command.separator }] : [];
      mark(first, { kind: 'join-head', appended: [...separator, ...second.paragraph.pieces], from: second.paragraph.id });
      mark(second, { kind: 'join-ghost', into: first.paragraph.id, articleNumber: first.articleIndex + 1 });
      focus = first.paragraph.id;
      break;
    }
    case 'move-paragraph': {
      const moved = locate(doc, command.paragraph);
      const target = doc.articles.findIndex((a) => a.id === command.article);
      if (!moved || target < 0) return null;
      const insert: PreviewInsert = { paragraph: moved.paragraph.id, pieces: moved.paragraph.pieces, fromArticleNumber: moved.articleIndex + 1 };
      mark(moved, { kind: 'move-ghost', articleNumber: target + 1 });
      articles.add(command.article);
      if (command.after === null) {
        insertsAtTop.set(command.article, insert);
        focus = doc.articles[target].paragraphs[0]?.id ?? moved.paragraph.id;
      } else {
        if (!locate(doc, command.after)) return null;
        insertsAfter.set(command.after, insert);
        focus = command.after;
      }
      break;
    }
    case 'remove-text': {
      const entry = locate(doc, command.paragraph);
      if (!entry) return null;
      mark(entry, { kind: 'strike', range: { start: command.start, end: command.end } });
      focus = entry.paragraph.id;
      break;
    }
    case 'set-role': {
      const entry = locate(doc, command.paragraph);
      if (!entry) return null;
      // Junk goes to the removed pile whole: every piece is struck.
      mark(entry, command.role === 'junk' ? { kind: 'strike', range: { start: 0, end: doc.source.length } } : { kind: 'role', role: command.role });
      focus = entry.paragraph.id;
      break;
    }
    case 'set-field-from-text': {
      const entry = locate(doc, command.paragraph);
      if (!entry) return null;
      mark(entry, { kind: 'role', role: command.role, range: { start: command.start, end: command.end } });
      focus = entry.paragraph.id;
      break;
    }
    case 'split-article': {
      const entry = locate(doc, command.at);
      if (!entry) return null;
      mark(entry, { kind: 'article-line' });
      focus = entry.paragraph.id;
      break;
    }
    case 'merge-article': {
      const article = doc.articles.find((a) => a.id === command.article);
      const first = article ? (article.kicker ?? article.headline ?? article.subheadline ?? article.byline ?? article.paragraphs[0]) : null;
      const entry = first ? locate(doc, first.id) : undefined;
      if (!entry) return null;
      mark(entry, { kind: 'merge-line' });
      focus = entry.paragraph.id;
      break;
    }
    default:
      // Moving an article, editing text, restoring and metadata are not suggested with a preview.
      return null;
  }
  return { paragraphs, insertsAfter, insertsAtTop, articles, focus };
}

/** A paragraph's pieces cut where `range` starts and ends, each marked whether it falls inside it. */
export function piecesAround(pieces: readonly Piece[], range: SourceRange): readonly { readonly piece: Piece; readonly inside: boolean }[] {
  const out: { piece: Piece; inside: boolean }[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'typed') {
      out.push({ piece, inside: false });
      continue;
    }
    const cuts = [piece.start, Math.max(piece.start, Math.min(range.start, piece.end)), Math.max(piece.start, Math.min(range.end, piece.end)), piece.end];
    for (let i = 0; i < 3; i++) {
      if (cuts[i + 1] > cuts[i]) out.push({ piece: { kind: 'source', start: cuts[i], end: cuts[i + 1] }, inside: i === 1 });
    }
  }
  return out;
}
